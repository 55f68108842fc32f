package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a case stands, kept in its row as the process moves: the BPMN end events call
 * {@code ${applicationLifecycle.finish(execution, 'APPROVED')}} in the transaction of the step
 * that ended the case; actions lock the row first and refresh the status after.
 */
@Component("applicationLifecycle")
public class ApplicationLifecycle {

  /** The applicant's "修改申请" task has this id in every family's BPMN. */
  public static final String REVISE_TASK = "Task_ReviseApplication";

  private final ApplicationMapper applications;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApplicationLifecycle(ApplicationMapper applications, RuntimeService runtime, TaskService tasks, Clock clock,
      ApplicationEventPublisher events) {
    this.applications = applications;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
    this.events = events;
  }

  public void finish(DelegateExecution execution, String status) {
    ApplicationStatus ended = ApplicationStatus.valueOf(status);
    applications.updateStatus(execution.getProcessBusinessKey(), ended, LocalDateTime.now(clock));
    events.publishEvent(new ApplicationFinished(execution.getProcessBusinessKey(), ended));
  }

  /** Flags a case whose deadline has passed (e.g. an emergency plan change not filed in time). */
  public void markOverdue(String applicationId) {
    applications.markOverdue(applicationId);
  }

  /**
   * Loads a case for an action and locks its row, so that two actions on one case (two approvers,
   * a double click) run one after the other; the second then sees what the first did.
   */
  public Application lockedForAction(CurrentUser user, String id) {
    if (applications.lock(id) == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    Application a = applications.find(id);
    ApplicationAccess.requireView(user, a);
    return a;
  }

  /** The applicant's revised form replaces the stored one (修改申请, before the checks run again). */
  public void reviseForm(String id, String title, String formJson) {
    applications.updateForm(id, title, formJson);
  }

  /** RUNNING or RETURNED while the process runs, from whether the applicant's revise task is open. */
  public void refreshStatus(String id) {
    Application a = applications.find(id);
    if (!a.status().isOpen()) {
      return;
    }
    boolean ended = runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId()).count() == 0;
    if (ended) {
      return;
    }
    boolean returned = tasks.createTaskQuery().processInstanceId(a.processInstanceId())
        .taskDefinitionKey(REVISE_TASK).count() > 0;
    ApplicationStatus status = returned ? ApplicationStatus.RETURNED : ApplicationStatus.RUNNING;
    if (status != a.status()) {
      applications.updateStatus(id, status, null);
    }
  }
}
