package cn.affairs.approval.repair;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which regime a repair falls under (办法 第二十条), decided by what the regulation says, not by the
 * applicant's label. Routine upkeep is the unit's own duty (第一款): its head approves, the repair is
 * recorded, the case ends without the bureau. A repair 因设施设备老化、功能不全等 (and one for a safety hazard),
 * or one whose cost reaches the configured amount (本级规定 localPolicy.governmentApprovalCost), goes
 * to the bureau for 评估论证、造价审核 and the annual repair plan and is carried out under the local
 * government's rules (第二款), whatever {@code repairType} says: a "routine" one of that kind is WARN
 * (routed to the bureau, the approvers see why), never let through as upkeep.
 */
@Component("repairScopeCheck")
@StandardsRule(
    id = "repairScope",
    fields = {"repairType", "estimatedCost"},
    name = "维修类别",
    basis = "《山西省机关事务管理办法》第二十条",
    articles = {"办法 第二十条第二款"},
    kind = RuleKind.FIGURE)
class RepairScopeCheck extends StandardsCheck {

  static final String ROUTINE_BASIS = "《山西省机关事务管理办法》第二十条第一款";
  static final String MAJOR_BASIS = "《山西省机关事务管理办法》第二十条第二款";
  static final String THRESHOLD_BASIS = "《山西省机关事务管理办法》第二十条第二款；本级规定（可配置）：维修改造报本级政府批准的限额";

  /** The configured amount from which a repair goes to the bureau whatever its label. */
  static final String BUREAU_AMOUNT = "localPolicy.governmentApprovalCost";

  private static final java.util.Map<String, String> REASONS =
      java.util.Map.of("AGING", "设施设备老化", "FUNCTION", "功能不全", "SAFETY", "安全隐患");

  private final StandardsCatalogue catalogue;

  RepairScopeCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    BigDecimal cost = form.estimatedCost();
    BigDecimal threshold = catalogue.value(BUREAU_AMOUNT);
    boolean reachesGovernment = cost.compareTo(threshold) >= 0;
    boolean needsBureau = form.needsBureau(threshold);
    var facts =
        facts(
            "repairType",
            form.repairType(),
            "reasons",
            form.reasons(),
            "estimatedCost",
            cost,
            "governmentApprovalCost",
            threshold,
            "needsBureau",
            needsBureau,
            "needsGovernmentApproval",
            needsBureau && reachesGovernment);
    String costs =
        "估算投资"
            + plain(cost)
            + "万元，"
            + (reachesGovernment ? "达到" : "低于")
            + "本级政府批准限额"
            + plain(threshold)
            + "万元";
    String government = reachesGovernment ? "须报本级政府批准" : "无须报本级政府批准";
    if (form.isRoutine()) {
      if (!needsBureau) {
        return CheckOutcome.pass("日常维修属本单位日常维护职责，由单位负责人审核同意后记录，不报机关事务管理部门（" + costs + "）", facts)
            .citing(ROUTINE_BASIS);
      }
      List<String> why = new ArrayList<>();
      form.secondParagraphReasons().forEach(r -> why.add("维修原因为" + REASONS.get(r)));
      if (reachesGovernment) {
        why.add(costs);
      }
      return CheckOutcome.warn(
              "申报为日常维修，但"
                  + String.join("，", why)
                  + "：按维修改造办理，由机关事务管理部门组织评估论证、"
                  + "造价审核并纳入年度维修计划，"
                  + government,
              facts)
          .citing(reachesGovernment ? THRESHOLD_BASIS : MAJOR_BASIS);
    }
    return CheckOutcome.pass("维修改造由机关事务管理部门组织评估论证、造价审核并纳入年度维修计划；" + costs + "，" + government, facts)
        .citing(reachesGovernment ? THRESHOLD_BASIS : MAJOR_BASIS);
  }
}
