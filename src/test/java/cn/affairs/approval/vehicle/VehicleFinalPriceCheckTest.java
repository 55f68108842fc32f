package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.fuelCar;
import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The price check again on the final price of 集中采购. */
@AffairsTest
class VehicleFinalPriceCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult finalPrice(Map<String, Object> form, Object price, String plate) {
    String id = vehicles.start("sx-jtt-staff", form);
    vehicles.approveUpToProcurement(id);
    vehicles.procure(id, price, plate);
    return cases.check(id, "vehicleFinalPrice");
  }

  @Test
  void finalPriceAtTheCapPasses() {
    CheckResult result = finalPrice(newCar(), 18, "晋A·T0101");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("成交价格 18 万元，未超过新能源汽车（按新能源轿车标准）价格上限 18 万元；新能源汽车不设排气量上限");
    assertThat(result.step()).isEqualTo("Task_CheckFinalPrice");
    assertThat(result.factsJson()).contains("\"appliedPrice\":15", "\"plate\":\"晋A·T0101\"");
  }

  @Test
  void finalPriceJustOverTheCapFails() {
    CheckResult result = finalPrice(newCar(), 18.01, "晋A·T0102");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("成交价格 18.01 万元，超过新能源汽车（按新能源轿车标准）价格上限 18 万元");
    assertThat(result.basis()).isEqualTo(VehicleCaps.BASIS);
  }

  @Test
  void finalPriceOfAFuelCarIsJudgedOnPriceOnly() {
    CheckResult result = finalPrice(fuelCar("CONFIDENTIAL", 11, 1.6), 12, "晋A·T0103");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("成交价格 12 万元，未超过机要通信用车价格上限 12 万元");
  }

  @Test
  void lawEnforcementFinalPriceBetweenTheTiersWarnsAndGoesOn() {
    String id = vehicles.start("sx-jtt-staff", fuelCar("LAW_ENFORCEMENT", 15, 1.8));
    vehicles.approveUpToProcurement(id);
    vehicles.procure(id, 17.5, "晋A·T0104");
    CheckResult result = cases.check(id, "vehicleFinalPrice");
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .startsWith("成交价格 17.5 万元，超过执法执勤用车价格上限 12 万元；未超过执法执勤用车（确有特殊需要）的上限 18 万元");
    assertThat(cases.instance(id)).isNull();
  }
}
