package cn.affairs.approval.repair;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.plan.PlanBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记验收: the bureau accepted the works; the register records the acceptance date (办法 第二十条). */
@Component("repairAcceptanceRecord")
class RepairAcceptanceRecord implements JavaDelegate {

  private final RepairRegister register;
  private final CaseFiles caseFiles;
  private final PlanBudget budget;

  RepairAcceptanceRecord(RepairRegister register, CaseFiles caseFiles, PlanBudget budget) {
    this.register = register;
    this.caseFiles = caseFiles;
    this.budget = budget;
  }

  /** Also links the accepted repair to the plan item it is paid from (条例 第三十七条). */
  @Override
  public void execute(DelegateExecution execution) {
    register.accept(execution.getProcessBusinessKey());
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    budget.use(file, RepairPlanCeilingCheck.CATEGORY, file.form(RepairForm.class).estimatedCost());
  }
}
