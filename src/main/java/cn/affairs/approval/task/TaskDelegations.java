package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.org.CurrentUser;
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
 * 委派: the holder asks a colleague for an opinion (Camunda's delegateTask: the holder becomes the
 * task's owner, the colleague its assignee, delegation PENDING); the colleague answers with a
 * comment (resolveTask: the task is the holder's again). The colleague cannot decide the step.
 */
@Service
class TaskDelegations {

  private final TaskService tasks;
  private final TaskAccess access;
  private final TaskCandidates candidates;
  private final TaskTimeline timeline;
  private final ApplicationDetails details;

  private final ApplicationEventPublisher events;

  TaskDelegations(
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
  ApplicationView delegate(CurrentUser user, String taskId, HandoverRequest request) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    access.requireHolder(user, task);
    String to =
        request.userId() == null || request.userId().isBlank() ? null : request.userId().trim();
    if (to == null) {
      throw ApiException.invalid("userId", "请选择委派的同事");
    }
    if (!candidates.allows(Action.DELEGATE, task, application, user.id(), to)) {
      throw ApiException.invalid("userId", "只能委派给本单位的同事或本环节的其他人员");
    }
    String comment = TaskTimeline.comment(request.comment(), "委派时须写明请同事提出意见的事项");
    if (task.getAssignee() == null) {
      tasks.setAssignee(taskId, user.id());
    }
    tasks.delegateTask(taskId, to);
    events.publishEvent(
        new TaskHandedOver(application.id(), taskId, task.getName(), to, user.id(), "委派征求意见"));
    timeline.record(
        application,
        task,
        user.id(),
        Decision.DELEGATE,
        "委派" + access.userName(to) + "提出意见：" + comment,
        Map.of("to", to));
    return details.view(user, application.id());
  }

  @Transactional
  ApplicationView resolve(CurrentUser user, String taskId, String rawComment) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    if (task.getDelegationState() == DelegationState.RESOLVED) {
      throw ApiException.conflict("该委派已经答复");
    }
    if (task.getDelegationState() == null) {
      throw user.id().equals(task.getAssignee())
          ? ApiException.conflict("该待办没有待答复的委派")
          : ApiException.forbidden("无权答复该委派");
    }
    if (!user.id().equals(task.getAssignee())) {
      throw ApiException.forbidden("只有被委派人可以答复");
    }
    String comment = TaskTimeline.comment(rawComment, "答复委派时须填写意见");
    tasks.resolveTask(taskId);
    timeline.record(
        application, task, user.id(), Decision.RESOLVE, comment, Map.of("to", task.getOwner()));
    return details.view(user, application.id());
  }
}
