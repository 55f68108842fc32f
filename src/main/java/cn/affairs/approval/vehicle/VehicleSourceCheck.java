package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import org.springframework.stereotype.Component;

/**
 * Where the car comes from: 办法 第二十四条（二） forbids 借用 other units' or persons' cars and （三） forbids
 * 接受捐赠车辆; each FAILs citing its item. Purchase and 调剂划转 pass.
 */
@Component("vehicleSourceCheck")
@StandardsRule(
    id = "vehicleSource",
    fields = {"source"},
    name = "车辆来源",
    basis = "《山西省机关事务管理办法》第二十四条",
    articles = {"办法 第二十四条第二项", "办法 第二十四条第三项"},
    kind = RuleKind.PROHIBITION)
class VehicleSourceCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    String source = file.form(VehicleForm.class).source();
    String label = VehiclePurchaseFamily.label("source", source);
    var facts = facts("source", source);
    return switch (source) {
      case "DONATION" ->
          CheckOutcome.fail("车辆来源为" + label + "；不得接受单位或者个人捐赠车辆", facts)
              .citing("《山西省机关事务管理办法》第二十四条（三）");
      case "BORROW" ->
          CheckOutcome.fail("车辆来源为" + label + "；不得换用、借用、占用下级单位或者其他单位和个人的车辆", facts)
              .citing("《山西省机关事务管理办法》第二十四条（二）");
      default -> CheckOutcome.pass("车辆来源为" + label, facts);
    };
  }
}
