package cn.affairs.approval.repair;

import cn.affairs.approval.check.CaseFiles;
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

  RoutineRepairRecord(CaseFiles caseFiles, RepairRegister register) {
    this.caseFiles = caseFiles;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordRoutine(caseFiles.load(execution.getProcessBusinessKey()));
  }
}
