package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办: the applicant, or the bureau of the case's government (and admins), remind the holders of the
 * open steps, at most once per working day per step. A reminder on a rest day counts for the next
 * working day. It shows on the holder's 待办 and in the timeline.
 */
@Service
class StepReminders {

  private final ApplicationLifecycle lifecycle;
  private final TaskService tasks;
  private final StepReminderMapper reminders;
  private final WorkingDayCalendar calendar;
  private final TaskTimeline timeline;
  private final ApplicationDetails details;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StepReminders(
      ApplicationLifecycle lifecycle,
      TaskService tasks,
      StepReminderMapper reminders,
      WorkingDayCalendar calendar,
      TaskTimeline timeline,
      ApplicationDetails details,
      ApplicationEventPublisher events,
      Clock clock) {
    this.lifecycle = lifecycle;
    this.tasks = tasks;
    this.reminders = reminders;
    this.calendar = calendar;
    this.timeline = timeline;
    this.details = details;
    this.events = events;
    this.clock = clock;
  }

  static boolean mayRemind(CurrentUser user, Application application) {
    boolean bureau =
        user.govCode().equals(application.govCode())
            && (user.has(Role.BUREAU_REVIEWER)
                || user.has(Role.BUREAU_VEHICLE)
                || user.has(Role.BUREAU_ASSET)
                || user.has(Role.BUREAU_DIRECTOR));
    return user.id().equals(application.applicant()) || bureau || user.isAdmin();
  }

  @Transactional
  ApplicationView remind(CurrentUser user, String applicationId, String rawComment) {
    Application application = lifecycle.lockedForAction(user, applicationId);
    if (!mayRemind(user, application)) {
      throw ApiException.forbidden("只有申请人或本级机关事务管理部门可以催办");
    }
    String comment = TaskTimeline.comment(rawComment, null);
    if (!application.status().isOpen() || application.processInstanceId() == null) {
      throw ApiException.conflict("该申请已办结，无需催办");
    }
    LocalDate day = LocalDate.now(clock);
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    List<Task> open =
        tasks.createTaskQuery().processInstanceId(application.processInstanceId()).list().stream()
            .filter(t -> !TaskAccess.isRevise(t))
            .toList();
    if (open.isEmpty()) {
      throw ApiException.conflict("该申请正等待申请人修改，没有可催办的审批环节");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int reminded = 0;
    for (Task task : open) {
      if (reminders.countOn(task.getId(), day) > 0) {
        continue;
      }
      reminders.insert(application.id(), task.getId(), day, user.id(), comment, now);
      List<String> holders = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      if (task.getAssignee() != null) {
        holders.add(task.getAssignee());
      } else {
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
            if (link.getUserId() != null) {
              holders.add(link.getUserId());
            } else if (link.getGroupId() != null) {
              groups.add(link.getGroupId());
            }
          }
        }
      }
      timeline.record(
          application,
          task,
          user.id(),
          Decision.REMIND,
          comment,
          Map.of("holderUserIds", holders, "groupIds", groups));
      events.publishEvent(
          new StepReminded(application.id(), task.getId(), holders, groups, user.id()));
      reminded++;
    }
    if (reminded == 0) {
      throw ApiException.conflict("本工作日已催办过，请明日再催办");
    }
    return details.view(user, application.id());
  }
}
