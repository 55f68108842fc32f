package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 配置数量标准 on 省教育厅: staff 1 + 4 + 12 + 15 + 40 = 72, desktops 70 (cap 72 × 1.0 = 72), laptops 30 (cap
 * 72 × 0.5 = 36), copiers 0 (cap ⌈72 ÷ 20⌉ = 4).
 */
@AffairsTest
class AllocationStandardCheckTest {

  static final String BASIS = "《中央行政单位通用办公设备家具配置标准》(财资〔2016〕27号) 数量上限";

  @Autowired Cases cases;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult check(Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "asset-transfer", form), "allocationStandard");
  }

  @Test
  void oneDesktopBelowTheStaffCountPasses() {
    CheckResult result = check(fromWarehouse("DESKTOP", 1));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("调剂后台式计算机 71 台（现有 70 + 申请 1），未超过配置标准上限 72 台（编制 72 人 × 1 台/人）");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void twoDesktopsReachExactlyTheStaffCountAndPass() {
    CheckResult result = check(fromWarehouse("DESKTOP", 2));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("调剂后台式计算机 72 台（现有 70 + 申请 2），未超过配置标准上限 72 台");
    assertThat(result.factsJson())
        .contains("\"staff\":72")
        .contains("\"cap\":72")
        .contains("\"after\":72");
  }

  @Test
  void threeDesktopsExceedTheStandardAndFail() {
    CheckResult result = check(fromWarehouse("DESKTOP", 3));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo("调剂后台式计算机 73 台（现有 70 + 申请 3），超过配置标准上限 72 台（编制 72 人 × 1 台/人）");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void laptopsAreCappedAtHalfTheStaff() {
    assertThat(check(fromWarehouse("LAPTOP", 6)).verdict()).isEqualTo(Verdict.PASS);
    CheckResult over = check(fromWarehouse("LAPTOP", 7));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message())
        .contains("调剂后便携式计算机 37 台（现有 30 + 申请 7），超过配置标准上限 36 台（编制 72 人 × 0.5 台/人）");
  }

  @Test
  void copiersAreCappedPerTwentyStaff() {
    CheckResult at = check(fromWarehouse("COPIER", 4));
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message())
        .contains("调剂后复印机 4 台（现有 0 + 申请 4），未超过配置标准上限 4 台（编制 72 人，100 人以内每 20 人 1 台）");
    assertThat(check(fromWarehouse("COPIER", 5)).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void oneCategoryOverTheStandardFailsTheWholeRequestAndNamesIt() {
    CheckResult result = check(fromWarehouse("LAPTOP", 1, "DESKTOP", 3));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .startsWith("调剂后台式计算机 73 台")
        .contains("调剂后便携式计算机 31 台（现有 30 + 申请 1），未超过");
  }

  @Test
  void fileCabinetsAndDesksAreCappedAtOnePerStaff() {
    CheckResult at = check(fromWarehouse("FILE_CABINET", 72));
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message()).isEqualTo("调剂后文件柜 72 组（现有 0 + 申请 72），未超过配置标准上限 72 组（编制 72 人 × 1 组/人）");
    CheckResult over = check(fromWarehouse("DESK", 73));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message())
        .isEqualTo("调剂后办公桌 73 张（现有 0 + 申请 73），超过配置标准上限 72 张（编制 72 人 × 1 张/人）");
  }

  @Test
  void printersAreCappedAtEightyPercentOfTheStaff() {
    assertThat(check(fromWarehouse("PRINTER_A4_MONO", 57)).verdict()).isEqualTo(Verdict.PASS);
    CheckResult over = check(fromWarehouse("PRINTER_A4_MONO", 58));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message())
        .isEqualTo("调剂后A4黑白打印机 58 台（现有 0 + 申请 58），超过配置标准上限 57 台（编制 72 人 × 0.8 台/人）");
  }

  @Test
  void handingOverOnlyLowersTheCount() {
    CheckResult result = check(toWarehouse(List.of("JYT-TS17-030")));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).contains("不会超过配置数量标准");
  }
}
