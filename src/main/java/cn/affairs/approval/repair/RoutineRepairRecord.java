package cn.affairs.approval.repair;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.plan.PlanBudget;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 记录日常维修: routine upkeep is the unit's own duty (办法 第二十条第一款); once its head approves, the repair is
 * entered in the repair register and the case ends without the bureau.
 */
@Component("routineRepairRecord")
class RoutineRepairRecord implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final RepairRegister register;
  private final PlanBudget budget;

  RoutineRepairRecord(CaseFiles caseFiles, RepairRegister register, PlanBudget budget) {
    this.caseFiles = caseFiles;
    this.register = register;
    this.budget = budget;
  }

  /** Also links the approved repair to the plan item it is paid from (条例 第三十七条). */
  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    register.recordRoutine(file);
    budget.use(file, RepairPlanCeilingCheck.CATEGORY, file.form(RepairForm.class).estimatedCost());
  }
}
