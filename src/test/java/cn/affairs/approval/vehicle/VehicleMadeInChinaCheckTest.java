package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AffairsTest
class VehicleMadeInChinaCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @Test
  void carMadeInChinaPasses() {
    CheckResult result =
        cases.check(vehicles.start("sx-jtt-staff", newCar()), "vehicleMadeInChina");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("比亚迪 秦PLUS EV 为国产（境内生产）汽车");
  }

  @Test
  void importedCarFails() {
    Map<String, Object> form = newCar();
    form.put("brand", "雷克萨斯");
    form.put("model", "ES");
    form.put("madeInChina", false);
    form.put("domesticBrand", false);
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleMadeInChina");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).isEqualTo("雷克萨斯 ES 不是国产（境内生产）汽车，公务用车应当使用国产汽车");
    assertThat(result.basis()).contains("《党政机关公务用车管理办法》(2017)", "第二十三条");
  }
}
