package cn.affairs.approval.vehicle;

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
class VehicleSourceCheckTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PURCHASE | PASS | 车辆来源为购置                                                         | 《山西省机关事务管理办法》第二十四条",
        "TRANSFER | PASS | 车辆来源为调剂划转                                                     | 《山西省机关事务管理办法》第二十四条",
        "DONATION | FAIL | 车辆来源为接受捐赠；不得接受单位或者个人捐赠车辆                       | 《山西省机关事务管理办法》第二十四条（三）",
        "BORROW   | FAIL | 车辆来源为借用；不得换用、借用、占用下级单位或者其他单位和个人的车辆 | 《山西省机关事务管理办法》第二十四条（二）",
      })
  void donatedAndBorrowedCarsFailCitingTheirItem(
      String source, Verdict verdict, String message, String basis) {
    Map<String, Object> form = newCar();
    form.put("source", source);
    CheckResult result = cases.check(vehicles.start("sx-jtt-staff", form), "vehicleSource");
    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.message()).isEqualTo(message);
    assertThat(result.basis()).isEqualTo(basis);
  }
}
