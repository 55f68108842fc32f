package cn.affairs.approval.message;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationFinished;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.task.CaseCopied;
import cn.affairs.approval.task.StepReminded;
import cn.affairs.approval.task.TaskHandedOver;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to cases into messages, in the transaction where it happens: a new task
 * (Camunda's Spring eventing publishes each task event) is a message to its assignee or to every
 * candidate; the applicant's 修改申请 task is a 退回 message with the approver's comment; a case reaching
 * APPROVED or REJECTED is a message to its applicant.
 */
@Component
class CaseEvents {

  private final Messages messages;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final OrgMapper org;
  private final IdentityService identity;

  CaseEvents(
      Messages messages,
      ApplicationMapper applications,
      DecisionLog decisions,
      OrgMapper org,
      IdentityService identity) {
    this.messages = messages;
    this.applications = applications;
    this.decisions = decisions;
    this.org = org;
    this.identity = identity;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void taskCreated(DelegateTask task) {
    String applicationId =
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Application a = applicationId == null ? null : applications.find(applicationId);
    if (a == null) {
      return;
    }
    if (ApplicationLifecycle.REVISE_TASK.equals(task.getTaskDefinitionKey())) {
      List<DecisionRecord> timeline = decisions.timeline(a.id());
      DecisionRecord last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
      String why = last == null || last.commentText() == null ? "" : "退回意见：" + last.commentText();
      messages.notify(
          List.of(a.applicant()),
          MessageType.RETURNED,
          a.id(),
          task.getId(),
          "您的申请“"
              + a.title()
              + "”（"
              + a.id()
              + "）被退回修改"
              + (last == null
                  ? ""
                  : "（" + last.stepName() + "，" + org.userName(last.userId()) + "）")
              + "。"
              + why);
      return;
    }
    messages.notify(
        holders(task),
        MessageType.TASK,
        a.id(),
        task.getId(),
        unitName(a) + "的申请“" + a.title() + "”（" + a.id() + "）待您办理：" + task.getName());
  }

  @EventListener
  public void caseFinished(ApplicationFinished finished) {
    if (finished.status() != ApplicationStatus.APPROVED
        && finished.status() != ApplicationStatus.REJECTED) {
      return; // a withdrawal is the applicant's own act
    }
    Application a = applications.find(finished.applicationId());
    if (a == null) {
      return;
    }
    messages.notify(
        List.of(a.applicant()),
        MessageType.DECIDED,
        a.id(),
        null,
        "您的申请“"
            + a.title()
            + "”（"
            + a.id()
            + "）"
            + (finished.status() == ApplicationStatus.APPROVED ? "已审批通过" : "未获批准")
            + "，可打印审批单存档。");
  }

  /** 转办, 改派, 委派: the task now waits for its new holder. */
  @EventListener
  public void taskHandedOver(TaskHandedOver handed) {
    Application a = applications.find(handed.applicationId());
    if (a == null || handed.toUserId().equals(handed.fromUserId())) {
      return;
    }
    messages.notify(
        List.of(handed.toUserId()),
        MessageType.TASK,
        a.id(),
        handed.taskId(),
        org.userName(handed.fromUserId())
            + handed.action()
            + "给您："
            + unitName(a)
            + "的申请“"
            + a.title()
            + "”（"
            + a.id()
            + "）待您办理："
            + handed.taskName());
  }

  /** 抄送: each user copied, and every member of each role group named, learns of the case. */
  @EventListener
  public void caseCopied(CaseCopied copied) {
    Application a = applications.find(copied.applicationId());
    if (a == null) {
      return;
    }
    Set<String> users = new LinkedHashSet<>(copied.userIds());
    copied.groupIds().forEach(group -> members(group).forEach(users::add));
    users.remove(copied.fromUserId());
    messages.notify(
        users,
        MessageType.CC,
        a.id(),
        copied.taskId(),
        org.userName(copied.fromUserId())
            + "抄送给您："
            + unitName(a)
            + "的申请“"
            + a.title()
            + "”（"
            + a.id()
            + "）"
            + (copied.comment() == null ? "" : "。意见：" + copied.comment()));
  }

  /** 催办: the holders of the step are reminded by whoever chased it. */
  @EventListener
  public void stepReminded(StepReminded reminded) {
    Application a = applications.find(reminded.applicationId());
    if (a == null) {
      return;
    }
    Set<String> users = new LinkedHashSet<>(reminded.holderUserIds());
    reminded.groupIds().forEach(group -> members(group).forEach(users::add));
    messages.notify(
        users,
        MessageType.REMIND,
        a.id(),
        reminded.taskId(),
        org.userName(reminded.fromUserId())
            + "催办："
            + unitName(a)
            + "的申请“"
            + a.title()
            + "”（"
            + a.id()
            + "）待您办理，请尽快处理");
  }

  private List<String> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getId)
        .toList();
  }

  /**
   * Who a task waits for: its assignee, or while nobody holds it, its candidate users and groups'
   * members.
   */
  Set<String> holders(DelegateTask task) {
    Set<String> users = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
      return users;
    }
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        users.addAll(members(link.getGroupId()));
      }
    }
    return users;
  }

  private String unitName(Application a) {
    Unit unit = org.unit(a.unitCode());
    return unit == null ? a.unitCode() : unit.name();
  }
}
