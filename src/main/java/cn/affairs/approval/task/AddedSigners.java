package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.task.TaskCandidates.Action;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 加签 and 减签. Added signers are rows of our table {@code added_signer}, each asked through a Camunda
 * subtask of the step's task (on their 待办, with its own history), not through a multi-instance
 * construct: the diagrams are deployed and running cases cannot gain a multi-instance activity,
 * while a subtask can be added to any open step of any family. 前加签 (BEFORE) signers decide while
 * the holder waits; 后加签 (AFTER) signers are asked once the holder approves, and the step passes
 * when the last of them approves. Any REJECT or RETURN of a signer ends the step as that decision
 * and withdraws the other signers.
 */
@Service
class AddedSigners {

  private final TaskService tasks;
  private final TaskAccess access;
  private final TaskCandidates candidates;
  private final TaskTimeline timeline;
  private final AddedSignerMapper signers;
  private final ApplicationLifecycle lifecycle;
  private final ApplicationDetails details;
  private final Clock clock;

  AddedSigners(
      TaskService tasks,
      TaskAccess access,
      TaskCandidates candidates,
      TaskTimeline timeline,
      AddedSignerMapper signers,
      ApplicationLifecycle lifecycle,
      ApplicationDetails details,
      Clock clock) {
    this.tasks = tasks;
    this.access = access;
    this.candidates = candidates;
    this.timeline = timeline;
    this.signers = signers;
    this.lifecycle = lifecycle;
    this.details = details;
    this.clock = clock;
  }

  static boolean isSignerTask(Task task) {
    return task.getParentTaskId() != null && task.getProcessInstanceId() == null;
  }

  @Transactional
  ApplicationView add(CurrentUser user, String taskId, SignerRequest request) {
    Task task = access.locked(user, taskId);
    if (isSignerTask(task)) {
      throw ApiException.forbidden("加签人不能再加签");
    }
    Application application = access.applicationOf(task);
    access.requireHolder(user, task);
    List<AddedSigner> existing = signers.ofStep(taskId);
    if (holderApproved(existing)) {
      throw ApiException.conflict("已同意并等待后加签人审批，不能再加签");
    }
    String position = request.position() == null ? null : request.position().trim().toUpperCase();
    if (!AddedSigner.BEFORE.equals(position) && !AddedSigner.AFTER.equals(position)) {
      throw ApiException.invalid("position", "请选择前加签（BEFORE）或后加签（AFTER）");
    }
    Set<String> ids = new LinkedHashSet<>();
    if (request.userIds() != null) {
      request.userIds().stream()
          .filter(id -> id != null && !id.isBlank())
          .map(String::trim)
          .forEach(ids::add);
    }
    if (ids.isEmpty()) {
      throw ApiException.invalid("userIds", "请选择加签人");
    }
    Set<String> allowed =
        candidates.of(Action.ADD_SIGNERS, task, application, user.id()).stream()
            .map(TaskItems.Candidate::id)
            .collect(Collectors.toSet());
    for (String id : ids) {
      if (!allowed.contains(id)) {
        throw ApiException.invalid("userIds", access.userName(id) + "不能作为本环节的加签人");
      }
      if (existing.stream().anyMatch(s -> s.active() && s.userId().equals(id))) {
        throw ApiException.invalid("userIds", access.userName(id) + "已是本环节的加签人");
      }
    }
    String comment = TaskTimeline.comment(request.comment(), null);
    if (task.getAssignee() == null) {
      tasks.setAssignee(taskId, user.id());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    for (String id : ids) {
      boolean before = AddedSigner.BEFORE.equals(position);
      AddedSigner signer =
          new AddedSigner(
              null,
              application.id(),
              taskId,
              before ? openSubtask(task, id) : null,
              id,
              position,
              before ? AddedSigner.OPEN : AddedSigner.WAITING,
              user.id(),
              now,
              null);
      signers.insert(signer);
    }
    String names = ids.stream().map(access::userName).collect(Collectors.joining("、"));
    timeline.record(
        application,
        task,
        user.id(),
        Decision.ADD_SIGNER,
        (AddedSigner.BEFORE.equals(position) ? "前加签：" : "后加签：")
            + names
            + (comment == null ? "" : "。" + comment),
        Map.of("position", position, "userIds", List.copyOf(ids)));
    return details.view(user, application.id());
  }

  @Transactional
  ApplicationView remove(CurrentUser user, String taskId, String userId) {
    Task task = access.locked(user, taskId);
    if (isSignerTask(task)) {
      throw ApiException.forbidden("加签人不能减签");
    }
    Application application = access.applicationOf(task);
    access.requireHolder(user, task);
    if (userId == null || userId.isBlank()) {
      throw ApiException.invalid("userId", "请选择要减去的加签人");
    }
    List<AddedSigner> ofStep = signers.ofStep(taskId);
    List<AddedSigner> theirs =
        ofStep.stream().filter(s -> s.userId().equals(userId.trim())).toList();
    if (theirs.isEmpty()) {
      throw ApiException.invalid("userId", access.userName(userId) + "不是本环节的加签人");
    }
    AddedSigner signer = theirs.get(theirs.size() - 1);
    if (!signer.active()) {
      throw ApiException.conflict(access.userName(userId) + "已审批或已被减签，不能减签");
    }
    closeSubtask(signer, "REMOVED");
    timeline.record(
        application,
        task,
        user.id(),
        Decision.REMOVE_SIGNER,
        "减签：" + access.userName(userId),
        Map.of("userId", userId));
    // the holder approved and this was the last after-signer asked: the step passes
    List<AddedSigner> after = signers.ofStep(taskId);
    if (holderApproved(ofStep) && after.stream().noneMatch(AddedSigner::active)) {
      completeStep(task, application, Decision.APPROVE);
    }
    return details.view(user, application.id());
  }

  /** An added signer decides their subtask. */
  @Transactional
  ApplicationView decide(CurrentUser user, String subtaskId, CompleteRequest request) {
    Task subtask = access.locked(user, subtaskId);
    Application application = access.applicationOf(subtask);
    AddedSigner signer = signers.bySubtask(subtaskId);
    if (signer == null || !user.id().equals(subtask.getAssignee())) {
      throw ApiException.forbidden("无权办理该加签待办");
    }
    if (!signer.active()) {
      throw ApiException.conflict("该加签待办已办理");
    }
    Task step = tasks.createTaskQuery().taskId(signer.taskId()).singleResult();
    if (step == null) {
      throw ApiException.conflict("该环节已办结");
    }
    Decision decision = parse(request == null ? null : request.decision());
    String comment =
        TaskTimeline.comment(
            request.comment(),
            decision == Decision.APPROVE
                ? null
                : decision == Decision.REJECT ? "不同意时须填写理由" : "退回时须说明需修改的内容");
    tasks.complete(subtaskId);
    signers.updateStatus(
        signer.id(),
        decision == Decision.APPROVE ? "APPROVED" : decision.name() + "ED",
        subtaskId,
        LocalDateTime.now(clock));
    timeline.record(
        application,
        subtaskId,
        step.getTaskDefinitionKey(),
        step.getName() + "（加签）",
        user.id(),
        decision,
        comment,
        Map.of("position", signer.signOrder()));
    List<AddedSigner> ofStep = signers.ofStep(step.getId());
    if (decision != Decision.APPROVE) {
      for (AddedSigner other : ofStep) {
        if (other.active()) {
          closeSubtask(other, "CANCELLED");
        }
      }
      completeStep(step, application, decision);
    } else if (AddedSigner.AFTER.equals(signer.signOrder())
        && ofStep.stream().noneMatch(AddedSigner::active)) {
      completeStep(step, application, Decision.APPROVE);
    }
    return details.view(user, application.id());
  }

  /**
   * Called by the holder's decision before anything is written: 409 while 前加签 signers have not all
   * approved, or while the holder's approval waits for 后加签 signers.
   */
  void requireHolderMayDecide(Task step) {
    List<AddedSigner> ofStep = signers.ofStep(step.getId());
    if (holderApproved(ofStep)) {
      throw ApiException.conflict("已同意，正在等待后加签人审批");
    }
    List<String> waiting =
        ofStep.stream()
            .filter(s -> AddedSigner.BEFORE.equals(s.signOrder()) && s.active())
            .map(s -> access.userName(s.userId()))
            .toList();
    if (!waiting.isEmpty()) {
      throw ApiException.conflict("须待前加签人" + String.join("、", waiting) + "审批后再办理");
    }
  }

  /**
   * After the holder's decision is recorded: an APPROVE with 后加签 signers asks them and keeps the
   * step open (returns true); any other decision withdraws the waiting signers (returns false).
   */
  boolean holderDecided(Task step, Decision decision) {
    List<AddedSigner> waiting =
        signers.ofStep(step.getId()).stream().filter(AddedSigner::active).toList();
    if (decision == Decision.APPROVE && !waiting.isEmpty()) {
      for (AddedSigner s : waiting) {
        signers.updateStatus(s.id(), AddedSigner.OPEN, openSubtask(step, s.userId()), null);
      }
      return true;
    }
    for (AddedSigner s : waiting) {
      closeSubtask(s, "CANCELLED");
    }
    return false;
  }

  /** The signers of a step, for its task page. */
  List<AddedSigner> ofStep(String taskId) {
    return signers.ofStep(taskId);
  }

  /**
   * The holder has approved and 后加签 signers are being asked (they open only after that approval).
   */
  private static boolean holderApproved(List<AddedSigner> ofStep) {
    return ofStep.stream()
        .anyMatch(
            s -> AddedSigner.AFTER.equals(s.signOrder()) && AddedSigner.OPEN.equals(s.status()));
  }

  private String openSubtask(Task step, String userId) {
    Task subtask = tasks.newTask();
    subtask.setParentTaskId(step.getId());
    subtask.setName("加签审批：" + step.getName());
    subtask.setAssignee(userId);
    subtask.setDueDate(step.getDueDate());
    tasks.saveTask(subtask);
    // the signer's due date is the step's: so is its note (a year whose calendar is not entered)
    Object note = tasks.getVariableLocal(step.getId(), ApplicationLifecycle.DUE_NOTE);
    if (note != null) {
      tasks.setVariableLocal(subtask.getId(), ApplicationLifecycle.DUE_NOTE, note);
    }
    return subtask.getId();
  }

  private void closeSubtask(AddedSigner signer, String status) {
    if (signer.subtaskId() != null
        && tasks.createTaskQuery().taskId(signer.subtaskId()).count() > 0) {
      tasks.deleteTask(signer.subtaskId(), "加签已" + ("REMOVED".equals(status) ? "减去" : "撤销"));
    }
    signers.updateStatus(signer.id(), status, signer.subtaskId(), LocalDateTime.now(clock));
  }

  private void completeStep(Task step, Application application, Decision decision) {
    tasks.complete(step.getId(), Map.of("decision", decision.name()));
    lifecycle.refreshStatus(application.id());
  }

  private static Decision parse(String value) {
    for (Decision d : List.of(Decision.APPROVE, Decision.REJECT, Decision.RETURN)) {
      if (d.name().equals(value)) {
        return d;
      }
    }
    throw ApiException.invalid("decision", "加签审批的处理意见只能是：同意(APPROVE)、不同意(REJECT)、退回修改(RETURN)");
  }
}
