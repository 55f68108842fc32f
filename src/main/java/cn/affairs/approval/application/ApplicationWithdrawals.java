package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 撤回: the applicant takes back a case that no approver has acted on yet. */
@Service
public class ApplicationWithdrawals {

  private final ProcessFamilies families;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final ApplicationLifecycle lifecycle;
  private final ApplicationDetails details;
  private final RuntimeService runtime;
  private final Clock clock;

  ApplicationWithdrawals(
      ProcessFamilies families,
      ApplicationMapper applications,
      DecisionLog decisions,
      ApplicationLifecycle lifecycle,
      ApplicationDetails details,
      RuntimeService runtime,
      Clock clock) {
    this.families = families;
    this.applications = applications;
    this.decisions = decisions;
    this.lifecycle = lifecycle;
    this.details = details;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public ApplicationView withdraw(CurrentUser user, String id) {
    Application a = lifecycle.lockedForAction(user, id);
    if (!user.id().equals(a.applicant())) {
      throw ApiException.forbidden("只有申请人可以撤回申请");
    }
    if (a.status() != ApplicationStatus.RUNNING || decisions.approverDecisions(id) > 0) {
      throw ApiException.conflict(
          a.status().isOpen()
              ? "审批人已作出处理，不能再撤回；如被退回，可在“修改申请”中撤回"
              : "该申请已" + a.status().label() + "，不能撤回");
    }
    String refusal = families.find(a.processKey()).map(f -> f.withdrawRefusal(a)).orElse(null);
    if (refusal != null) {
      throw ApiException.conflict(refusal);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    // the status first: EngineEndedCases then sees a case already closed, not one ended outside
    applications.updateStatus(id, ApplicationStatus.WITHDRAWN, now);
    runtime.deleteProcessInstance(a.processInstanceId(), "申请人撤回", true);
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            null,
            "Withdraw",
            "撤回申请",
            user.id(),
            Decision.WITHDRAW,
            null,
            false,
            null,
            now));
    return details.view(user, id);
  }
}
