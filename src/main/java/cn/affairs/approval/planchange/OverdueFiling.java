package cn.affairs.approval.planchange;

import cn.affairs.approval.application.ApplicationLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 备案逾期: the emergency change was not filed within the fifteen working days of 条例 第三十八条. The case is
 * flagged overdue; the bureau director's 督办 task follows (条例 第四十六条（四）违反本条例其他规定 — 第三十八条; （二） is the
 * annual plan not filed).
 */
@Component("overdueFiling")
class OverdueFiling implements JavaDelegate {

  private final ApplicationLifecycle applications;

  OverdueFiling(ApplicationLifecycle applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.markOverdue(execution.getProcessBusinessKey());
  }
}
