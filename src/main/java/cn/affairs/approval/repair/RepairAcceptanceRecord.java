package cn.affairs.approval.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记验收: the bureau accepted the works; the register records the acceptance date (办法 第二十条). */
@Component("repairAcceptanceRecord")
class RepairAcceptanceRecord implements JavaDelegate {

  private final RepairRegister register;

  RepairAcceptanceRecord(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.accept(execution.getProcessBusinessKey());
  }
}
