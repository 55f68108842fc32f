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
class VehicleDomesticBrandCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @Test
  void domesticBrandPasses() {
    CheckResult result =
        cases.check(vehicles.start("sx-jtt-staff", newCar()), "vehicleDomesticBrand");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("品牌“比亚迪”为国产自主品牌");
  }

  @Test
  void foreignBrandMadeInChinaWarns() {
    Map<String, Object> form = newCar();
    form.put("brand", "大众");
    form.put("model", "ID.3");
    form.put("domesticBrand", false);
    String id = vehicles.start("sx-jtt-staff", form);
    CheckResult result = cases.check(id, "vehicleDomesticBrand");
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).isEqualTo("品牌“大众”不是国产自主品牌，公务用车应当优先选用国产自主品牌汽车");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十三条 优先选用国产自主品牌汽车");
    assertThat(cases.check(id, "vehicleMadeInChina").verdict()).isEqualTo(Verdict.PASS);
  }
}
