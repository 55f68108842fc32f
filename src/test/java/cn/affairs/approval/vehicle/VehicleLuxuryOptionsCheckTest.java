package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AffairsTest
class VehicleLuxuryOptionsCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @Test
  void noOptionsPass() {
    CheckResult result =
        cases.check(vehicles.start("sx-jtt-staff", newCar()), "vehicleLuxuryOptions");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("未申请高档配置或豪华内饰（0 项）");
  }

  @Test
  void leavingTheListOutMeansNoOptions() {
    Map<String, Object> form = newCar();
    form.remove("luxuryOptions");
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleLuxuryOptions");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void oneOptionFails() {
    Map<String, Object> form = newCar();
    form.put("luxuryOptions", List.of("真皮座椅"));
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleLuxuryOptions");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("申请增加高档配置或豪华内饰 1 项：真皮座椅；不得为公务用车增加高档配置或者豪华内饰");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十四条（一）");
  }

  @Test
  void everyOptionIsNamed() {
    Map<String, Object> form = newCar();
    form.put("luxuryOptions", List.of("真皮座椅", "全景天窗", "按摩座椅"));
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleLuxuryOptions");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).startsWith("申请增加高档配置或豪华内饰 3 项：真皮座椅、全景天窗、按摩座椅");
  }
}
