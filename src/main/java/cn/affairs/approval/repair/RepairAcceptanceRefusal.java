package cn.affairs.approval.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记验收不合格: the bureau refused the works for good (rework goes back to 实施 instead). The register
 * keeps the reported completion and cost as NOT_ACCEPTED; the plan item stays, since the money was
 * spent.
 */
@Component("repairAcceptanceRefusal")
class RepairAcceptanceRefusal implements JavaDelegate {

  private final RepairRegister register;

  RepairAcceptanceRefusal(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.refuseAcceptance(execution.getProcessBusinessKey());
  }
}
