package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a case stands, kept in its row as the process moves: the BPMN end events call {@code
 * ${applicationLifecycle.finish(execution, 'APPROVED')}} in the transaction of the step that ended
 * the case; actions lock the row first and refresh the status after.
 */
@Component("applicationLifecycle")
public class ApplicationLifecycle {

  /** The applicant's "修改申请" task has this id in every family's BPMN. */
  public static final String REVISE_TASK = "Task_ReviseApplication";

  /**
   * The task-local variable in which the due-date listener notes a year whose calendar is not
   * entered.
   */
  public static final String DUE_NOTE = "dueNote";

  /** The status label of a running case whose process version an admin suspended. */
  public static final String SUSPENDED_LABEL = "已挂起";

  private final ApplicationMapper applications;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApplicationLifecycle(
      ApplicationMapper applications,
      RuntimeService runtime,
      TaskService tasks,
      RepositoryService repository,
      Clock clock,
      ApplicationEventPublisher events) {
    this.repository = repository;
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
   * Loads a case for an action and locks its row, so that two actions on one case (two approvers, a
   * double click) run one after the other; the second then sees what the first did.
   */
  public Application lockedForAction(CurrentUser user, String id) {
    if (applications.lock(id) == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    Application a = applications.find(id);
    ApplicationAccess.requireView(user, a);
    requireNotSuspended(a);
    return a;
  }

  /**
   * Why a task's due date may be wrong (a year of the working-day calendar not entered), or null.
   */
  public String dueNote(String taskId) {
    return dueNotes(List.of(taskId)).get(taskId);
  }

  /**
   * The due-date notes of these tasks, in one query (a page of 待办, the open steps of a case); tasks
   * without a note are not in the map.
   */
  public Map<String, String> dueNotes(Collection<String> taskIds) {
    Map<String, String> notes = new HashMap<>();
    if (taskIds.isEmpty()) {
      return notes;
    }
    for (VariableInstance v :
        runtime
            .createVariableInstanceQuery()
            .taskIdIn(taskIds.toArray(String[]::new))
            .variableName(DUE_NOTE)
            .disableBinaryFetching()
            .list()) {
      if (v.getValue() != null && v.getTaskId() != null) {
        notes.put(v.getTaskId(), v.getValue().toString());
      }
    }
    return notes;
  }

  /** After an admin migrated a running case to another version (流程管理), the case row names it. */
  public void moveToVersion(String id, String processInstanceId, int version) {
    applications.updateStarted(id, processInstanceId, version);
  }

  /** Admins suspend a version with its cases (流程管理): new cases are refused with a clear 409. */
  public void requireStartable(ProcessFamily family) {
    ProcessDefinition latest =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(family.key())
            .latestVersion()
            .singleResult();
    if (latest != null && latest.isSuspended()) {
      throw ApiException.conflict(
          "“" + family.name() + "”的现行流程（第 " + latest.getVersion() + " 版）已被管理员挂起，暂不能提交新申请");
    }
  }

  /** A case whose version an admin suspended shows as 已挂起 and cannot be acted on (409). */
  private void requireNotSuspended(Application a) {
    if (isSuspended(a)) {
      throw ApiException.conflict(
          "申请 " + a.id() + " 所在的流程版本（第 " + a.processVersion() + " 版）已被管理员挂起，暂不能办理；待管理员激活后再试");
    }
  }

  public boolean isSuspended(Application a) {
    return a.status().isOpen()
        && a.processInstanceId() != null
        && runtime
                .createProcessInstanceQuery()
                .processInstanceId(a.processInstanceId())
                .suspended()
                .count()
            > 0;
  }

  /** The status label of a case: 已挂起 while its version is suspended. */
  public String statusLabel(Application a) {
    return isSuspended(a) ? SUSPENDED_LABEL : a.status().label();
  }

  /** The applicant's revised form replaces the stored one (修改申请, before the checks run again). */
  public void reviseForm(String id, String title, String formJson) {
    applications.updateForm(id, title, formJson);
  }

  /**
   * RUNNING or RETURNED while the process runs, from whether the applicant's revise task is open.
   */
  public void refreshStatus(String id) {
    Application a = applications.find(id);
    if (!a.status().isOpen()) {
      return;
    }
    boolean ended =
        runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId()).count() == 0;
    if (ended) {
      return;
    }
    boolean returned =
        tasks
                .createTaskQuery()
                .processInstanceId(a.processInstanceId())
                .taskDefinitionKey(REVISE_TASK)
                .count()
            > 0;
    ApplicationStatus status = returned ? ApplicationStatus.RETURNED : ApplicationStatus.RUNNING;
    if (status != a.status()) {
      applications.updateStatus(id, status, null);
    }
  }
}
