package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.fuelCar;
import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@AffairsTest
class VehicleNewEnergyCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BEV  | PASS | 申请车辆为纯电动汽车，属于新能源汽车",
        "PHEV | PASS | 申请车辆为插电式混合动力汽车，属于新能源汽车",
        "FCEV | PASS | 申请车辆为燃料电池汽车，属于新能源汽车",
        "ICE  | WARN | 申请车辆为燃油汽车，不是新能源汽车；公务用车配备应当优先选用新能源汽车",
      })
  void onlyFuelCarsWarn(String energy, Verdict verdict, String message) {
    Map<String, Object> form =
        "BEV".equals(energy) || "FCEV".equals(energy) ? newCar() : fuelCar("OTHER", 15, 1.5);
    form.put("energyType", energy);
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleNewEnergy");
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.message()).isEqualTo(message);
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十三条 优先选用新能源汽车");
  }
}
