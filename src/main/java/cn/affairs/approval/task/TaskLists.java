package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.task.TaskItems.DoneTask;
import cn.affairs.approval.task.TaskItems.OpenTask;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 and 已办, filtered in the database (TaskListSql), each case and each due-date note read in one
 * query for the whole page.
 */
@Service
class TaskLists {

  private final TaskService tasks;
  private final HistoryService history;
  private final ApplicationMapper applications;
  private final OrgMapper org;
  private final Clock clock;
  private final ApplicationLifecycle lifecycle;
  private final StepReminderMapper reminders;
  private final ManagementService management;

  TaskLists(
      TaskService tasks,
      ManagementService management,
      HistoryService history,
      ApplicationMapper applications,
      OrgMapper org,
      Clock clock,
      StepReminderMapper reminders,
      ApplicationLifecycle lifecycle) {
    this.reminders = reminders;
    this.management = management;
    this.lifecycle = lifecycle;
    this.tasks = tasks;
    this.history = history;
    this.applications = applications;
    this.org = org;
    this.clock = clock;
  }

  /** A page of 待办 that match the search; the total counts every matching task. */
  @Transactional(readOnly = true)
  Page<OpenTask> open(CurrentUser user, TaskSearch search, PageRequest paging) {
    TaskListSql sql =
        TaskListSql.open(
            management.getTableName(Task.class),
            management.getTableName(IdentityLinkEntity.class),
            user.id(),
            user.groups(),
            search,
            clock.getZone(),
            Date.from(clock.instant()));
    long total = sql.bind(tasks.createNativeTaskQuery().sql(sql.count())).count();
    List<Task> found =
        sql.bind(tasks.createNativeTaskQuery().sql(sql.select()))
            .listPage(paging.offset(), paging.size());
    Map<String, String> instanceOf = new LinkedHashMap<>();
    for (Task task : found) {
      instanceOf.put(task.getId(), instanceOf(task));
    }
    Map<String, Application> byInstance =
        applicationsOf(instanceOf.values().stream().filter(java.util.Objects::nonNull).toList());
    Map<String, java.time.LocalDateTime> reminded = new LinkedHashMap<>();
    Map<String, String> dueNotes = lifecycle.dueNotes(found.stream().map(Task::getId).toList());
    if (!found.isEmpty()) {
      reminders
          .latest(found.stream().map(Task::getId).toList())
          .forEach(r -> reminded.put(r.taskId(), r.remindedAt()));
    }
    List<OpenTask> items = new ArrayList<>();
    Map<String, String> unitNames = new HashMap<>();
    Map<String, String> userNames = new HashMap<>();
    for (Task task : found) {
      Application a = byInstance.get(instanceOf.get(task.getId()));
      boolean overdue =
          task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.instant());
      items.add(
          new OpenTask(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getName(),
              a == null ? null : a.id(),
              a == null ? null : a.processKey(),
              a == null ? null : a.title(),
              a == null ? null : a.unitCode(),
              a == null ? null : unitName(unitNames, a.unitCode()),
              task.getCreateTime(),
              task.getDueDate(),
              dueNotes.get(task.getId()),
              overdue,
              task.getAssignee(),
              task.getAssignee() == null
                  ? null
                  : userNames.computeIfAbsent(task.getAssignee(), org::userName),
              reminded.get(task.getId())));
    }
    return Page.of(items, total, paging);
  }

  /** A page of 已办 that match the search; the total counts every matching task. */
  @Transactional(readOnly = true)
  Page<DoneTask> done(CurrentUser user, TaskSearch search, PageRequest paging) {
    TaskListSql sql =
        TaskListSql.done(
            management.getTableName(HistoricTaskInstance.class),
            user.id(),
            search,
            clock.getZone());
    long total = sql.bind(history.createNativeHistoricTaskInstanceQuery().sql(sql.count())).count();
    List<HistoricTaskInstance> found =
        sql.bind(history.createNativeHistoricTaskInstanceQuery().sql(sql.select()))
            .listPage(paging.offset(), paging.size());
    Map<String, String> instanceOf = new LinkedHashMap<>();
    for (HistoricTaskInstance task : found) {
      instanceOf.put(task.getId(), instanceOf(task));
    }
    Map<String, Application> byInstance =
        applicationsOf(instanceOf.values().stream().filter(java.util.Objects::nonNull).toList());
    List<DoneTask> items = new ArrayList<>();
    Map<String, String> unitNames = new HashMap<>();
    for (HistoricTaskInstance task : found) {
      Application a = byInstance.get(instanceOf.get(task.getId()));
      items.add(
          new DoneTask(
              task.getId(),
              task.getTaskDefinitionKey(),
              task.getName(),
              a == null ? null : a.id(),
              a == null ? null : a.processKey(),
              a == null ? null : a.title(),
              a == null ? null : a.unitCode(),
              a == null ? null : unitName(unitNames, a.unitCode()),
              a == null ? null : a.status(),
              task.getStartTime(),
              task.getEndTime(),
              task.getDueDate()));
    }
    return Page.of(items, total, paging);
  }

  /** An added signer's subtask (加签) has no process instance of its own: it is its step's. */
  private String instanceOf(Task task) {
    if (task.getProcessInstanceId() != null || task.getParentTaskId() == null) {
      return task.getProcessInstanceId();
    }
    Task step = tasks.createTaskQuery().taskId(task.getParentTaskId()).singleResult();
    return step == null ? null : step.getProcessInstanceId();
  }

  /** Likewise for a completed subtask: its step's process instance, from history. */
  private String instanceOf(HistoricTaskInstance task) {
    if (task.getProcessInstanceId() != null || task.getParentTaskId() == null) {
      return task.getProcessInstanceId();
    }
    HistoricTaskInstance step =
        history.createHistoricTaskInstanceQuery().taskId(task.getParentTaskId()).singleResult();
    return step == null ? null : step.getProcessInstanceId();
  }

  private Map<String, Application> applicationsOf(List<String> processInstanceIds) {
    Map<String, Application> result = new LinkedHashMap<>();
    if (!processInstanceIds.isEmpty()) {
      for (Application a :
          applications.findByProcessInstances(processInstanceIds.stream().distinct().toList())) {
        result.put(a.processInstanceId(), a);
      }
    }
    return result;
  }

  /**
   * The task lists show which unit applied; approvers of a government see many units, each read
   * once per page ({@code names} holds the page's).
   */
  private String unitName(Map<String, String> names, String code) {
    return names.computeIfAbsent(
        code,
        c -> {
          var unit = org.unit(c);
          return unit == null ? c : unit.name();
        });
  }
}
