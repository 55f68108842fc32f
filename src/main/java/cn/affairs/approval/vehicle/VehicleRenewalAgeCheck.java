package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.stereotype.Component;

/**
 * No early renewal (办法 第二十二条: 更新的全过程管理): a car may be replaced once it has served the minimum years
 * OR run the minimum mileage, whichever comes first (本级规定, standards.yml vehicleRenewal: 8 years,
 * 250,000 km). A replaced car younger than that and below that mileage FAILs. The age counts from
 * the register's purchase date to today; the mileage is the register's.
 */
@Component("vehicleRenewalAgeCheck")
@StandardsRule(
    id = "vehicleRenewalAge",
    fields = {"acquisitionType", "replacedPlate"},
    name = "更新年限和里程",
    basis = "本级规定：公务用车更新的最低使用年限和行驶里程，达到其一方可更新（机关事务管理部门设定，见标准目录）；《山西省机关事务管理办法》第二十二条",
    articles = {"办法 第二十二条", "条例 第二十四条"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_VEHICLE)
class VehicleRenewalAgeCheck extends StandardsCheck {

  private final VehicleMapper register;
  private final StandardsCatalogue catalogue;
  private final Clock clock;

  VehicleRenewalAgeCheck(VehicleMapper register, StandardsCatalogue catalogue, Clock clock) {
    this.register = register;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    if (!form.replacement()) {
      return CheckOutcome.notApplicable(
          "新增配备，不涉及被更新车辆的使用年限和里程", facts("acquisitionType", form.acquisitionType()));
    }
    int minYears = catalogue.value("vehicleRenewal.years").intValueExact();
    int minMileage = catalogue.value("vehicleRenewal.mileageKm").intValueExact();
    Vehicle car = register.byPlate(form.replacedPlate());
    if (car == null) {
      return CheckOutcome.fail(
          "登记簿中没有被更新车辆 " + form.replacedPlate() + "，无法核对使用年限和里程",
          facts("replacedPlate", form.replacedPlate()));
    }
    LocalDate today = LocalDate.now(clock);
    Period age = Period.between(car.purchaseDate(), today);
    boolean ageReached = !car.purchaseDate().plusYears(minYears).isAfter(today);
    boolean mileageReached = car.mileageKm() >= minMileage;
    var facts =
        facts(
            "replacedPlate",
            car.plate(),
            "purchaseDate",
            car.purchaseDate().toString(),
            "ageYears",
            age.getYears(),
            "ageMonths",
            age.getMonths(),
            "mileageKm",
            car.mileageKm(),
            "minYears",
            minYears,
            "minMileageKm",
            minMileage,
            "ageReached",
            ageReached,
            "mileageReached",
            mileageReached);
    String used =
        "被更新车辆 "
            + car.plate()
            + " 购置于 "
            + car.purchaseDate()
            + "，已使用 "
            + age.getYears()
            + " 年 "
            + age.getMonths()
            + " 个月（"
            + (ageReached ? "已满 " : "未满 ")
            + minYears
            + " 年），行驶里程 "
            + car.mileageKm()
            + " 公里（"
            + (mileageReached ? "已达到 " : "未达到 ")
            + minMileage
            + " 公里）";
    if (!ageReached && !mileageReached) {
      return CheckOutcome.fail(used + "；使用年限和里程均未达到更新标准，不得提前更新", facts);
    }
    return CheckOutcome.pass(used + "；达到更新标准", facts);
  }
}
