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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Idle space before leasing (办法 第十七条、第十九条; 条例 第二十二条). The 省 register holds one idle floor of 600㎡
 * (省直机关集中办公区 B 座 5 层); 示例市 holds none.
 */
@AffairsTest
class IdleSpaceFirstCheckTest {

  static final String BASIS = "《山西省机关事务管理办法》第十七条、第十九条；《山西省机关运行保障条例（草案）》第二十二条";
  static final String FLOOR = "省直机关集中办公区 B 座 5 层";

  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;
  @Autowired ObjectMapper json;

  @BeforeEach
  void demoRegisters() {
    cases.resetRegisters();
  }

  CheckResult check(String user, Map<String, Object> form) {
    return cases.check(cases.start(user, "office-space-lease", form), "idleSpaceFirst");
  }

  @Test
  void idleSpaceLargerThanTheRequestWarns() throws Exception {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(599, 100));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .isEqualTo(
            "本级机关事务管理部门登记有闲置办公用房 "
                + FLOOR
                + " 600㎡，不小于申请租用面积 599㎡；应先由机关事务管理部门调剂使用闲置办公用房，无法调剂的方可租用");
    assertThat(result.basis()).isEqualTo(BASIS);
    var facts = json.readTree(result.factsJson());
    assertThat(facts.get("requestedArea").decimalValue()).isEqualByComparingTo("599");
    assertThat(facts.get("fittingSpaces").get(0).get("building").asText()).isEqualTo(FLOOR);
    assertThat(facts.get("fittingSpaces").get(0).get("area").decimalValue())
        .isEqualByComparingTo("600");
  }

  @Test
  void idleSpaceExactlyAsLargeAsTheRequestWarns() {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.borrow(600));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains(FLOOR + " 600㎡", "申请借用面积 600㎡", "方可借用");
  }

  @Test
  void idleSpaceSmallerThanTheRequestPasses() throws Exception {
    CheckResult result = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.swap(601));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("本级闲置办公用房最大一处为 " + FLOOR + " 600㎡，小于申请置换面积 601㎡，无可整体调剂的房屋");
    assertThat(result.basis()).isEqualTo(BASIS);
    assertThat(json.readTree(result.factsJson()).get("fittingSpaces")).isEmpty();
  }

  @Test
  void everyIdleSpaceLargeEnoughIsNamed() {
    register.insert(
        new OfficeSpace(
            null, "sx", null, "省直机关集中办公区 C 座 2 层", new BigDecimal("120"), "IDLE", null, null));
    CheckResult small = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(100, 20));
    assertThat(small.message()).contains(FLOOR + " 600㎡、省直机关集中办公区 C 座 2 层 120㎡");
    CheckResult large = check("sx-jyt-staff", OfficeSpaceLeaseProcessTest.lease(121, 20));
    assertThat(large.verdict()).isEqualTo(Verdict.WARN);
    assertThat(large.message()).contains(FLOOR + " 600㎡").doesNotContain("C 座");
  }

  @Test
  void idleSpaceOfAnotherGovernmentDoesNotCount() {
    CheckResult result = check("sl-jyj-staff", OfficeSpaceLeaseProcessTest.borrow(10));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("示例市机关事务管理部门未登记闲置办公用房，无可调剂房屋");
  }
}
