package cn.affairs.approval.construction;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.plan.PlanBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 计入年度计划项目: an approved project is linked to the item of the unit's annual plan it is paid from (办法
 * 第十二条 纳入财政预算统一组织实施; 条例 第三十七条 计划执行), of the case's plan year; a plan that no longer has room
 * (another case used it since the check) is a 409 for the approver.
 */
@Component("constructionPlanEntry")
class ConstructionPlanEntry implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final PlanBudget budget;

  ConstructionPlanEntry(CaseFiles caseFiles, PlanBudget budget) {
    this.caseFiles = caseFiles;
    this.budget = budget;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    budget.use(
        file,
        ConstructionPlanCeilingCheck.CATEGORY,
        file.form(ConstructionForm.class).estimatedCost());
  }
}
