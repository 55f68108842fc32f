package cn.affairs.approval.vehicle;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import org.springframework.stereotype.Component;

/**
 * The applied-for car's price and displacement against the caps of its category (办法 第二十三条:
 * 严格执行配备标准; figures in standards.yml vehicleCaps). New-energy cars are held to the new-energy sedan
 * price cap and have no displacement cap; for 执法执勤用车 see {@link VehicleCaps}.
 */
@Component("vehicleCapsCheck")
@StandardsRule(
    id = "vehicleCaps",
    fields = {"category", "energyType", "price", "displacement"},
    name = "配备价格和排气量标准",
    basis = VehicleCaps.BASIS,
    articles = {"办法 第二十三条第一款"},
    kind = RuleKind.FIGURE)
class VehicleCapsCheck extends StandardsCheck {

  private final VehicleCaps caps;

  VehicleCapsCheck(VehicleCaps caps) {
    this.caps = caps;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    return caps.assess(form, form.price(), form.displacement(), "申请价格");
  }
}
