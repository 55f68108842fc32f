package cn.affairs.approval.planchange;

import cn.affairs.approval.application.ApplicationLifecycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 逾期备案: the unit filed its emergency change after the fifteen working days of 条例 第三十八条 (judged on
 * when the unit filed, {@link PlanChangeRules#filedLate}). The case is flagged overdue — a mark on
 * the unit, not on the bureau, whose own 备案 step is only ever an overdue step — and the bureau
 * director's 督办 follows: the bureau 督促整改 what it finds (第四十二条) and 责令改正 a unit that breaks 第三十八条
 * (第四十六条（四） 违反本条例其他规定; （二） is the annual plan not filed).
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
