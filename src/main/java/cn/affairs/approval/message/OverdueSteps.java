package cn.affairs.approval.message;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps past their due date (working days, set on each task from the calendar): their holders get
 * one 超期提醒 per task, found by a periodic scan ({@code affairs.messages.overdue-scan}, default every
 * 10 minutes).
 */
@Component
class OverdueSteps {

  private final TaskService tasks;
  private final IdentityService identity;
  private final ApplicationMapper applications;
  private final Messages messages;
  private final Clock clock;

  OverdueSteps(
      TaskService tasks,
      IdentityService identity,
      ApplicationMapper applications,
      Messages messages,
      Clock clock) {
    this.tasks = tasks;
    this.identity = identity;
    this.applications = applications;
    this.messages = messages;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${affairs.messages.overdue-scan:PT10M}",
      initialDelayString = "${affairs.messages.overdue-scan:PT10M}")
  @Transactional // scan() called from here is not proxied: the notices need this transaction
  public void scheduled() {
    scan();
  }

  /** Writes the overdue messages not yet written; returns how many. */
  @Transactional
  public int scan() {
    int written = 0;
    for (Task task : tasks.createTaskQuery().dueBefore(Date.from(clock.instant())).list()) {
      Application a = applications.findByProcessInstance(task.getProcessInstanceId());
      if (a == null) {
        continue;
      }
      for (String user : holders(task)) {
        boolean wrote =
            messages.notifyOnce(
                user,
                MessageType.OVERDUE,
                a.id(),
                task.getId(),
                "申请“" + a.title() + "”（" + a.id() + "）的“" + task.getName() + "”环节已超过办理期限，请尽快办理",
                "OVERDUE:" + task.getId() + ":" + user);
        written += wrote ? 1 : 0;
      }
    }
    return written;
  }

  private Set<String> holders(Task task) {
    Set<String> users = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      users.add(task.getAssignee());
      return users;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream()
            .map(User::getId)
            .forEach(users::add);
      }
    }
    return users;
  }
}
