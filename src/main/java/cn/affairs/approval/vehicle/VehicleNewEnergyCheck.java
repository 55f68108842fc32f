package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import org.springframework.stereotype.Component;

/**
 * 办法 第二十三条第二款: 公务用车配备应当优先选用……新能源汽车. A fuel-only (ICE) car is a WARN; battery electric, plug-in
 * hybrid and fuel-cell cars are new-energy cars.
 */
@Component("vehicleNewEnergyCheck")
@StandardsRule(
    id = "vehicleNewEnergy",
    fields = {"energyType"},
    name = "新能源汽车",
    basis = "《山西省机关事务管理办法》第二十三条 优先选用新能源汽车",
    articles = {"办法 第二十三条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_VEHICLE)
class VehicleNewEnergyCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    String energy = VehiclePurchaseFamily.label("energyType", form.energyType());
    var facts = facts("energyType", form.energyType(), "newEnergy", form.newEnergy());
    if (!form.newEnergy()) {
      return CheckOutcome.warn("申请车辆为" + energy + "汽车，不是新能源汽车；公务用车配备应当优先选用新能源汽车", facts);
    }
    return CheckOutcome.pass("申请车辆为" + energy + "汽车，属于新能源汽车", facts);
  }
}
