package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.task.TaskCandidates.Action;
import cn.affairs.approval.web.ApiException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passing a task on: 放弃认领 (back to the group pool), 转办 (to another candidate of the step, who then
 * decides) and 改派 (the bureau director of the case's government, or an admin, gives any open task
 * to another candidate: a holder on leave, an applicant who has left). One transaction each, under
 * the case lock.
 */
@Service
class TaskHandovers {

  private final TaskService tasks;
  private final TaskAccess access;
  private final TaskCandidates candidates;
  private final TaskTimeline timeline;
  private final ApplicationDetails details;
  private final ApplicationEventPublisher events;

  TaskHandovers(
      TaskService tasks,
      TaskAccess access,
      TaskCandidates candidates,
      TaskTimeline timeline,
      ApplicationDetails details,
      ApplicationEventPublisher events) {
    this.events = events;
    this.tasks = tasks;
    this.access = access;
    this.candidates = candidates;
    this.timeline = timeline;
    this.details = details;
  }

  @Transactional
  ApplicationView unclaim(CurrentUser user, String taskId) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    if (TaskAccess.isRevise(task)) {
      throw ApiException.forbidden("申请人的修改任务不能放弃认领");
    }
    access.requireCandidate(user, task);
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw ApiException.conflict("该待办正在委派征求意见，不能放弃认领");
    }
    if (!user.id().equals(task.getAssignee())) {
      throw task.getAssignee() == null
          ? ApiException.conflict("该待办尚未被认领")
          : ApiException.forbidden("只有签收人可以放弃认领");
    }
    tasks.setAssignee(taskId, null);
    timeline.record(application, task, user.id(), Decision.UNCLAIM, null, Map.of());
    return details.view(user, application.id());
  }

  @Transactional
  ApplicationView transfer(CurrentUser user, String taskId, HandoverRequest request) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    access.requireHolder(user, task);
    String to = target(request, Action.TRANSFER, task, application, user, "只能转办给本环节同一岗位的其他人员");
    String comment = TaskTimeline.comment(request.comment(), "转办时须说明理由");
    tasks.setAssignee(taskId, to);
    events.publishEvent(
        new TaskHandedOver(application.id(), taskId, task.getName(), to, user.id(), "转办"));
    timeline.record(
        application,
        task,
        user.id(),
        Decision.TRANSFER,
        "转办给" + access.userName(to) + "：" + comment,
        Map.of("from", user.id(), "to", to));
    return details.view(user, application.id());
  }

  @Transactional
  ApplicationView reassign(CurrentUser user, String taskId, HandoverRequest request) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    boolean director =
        user.has(Role.BUREAU_DIRECTOR) && user.govCode().equals(application.govCode());
    if (!director && !user.isAdmin()) {
      throw ApiException.forbidden("只有本级机关事务管理部门领导或系统管理员可以改派待办");
    }
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw ApiException.conflict("该待办正在委派征求意见，待答复后再改派");
    }
    String to = target(request, Action.REASSIGN, task, application, user, "只能改派给本环节同一岗位的人员");
    String comment = TaskTimeline.comment(request.comment(), "改派时须说明理由");
    String from = task.getAssignee();
    tasks.setAssignee(taskId, to);
    events.publishEvent(
        new TaskHandedOver(application.id(), taskId, task.getName(), to, user.id(), "改派"));
    timeline.record(
        application,
        task,
        user.id(),
        Decision.REASSIGN,
        (from == null ? "" : "由" + access.userName(from))
            + "改派给"
            + access.userName(to)
            + "："
            + comment,
        from == null ? Map.of("to", to) : Map.of("from", from, "to", to));
    return details.view(user, application.id());
  }

  private String target(
      HandoverRequest request,
      Action action,
      Task task,
      Application application,
      CurrentUser user,
      String notAllowed) {
    String to =
        request.userId() == null || request.userId().isBlank() ? null : request.userId().trim();
    if (to == null) {
      throw ApiException.invalid("userId", "请选择人员");
    }
    if (to.equals(user.id()) || to.equals(task.getAssignee())) {
      throw ApiException.invalid("userId", "该待办已由此人办理，请选择其他人员");
    }
    if (!candidates.allows(action, task, application, user.id(), to)) {
      throw ApiException.invalid("userId", notAllowed);
    }
    return to;
  }
}
