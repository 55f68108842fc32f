package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.fuelCar;
import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Price and displacement caps per category (standards.yml vehicleCaps), at, under and over each.
 */
@AffairsTest
class VehicleCapsCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  CheckResult caps(Map<String, Object> form) {
    return cases.check(vehicles.start("sx-jtt-staff", form), "vehicleCaps");
  }

  @ParameterizedTest(name = "{0} {1}万元 {2}L → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "OTHER           | 17.99 | 1.8  | PASS | 申请价格 17.99 万元，未超过其他公务用车价格上限 18 万元；排气量 1.8L，未超过排气量上限 1.8L",
        "OTHER           | 18    | 1.8  | PASS | 申请价格 18 万元，未超过其他公务用车价格上限 18 万元；排气量 1.8L，未超过排气量上限 1.8L",
        "OTHER           | 18.01 | 1.8  | FAIL | 申请价格 18.01 万元，超过其他公务用车价格上限 18 万元",
        "OTHER           | 18    | 1.81 | FAIL | 排气量 1.81L，超过其他公务用车排气量上限 1.8L",
        "OTHER           | 18.01 | 2.0  | FAIL | 申请价格 18.01 万元，超过其他公务用车价格上限 18 万元；排气量 2L，超过其他公务用车排气量上限 1.8L",
        "CONFIDENTIAL    | 12    | 1.6  | PASS | 申请价格 12 万元，未超过机要通信用车价格上限 12 万元；排气量 1.6L，未超过排气量上限 1.6L",
        "CONFIDENTIAL    | 12.01 | 1.6  | FAIL | 申请价格 12.01 万元，超过机要通信用车价格上限 12 万元",
        "CONFIDENTIAL    | 12    | 1.61 | FAIL | 排气量 1.61L，超过机要通信用车排气量上限 1.6L",
        "EMERGENCY       | 18    | 1.8  | PASS | 申请价格 18 万元，未超过应急保障用车价格上限 18 万元；排气量 1.8L，未超过排气量上限 1.8L",
        "EMERGENCY       | 18.01 | 1.8  | FAIL | 申请价格 18.01 万元，超过应急保障用车价格上限 18 万元",
        "LAW_ENFORCEMENT | 12    | 1.6  | PASS | 申请价格 12 万元，未超过执法执勤用车价格上限 12 万元；排气量 1.6L，未超过排气量上限 1.6L",
        "LAW_ENFORCEMENT | 12.01 | 1.6  | WARN | 申请价格 12.01 万元，超过执法执勤用车价格上限 12 万元；未超过执法执勤用车（确有特殊需要）的上限 18 万元、1.8L，须经机关事务管理部门（公务用车）审核认可配备理由：",
        "LAW_ENFORCEMENT | 18    | 1.8  | WARN | 申请价格 18 万元，超过执法执勤用车价格上限 12 万元；排气量 1.8L，超过执法执勤用车排气量上限 1.6L；未超过执法执勤用车（确有特殊需要）的上限 18 万元、1.8L",
        "LAW_ENFORCEMENT | 18.01 | 1.8  | FAIL | 申请价格 18.01 万元，超过执法执勤用车（确有特殊需要）价格上限 18 万元",
        "LAW_ENFORCEMENT | 12    | 1.81 | FAIL | 排气量 1.81L，超过执法执勤用车（确有特殊需要）排气量上限 1.8L",
        "SPECIAL         | 25    | 3.0  | PASS | 申请价格 25 万元，未超过特种专业技术用车价格上限 25 万元；排气量 3L，未超过排气量上限 3L",
        "SPECIAL         | 25.01 | 3.0  | FAIL | 申请价格 25.01 万元，超过特种专业技术用车价格上限 25 万元",
        "SPECIAL_CASE    | 25    | 3.0  | WARN | 申请价格 25 万元，未超过确因工作需要的小型、中型客车价格上限 25 万元；排气量 3L，未超过排气量上限 3L；该档次仅限确因工作需要配备，须经机关事务管理部门（公务用车）审核认可配备理由：",
        "SPECIAL_CASE    | 25.01 | 3.0  | FAIL | 申请价格 25.01 万元，超过确因工作需要的小型、中型客车价格上限 25 万元",
        "SPECIAL_CASE    | 25    | 3.01 | FAIL | 排气量 3.01L，超过确因工作需要的小型、中型客车排气量上限 3L",
        "LARGE_BUS       | 40    | 6.7  | PASS | 申请价格 40 万元，未超过大中型客车价格上限 45 万元；大中型客车不设排气量上限",
        "LARGE_BUS       | 45.01 | 6.7  | FAIL | 申请价格 45.01 万元，超过大中型客车价格上限 45 万元",
      })
  void fuelCarsAgainstTheCapsOfTheirCategory(
      String category, String price, String displacement, Verdict verdict, String message) {
    CheckResult result = caps(fuelCar(category, price, displacement));
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.message()).startsWith(message);
    assertThat(result.basis())
        .isEqualTo("SPECIAL".equals(category) ? VehicleCaps.LOCAL_BASIS : VehicleCaps.BASIS);
  }

  @Test
  void banfa23_aNewEnergyBusOf40WanYuanIsHeldToTheBusCapNotTheSedanOne() {
    Map<String, Object> form = fuelCar("LARGE_BUS", 40, null);
    form.remove("displacement");
    form.put("energyType", "BEV");
    CheckResult result = caps(form);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("申请价格 40 万元，未超过大中型客车价格上限 45 万元；大中型客车不设排气量上限");
  }

  @Test
  void lawEnforcementBetweenTheTiersShowsTheJustificationToTheReviewer() {
    Map<String, Object> form = fuelCar("LAW_ENFORCEMENT", 16.5, 1.8);
    form.put("justification", "山区路段执法，需配备 1.8L 四驱车");
    CheckResult result = caps(form);
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).endsWith("须经机关事务管理部门（公务用车）审核认可配备理由：山区路段执法，需配备 1.8L 四驱车");
    assertThat(result.factsJson()).contains("\"justifiedPriceCap\":18", "\"priceCap\":12");
  }

  @ParameterizedTest(name = "{0} {1} {2}万元 → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CONFIDENTIAL    | BEV  | 18    | PASS",
        "CONFIDENTIAL    | BEV  | 18.01 | FAIL",
        "LAW_ENFORCEMENT | FCEV | 18    | PASS",
        "LAW_ENFORCEMENT | FCEV | 18.01 | FAIL",
        "EMERGENCY       | FCEV | 18.01 | FAIL",
        "OTHER           | BEV  | 17.99 | PASS",
      })
  void newEnergyCarsOfTheSedanCategoriesAreHeldToTheNewEnergySedanCap(
      String category, String energy, String price, Verdict verdict) {
    Map<String, Object> form = newCar();
    form.put("category", category);
    form.put("energyType", energy);
    form.put("price", price);
    CheckResult result = caps(form);
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.message()).contains("申请价格 " + price + " 万元", "新能源汽车（按新能源轿车标准）价格上限 18 万元");
    assertThat(result.basis()).isEqualTo(VehicleCaps.BASIS);
  }

  /**
   * 《党政机关公务用车管理办法》: the new-energy cap is that of 新能源轿车; the other body types keep the price cap of
   * their category, without a displacement cap.
   */
  @ParameterizedTest(name = "{0} {1} {2}万元 → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SPECIAL      | BEV  | 25    | PASS | 申请价格 25 万元，未超过特种专业技术用车价格上限 25 万元；新能源汽车不设排气量上限",
        "SPECIAL      | BEV  | 25.01 | FAIL | 申请价格 25.01 万元，超过特种专业技术用车价格上限 25 万元",
        "SPECIAL_CASE | PHEV | 25    | WARN | 申请价格 25 万元，未超过确因工作需要的小型、中型客车价格上限 25 万元；新能源汽车不设排气量上限；该档次仅限确因工作需要配备",
        "SPECIAL_CASE | BEV  | 25.01 | FAIL | 申请价格 25.01 万元，超过确因工作需要的小型、中型客车价格上限 25 万元",
        "LARGE_BUS    | FCEV | 45    | PASS | 申请价格 45 万元，未超过大中型客车价格上限 45 万元；大中型客车不设排气量上限",
        "LARGE_BUS    | BEV  | 45.01 | FAIL | 申请价格 45.01 万元，超过大中型客车价格上限 45 万元",
      })
  void newEnergyCarsOfOtherBodyTypesKeepTheirCategoryPriceCap(
      String category, String energy, String price, Verdict verdict, String message) {
    Map<String, Object> form = newCar();
    form.put("category", category);
    form.put("energyType", energy);
    form.put("price", price);
    if ("PHEV".equals(energy)) {
      form.put("displacement", 2.4);
    }
    CheckResult result = caps(form);
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.message()).startsWith(message);
    assertThat(result.basis())
        .isEqualTo("SPECIAL".equals(category) ? VehicleCaps.LOCAL_BASIS : VehicleCaps.BASIS);
  }

  @Test
  void aPlugInHybridHasNoDisplacementCap() {
    Map<String, Object> form = fuelCar("CONFIDENTIAL", 18, 2.0);
    form.put("energyType", "PHEV");
    CheckResult result = caps(form);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("申请价格 18 万元，未超过新能源汽车（按新能源轿车标准）价格上限 18 万元；新能源汽车不设排气量上限");
    assertThat(result.factsJson()).contains("\"displacement\":2", "\"displacementCap\":null");
  }
}
