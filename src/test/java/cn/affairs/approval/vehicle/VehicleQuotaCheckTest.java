package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static cn.affairs.approval.vehicle.VehicleCases.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 编制: NEW needs in-use + 1 ≤ quota; REPLACEMENT needs an in-use car of the unit. */
@AffairsTest
class VehicleQuotaCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;
  @Autowired VehicleMapper register;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult quota(String user, java.util.Map<String, Object> form) {
    return cases.check(vehicles.start(user, form), "vehicleQuota");
  }

  @Test
  void unitAtItsQuotaCannotAddACar() {
    // 省教育厅: 6 in use, quota 6
    CheckResult result = quota("sx-jyt-staff", newCar());
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("本单位在用公务用车 6 辆，新增后 7 辆，超过编制 6 辆");
    assertThat(result.basis()).contains("第二十三条");
    assertThat(result.factsJson())
        .contains("\"quota\":6", "\"activeVehicles\":6", "\"vehiclesAfter\":7");
  }

  @Test
  void unitOneBelowItsQuotaMayAddOne() {
    // 省交通运输厅: 7 in use, quota 8
    CheckResult result = quota("sx-jtt-staff", newCar());
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("本单位在用公务用车 7 辆，新增后 8 辆，未超过编制 8 辆");
  }

  @Test
  void unitThatReachedItsQuotaCannotAddAnother() {
    // 省交通运输厅 after an eighth car
    register.insert(
        new Vehicle(
            null,
            "晋A·T0008",
            "sx-jtt",
            "OTHER",
            "吉利",
            "帝豪",
            "ICE",
            new BigDecimal("1.5"),
            new BigDecimal("8.98"),
            LocalDate.now().minusMonths(1),
            1200,
            Vehicle.ACTIVE,
            null,
            null));
    CheckResult result = quota("sx-jtt-staff", newCar());
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("本单位在用公务用车 8 辆，新增后 9 辆，超过编制 8 辆");
  }

  @Test
  void cityAndCountyUnitsBelowTheirQuotas() {
    assertThat(quota("sl-jyj-staff", newCar()).message())
        .isEqualTo("本单位在用公务用车 2 辆，新增后 3 辆，未超过编制 3 辆");
    assertThat(quota("xl-jyj-staff", newCar()).message())
        .isEqualTo("本单位在用公务用车 1 辆，新增后 2 辆，未超过编制 2 辆");
  }

  @Test
  void carsAwaitingDisposalDoNotCount() {
    register.markToDispose("晋A·J0002", "sx-jyt", "test");
    CheckResult result = quota("sx-jyt-staff", newCar());
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("本单位在用公务用车 5 辆，新增后 6 辆，未超过编制 6 辆");
  }

  @Test
  void replacingACarInUsePassesAtTheQuota() {
    CheckResult result = quota("sx-jyt-staff", replacing("晋A·J0001"));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("被更新车辆 晋A·J0001 为本单位在用车辆；更新后在用车辆仍为 6 辆，编制 6 辆");
  }

  @Test
  void replacingACarAlreadyMarkedForDisposalFails() {
    register.markToDispose("晋A·J0001", "sx-jyt", "test");
    CheckResult result = quota("sx-jyt-staff", replacing("晋A·J0001"));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("被更新车辆 晋A·J0001 状态为待处置，不是在用车辆，不能作为更新对象");
  }

  @Test
  void replacingADisposedCarFails() {
    CheckResult result = quota("sx-jyt-staff", replacing("晋A·J9001"));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).contains("晋A·J9001", "已处置");
  }
}
