package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finding a task, its case, and whether a user may act on it; shared by the task services. */
@Component
class TaskAccess {

  private final TaskService tasks;
  private final HistoryService history;
  private final ApplicationMapper applications;
  private final ApplicationLifecycle lifecycle;
  private final OrgMapper org;

  TaskAccess(
      TaskService tasks,
      HistoryService history,
      ApplicationMapper applications,
      ApplicationLifecycle lifecycle,
      OrgMapper org) {
    this.org = org;
    this.tasks = tasks;
    this.history = history;
    this.applications = applications;
    this.lifecycle = lifecycle;
  }

  static boolean isRevise(Task task) {
    return ApplicationLifecycle.REVISE_TASK.equals(task.getTaskDefinitionKey());
  }

  /**
   * Whether the id is an added signer's subtask (加签), decided by {@link AddedSigners}; unknown ids
   * are not.
   */
  boolean isSignerTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    return task != null && AddedSigners.isSignerTask(task);
  }

  Task open(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw missing(taskId);
    }
    return task;
  }

  /**
   * Finds the task, locks its case, and reads the task again: a second request racing the first
   * waits for the lock and then finds the task done (409), never a half-done or double effect.
   */
  Task locked(CurrentUser user, String taskId) {
    Task task = open(taskId);
    lifecycle.lockedForAction(user, applicationOf(task).id());
    return open(taskId);
  }

  /** The case of a task; an added signer's subtask (加签) belongs to the case of its step. */
  Application applicationOf(Task task) {
    String instance = task.getProcessInstanceId();
    if (instance == null && task.getParentTaskId() != null) {
      Task step = tasks.createTaskQuery().taskId(task.getParentTaskId()).singleResult();
      if (step == null) {
        throw ApiException.conflict("该加签所属的环节已办结");
      }
      instance = step.getProcessInstanceId();
    }
    Application application =
        instance == null ? null : applications.findByProcessInstance(instance);
    if (application == null) {
      throw ApiException.notFound("该待办不属于任何申请");
    }
    return application;
  }

  /** The applicant's own 修改申请 task is theirs alone; any other task is for its candidates. */
  void requireActor(CurrentUser user, Task task) {
    if (isRevise(task)) {
      if (!user.id().equals(task.getAssignee())) {
        throw ApiException.forbidden("只有申请人可以修改或撤回该申请");
      }
    } else {
      requireCandidate(user, task);
    }
  }

  void requireCandidate(CurrentUser user, Task task) {
    if (user.id().equals(task.getAssignee())) {
      return;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (user.id().equals(link.getUserId())
          || (link.getGroupId() != null && user.groups().contains(link.getGroupId()))) {
        return;
      }
    }
    throw ApiException.forbidden("无权办理该待办");
  }

  /**
   * The user holds the task and may pass it on or ask about it: they are its assignee, or a
   * candidate of an unclaimed task (who then takes it). 403 for who is not a candidate, 409 when
   * someone else holds it or it waits for a delegated colleague's answer.
   */
  void requireHolder(CurrentUser user, Task task) {
    if (isRevise(task)) {
      throw ApiException.forbidden("申请人的修改任务不能转办、委派或加签");
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      if (user.id().equals(task.getOwner())) {
        throw ApiException.conflict("该待办已委派给" + userName(task.getAssignee()) + "征求意见，待其答复后再办理");
      }
      if (user.id().equals(task.getAssignee())) {
        throw ApiException.forbidden("被委派人只能答复意见，不能办理该待办");
      }
    }
    requireCandidate(user, task);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
      throw ApiException.conflict("该待办已由" + userName(task.getAssignee()) + "签收");
    }
  }

  String userName(String userId) {
    String name = userId == null ? null : org.userName(userId);
    return name == null ? String.valueOf(userId) : name;
  }

  private ApiException missing(String taskId) {
    boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    return existed
        ? ApiException.conflict("该待办已办理完毕或已失效")
        : ApiException.notFound("待办 " + taskId + " 不存在");
  }
}
