package cn.affairs.approval.repair;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * Which regime a repair falls under (办法 第二十条). Routine upkeep is the unit's own duty (第一款):
 * its head approves, the repair is recorded, the case ends without the bureau. A 维修改造 goes to
 * the bureau for 评估论证、造价审核 and the annual repair plan, and is carried out under the local
 * government's rules (第二款), which send it to 本级政府 from the amount the bureau sets (本级规定
 * localPolicy.governmentApprovalCost). A "routine" repair of that size would escape every approval
 * the second paragraph requires: FAIL, the unit head must then return it or explain an override.
 */
@Component("repairScopeCheck")
@StandardsRule(id = "repairScope", name = "维修类别",
    basis = "《山西省机关事务管理办法》第二十条",
    articles = {"办法 第二十条"}, kind = RuleKind.FIGURE)
class RepairScopeCheck extends StandardsCheck {

  static final String ROUTINE_BASIS = "《山西省机关事务管理办法》第二十条第一款";
  static final String MAJOR_BASIS = "《山西省机关事务管理办法》第二十条第二款";
  static final String THRESHOLD_BASIS = "《山西省机关事务管理办法》第二十条第二款；本级规定（可配置）：维修改造报本级政府批准的限额";

  private final StandardsCatalogue catalogue;

  RepairScopeCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    BigDecimal cost = form.estimatedCost();
    BigDecimal threshold = catalogue.value("localPolicy.governmentApprovalCost");
    boolean reachesGovernment = cost.compareTo(threshold) >= 0;
    var facts = facts("repairType", form.repairType(), "estimatedCost", cost, "governmentApprovalCost", threshold,
        "needsBureau", !form.isRoutine(), "needsGovernmentApproval", !form.isRoutine() && reachesGovernment);
    String costs = "估算投资" + plain(cost) + "万元，" + (reachesGovernment ? "达到" : "低于") + "本级政府批准限额"
        + plain(threshold) + "万元";
    if (form.isRoutine()) {
      if (reachesGovernment) {
        return CheckOutcome.fail("申报为日常维修，但" + costs + "：该规模的维修不属于本单位日常维护，应按维修改造向机关事务管理部门申请，"
            + "经评估论证、造价审核、纳入年度维修计划并报本级政府批准", facts).citing(THRESHOLD_BASIS);
      }
      return CheckOutcome.pass("日常维修属本单位日常维护职责，由单位负责人审核同意后记录，不报机关事务管理部门（" + costs + "）", facts)
          .citing(ROUTINE_BASIS);
    }
    return CheckOutcome.pass("维修改造由机关事务管理部门组织评估论证、造价审核并纳入年度维修计划；" + costs + "，"
        + (reachesGovernment ? "须报本级政府批准" : "无须报本级政府批准"), facts).citing(reachesGovernment ? THRESHOLD_BASIS : MAJOR_BASIS);
  }
}
