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
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** No early renewal: 8 years OR 250,000 km reached (本级规定 vehicleRenewal). */
@AffairsTest
class VehicleRenewalAgeCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;
  @Autowired VehicleMapper register;

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult renewal(String user, String plate) {
    return cases.check(vehicles.start(user, replacing(plate)), "vehicleRenewalAge");
  }

  void car(String plate, LocalDate bought, int km) {
    register.insert(
        new Vehicle(
            null,
            plate,
            "sx-jtt",
            "OTHER",
            "吉利",
            "帝豪",
            "ICE",
            new BigDecimal("1.5"),
            new BigDecimal("8.98"),
            bought,
            km,
            Vehicle.ACTIVE,
            null,
            null));
  }

  static String age(LocalDate bought) {
    Period p = Period.between(bought, TODAY);
    return p.getYears() + " 年 " + p.getMonths() + " 个月";
  }

  @Test
  void oldCarWithHighMileageMayBeRenewed() {
    // 晋A·J0001: bought 2016-03-15, 262,000 km
    CheckResult result = renewal("sx-jyt-staff", "晋A·J0001");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo(
            "被更新车辆 晋A·J0001 购置于 2016-03-15，已使用 "
                + age(LocalDate.of(2016, 3, 15))
                + "（已满 8 年），行驶里程 262000 公里（已达到 250000 公里）；达到更新标准");
    assertThat(result.basis()).startsWith("本级规定");
  }

  @Test
  void youngCarWithLowMileageMayNotBeRenewedEarly() {
    // 晋A·J0005: bought 2022-06-20, 41,000 km
    CheckResult result = renewal("sx-jyt-staff", "晋A·J0005");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo(
            "被更新车辆 晋A·J0005 购置于 2022-06-20，已使用 "
                + age(LocalDate.of(2022, 6, 20))
                + "（未满 8 年），行驶里程 41000 公里（未达到 250000 公里）；使用年限和里程均未达到更新标准，不得提前更新");
    assertThat(result.factsJson())
        .contains("\"mileageKm\":41000", "\"minYears\":8", "\"minMileageKm\":250000");
  }

  @Test
  void exactlyEightYearsIsEnough() {
    car("晋A·T0101", TODAY.minusYears(8), 100_000);
    CheckResult result = renewal("sx-jtt-staff", "晋A·T0101");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("已使用 8 年 0 个月（已满 8 年）", "（未达到 250000 公里）");
  }

  @Test
  void oneDayShortOfEightYearsAndBelowTheMileageFails() {
    car("晋A·T0102", TODAY.minusYears(8).plusDays(1), 249_999);
    CheckResult result = renewal("sx-jtt-staff", "晋A·T0102");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).contains("（未满 8 年）", "行驶里程 249999 公里（未达到 250000 公里）");
  }

  @Test
  void exactlyTheMileageIsEnoughForAYoungCar() {
    car("晋A·T0103", TODAY.minusYears(3), 250_000);
    CheckResult result = renewal("sx-jtt-staff", "晋A·T0103");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("已使用 3 年 0 个月（未满 8 年）", "行驶里程 250000 公里（已达到 250000 公里）");
  }

  @Test
  void newCarsAreNotConcerned() {
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", newCar()), "vehicleRenewalAge");
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).isEqualTo("新增配备，不涉及被更新车辆的使用年限和里程");
  }
}
