package cn.affairs.approval.repair;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 撤出年度维修计划: a repair that will not be carried out must not keep its amount in the annual plan (条例
 * 第三十七条: no provision beyond the plan, and none the plan holds for nothing). Runs on every path
 * that ends a case after the plan entry may have happened; a no-op before it.
 */
@Component("repairPlanRelease")
class RepairPlanRelease implements JavaDelegate {

  private final RepairRegister register;

  RepairPlanRelease(RepairRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.release(execution.getProcessBusinessKey());
  }
}
