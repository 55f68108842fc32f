package cn.affairs.approval.annualplan;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 下达保障年度计划: once 本级人民政府 approved (办法 第十二条), the needs become the unit's annual plan of the year (条例
 * 第三十三条), version 1, each item recorded against this case, with the ceiling 财政部门 set. When the unit
 * got a plan of that year meanwhile (another case approved first), nothing is written and the
 * approver gets a 409.
 */
@Component("annualPlanIssue")
class AnnualPlanIssue implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final AnnualPlans plans;
  private final CeilingMapper ceilings;

  AnnualPlanIssue(CaseFiles caseFiles, AnnualPlans plans, CeilingMapper ceilings) {
    this.caseFiles = caseFiles;
    this.plans = plans;
    this.ceilings = ceilings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    AnnualPlanForm form = file.form(AnnualPlanForm.class);
    String unit = file.unit().code();
    if (plans.find(unit, form.year()) != null) {
      throw new RegisterConflict(
          file.unit().name() + "已有 " + form.year() + " 年度保障计划，本申请不能再下达；如需变更请提交保障年度计划调整申请");
    }
    BigDecimal ceiling = ceilings.find(file.id());
    if (ceiling == null) {
      throw new IllegalStateException("annual plan " + file.id() + " has no ceiling from finance");
    }
    List<PlanItem> items =
        form.needs().stream()
            .map(
                n -> new PlanItem(null, null, n.category(), n.description(), n.amount(), file.id()))
            .toList();
    plans.create(unit, form.year(), ceiling, items);
  }
}
