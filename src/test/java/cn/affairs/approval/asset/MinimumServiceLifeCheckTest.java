package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.disposal;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 最低使用年限 (财资〔2016〕27号: computers 6 years, desks 15): assets of 省教育厅 bought exactly 6 years ago, a
 * day later and a day earlier.
 */
@AffairsTest
class MinimumServiceLifeCheckTest {

  static final String BASIS = "《中央行政单位通用办公设备家具配置标准》(财资〔2016〕27号) 最低使用年限";

  @Autowired Cases cases;
  @Autowired AssetMapper register;

  LocalDate today;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
    today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  void desktop(String code, LocalDate purchased) {
    register.insert(
        AssetForms.unitAsset(
            code, "sx-jyt", AssetCategory.DESKTOP, purchased, "0.5", Asset.IN_USE));
  }

  CheckResult check(Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "asset-transfer", form), "minimumServiceLife");
  }

  @Test
  void servedMoreThanTheMinimumPasses() {
    desktop("JYT-TEST-L01", today.minusYears(6).minusDays(1));
    CheckResult result = check(disposal(List.of("JYT-TEST-L01", "JYT-TS17-001"), false));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("申请处置的 2 件资产均已达到最低使用年限");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void servedExactlyTheMinimumPasses() {
    desktop("JYT-TEST-L02", today.minusYears(6));
    CheckResult result = check(disposal(List.of("JYT-TEST-L02"), false));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.factsJson())
        .contains("\"reachedOn\":\"" + today + "\"")
        .contains("\"reached\":true");
  }

  @Test
  void oneDayShortOfTheMinimumFails() {
    LocalDate purchased = today.minusYears(6).plusDays(1);
    desktop("JYT-TEST-L03", purchased);
    CheckResult result = check(disposal(List.of("JYT-TS17-001", "JYT-TEST-L03"), false));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo(
            "申请处置的 2 件资产中有 1 件未达最低使用年限：JYT-TEST-L03（台式计算机，"
                + purchased
                + " 购置，已使用 5 年 11 个月，最低使用年限 6 年）；未毁损的资产不得提前处置");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void damagedBeyondRepairTurnsAnEarlyDisposalIntoAWarning() {
    desktop("JYT-TEST-L04", today.minusYears(2));
    CheckResult result = check(disposal(List.of("JYT-TEST-L04"), true));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .contains("JYT-TEST-L04（台式计算机")
        .contains("已使用 2 年，最低使用年限 6 年")
        .endsWith("申请说明已毁损无法修复，须核实后方可提前处置");
    assertThat(result.factsJson()).contains("\"damagedBeyondRepair\":true");
  }

  @Test
  void desksHaveAFifteenYearMinimum() {
    register.insert(
        AssetForms.unitAsset(
            "JYT-TEST-DESK1",
            "sx-jyt",
            AssetCategory.DESK,
            today.minusYears(10),
            "0.3",
            Asset.IN_USE));
    CheckResult result = check(disposal(List.of("JYT-TEST-DESK1"), false));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).contains("办公桌").contains("已使用 10 年，最低使用年限 15 年");
  }

  @Test
  void handingOverToTheWarehouseHasNoMinimumLife() {
    CheckResult result = check(toWarehouse(List.of("JYT-TS24-001")));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).contains("不涉及最低使用年限");
  }
}
