package cn.affairs.approval.lease;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.officespace.OfficeSpace;
import cn.affairs.approval.officespace.OfficeSpaceMapper;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 办法 第十九条第三款: the requested area counts in the unit's total. 省教育厅: standard 1×30 + 4×24 + 12×18 +
 * 15×12 + 40×9 = 882㎡, register 850㎡, so 32㎡ is the most it may lease.
 */
@AffairsTest
class LeasedOfficeAreaCheckTest {

  static final String BASIS = "《山西省机关事务管理办法》第十九条第三款；《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标";

  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;
  @Autowired ObjectMapper json;

  @BeforeEach
  void demoRegisters() {
    cases.resetRegisters();
  }

  CheckResult check(String user, Map<String, Object> form) {
    return cases.check(cases.start(user, "office-space-lease", form), "leasedOfficeArea");
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void underTheStandardPasses() throws Exception {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(31, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("租用后办公室用房 881㎡（现有 850㎡ + 租用 31㎡），未超过核定标准 882㎡");
    assertThat(result.basis()).isEqualTo(BASIS);
    var facts = json.readTree(result.factsJson());
    assertThat(facts.get("currentArea").decimalValue()).isEqualByComparingTo("850");
    assertThat(facts.get("standardArea").decimalValue()).isEqualByComparingTo("882");
    assertThat(facts.get("areaAfter").decimalValue()).isEqualByComparingTo("881");
    assertThat(facts.get("standardTerms").get("处级以下").asText()).isEqualTo("40人×9㎡=360㎡");
  }

  @Test
  void exactlyAtTheStandardPasses() {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(32, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("租用后办公室用房 882㎡（现有 850㎡ + 租用 32㎡），未超过核定标准 882㎡");
  }

  @Test
  void overTheStandardFails() {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(33, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("租用后办公室用房 883㎡（现有 850㎡ + 租用 33㎡），超过核定标准 882㎡ 1㎡");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void borrowedAndSwappedAreaCountsTheSameWay() {
    CheckResult borrow = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.borrow(32.5));
    assertThat(borrow.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(borrow.message()).contains("借用后办公室用房 882.5㎡", "借用 32.5㎡", "882㎡");
    CheckResult swap = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.swap(32));
    assertThat(swap.verdict()).isEqualTo(Verdict.PASS);
    assertThat(swap.message()).contains("置换后办公室用房 882㎡");
  }

  @Test
  void aCountyUnitIsHeldToTheCountyStandard() {
    // 示例县教育局: 1×18 + 3×12 + 20×9 = 234㎡, register 200㎡
    assertThat(check("xl-jyj-staff", OfficeSpaceLeaseProcessTest.borrow(34)).verdict())
        .isEqualTo(Verdict.PASS);
    CheckResult over = check("xl-jyj-staff", OfficeSpaceLeaseProcessTest.borrow(35));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).isEqualTo("借用后办公室用房 235㎡（现有 200㎡ + 借用 35㎡），超过核定标准 234㎡ 1㎡");
  }

  @Test
  void aUnitAlreadyOverItsStandardMustHandTheExcessOverFirst() {
    // given 40㎡ already leased until next year: 890㎡ > 882㎡
    register.insert(
        new OfficeSpace(
            null,
            "sx",
            "sx-jyt",
            "某写字楼 12 层",
            new BigDecimal("40"),
            "LEASED",
            today().plusYears(1),
            null));
    // when
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.borrow(1));
    // then
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo("现有办公室用房 890㎡，已超过核定标准 882㎡，须先将超标准部分 8㎡ 移交机关事务管理部门统一调配，不得再借用");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第十九条第一款");
  }

  @Test
  void aLeaseThatHasEndedNoLongerCounts() {
    register.insert(
        new OfficeSpace(
            null,
            "sx",
            "sx-jyt",
            "某写字楼 12 层",
            new BigDecimal("40"),
            "LEASED",
            today().minusDays(1),
            null));
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(32, 10));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("现有 850㎡");
  }
}
