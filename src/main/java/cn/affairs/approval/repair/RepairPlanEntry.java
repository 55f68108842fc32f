package cn.affairs.approval.repair;

import cn.affairs.approval.check.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 纳入年度维修计划: after 评估论证 and 造价审核 the bureau enters the repair in the annual repair plan (办法 第二十条第二款
 * 编制年度维修计划; 办法 第十二条; 条例 第三十三、三十四条): a new item of category OFFICE_REPAIR in the unit's plan of the
 * year of approval, amount = estimated cost, as a new plan version; the repair register gains the
 * project as PLANNED.
 */
@Component("repairPlanEntry")
class RepairPlanEntry implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final RepairRegister register;

  RepairPlanEntry(CaseFiles caseFiles, RepairRegister register) {
    this.caseFiles = caseFiles;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.enterPlan(caseFiles.load(execution.getProcessBusinessKey()));
  }
}
