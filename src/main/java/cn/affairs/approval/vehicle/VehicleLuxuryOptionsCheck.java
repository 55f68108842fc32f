package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import java.util.List;
import org.springframework.stereotype.Component;

/** 办法 第二十四条（一）: 不得为公务用车增加高档配置或者豪华内饰. Any such option FAILs. */
@Component("vehicleLuxuryOptionsCheck")
@StandardsRule(
    id = "vehicleLuxuryOptions",
    fields = {"luxuryOptions"},
    name = "高档配置和豪华内饰",
    basis = "《山西省机关事务管理办法》第二十四条（一）",
    articles = {"办法 第二十四条第一项"},
    kind = RuleKind.PROHIBITION)
class VehicleLuxuryOptionsCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    List<String> options = file.form(VehicleForm.class).luxuryOptions();
    var facts = facts("luxuryOptions", options, "count", options.size());
    if (!options.isEmpty()) {
      return CheckOutcome.fail(
          "申请增加高档配置或豪华内饰 "
              + options.size()
              + " 项："
              + String.join("、", options)
              + "；不得为公务用车增加高档配置或者豪华内饰",
          facts);
    }
    return CheckOutcome.pass("未申请高档配置或豪华内饰（0 项）", facts);
  }
}
