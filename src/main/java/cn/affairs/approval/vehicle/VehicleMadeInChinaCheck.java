package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import org.springframework.stereotype.Component;

/**
 * Official cars must be made in China (《党政机关公务用车管理办法》(2017): 配备公务用车应当使用国产汽车), part of the 配备标准 that
 * 办法 第二十三条 requires to be kept strictly: an imported car FAILs.
 */
@Component("vehicleMadeInChinaCheck")
@StandardsRule(
    id = "vehicleMadeInChina",
    fields = {"brand", "model", "madeInChina"},
    name = "国产汽车",
    basis = "《党政机关公务用车管理办法》(2017) 公务用车应当使用国产汽车；《山西省机关事务管理办法》第二十三条",
    articles = {"办法 第二十三条第二款"},
    kind = RuleKind.FIGURE)
class VehicleMadeInChinaCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    var facts =
        facts("brand", form.brand(), "model", form.model(), "madeInChina", form.madeInChina());
    if (!form.madeInChina()) {
      return CheckOutcome.fail(
          form.brand() + " " + form.model() + " 不是国产（境内生产）汽车，公务用车应当使用国产汽车", facts);
    }
    return CheckOutcome.pass(form.brand() + " " + form.model() + " 为国产（境内生产）汽车", facts);
  }
}
