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
 * 办法 第二十三条第二款: 公务用车配备应当优先选用国产自主品牌汽车. A preference, not a ban: a car of a foreign brand (made in
 * China) is a WARN the approvers must see.
 */
@Component("vehicleDomesticBrandCheck")
@StandardsRule(
    id = "vehicleDomesticBrand",
    fields = {"brand", "domesticBrand"},
    name = "国产自主品牌",
    basis = "《山西省机关事务管理办法》第二十三条 优先选用国产自主品牌汽车",
    articles = {"办法 第二十三条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_VEHICLE)
class VehicleDomesticBrandCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    var facts = facts("brand", form.brand(), "domesticBrand", form.domesticBrand());
    if (!form.domesticBrand()) {
      return CheckOutcome.warn("品牌“" + form.brand() + "”不是国产自主品牌，公务用车应当优先选用国产自主品牌汽车", facts);
    }
    return CheckOutcome.pass("品牌“" + form.brand() + "”为国产自主品牌", facts);
  }
}
