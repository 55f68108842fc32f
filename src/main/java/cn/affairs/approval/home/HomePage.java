package cn.affairs.approval.home;

import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationQueries;
import cn.affairs.approval.application.ApplicationSearch;
import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ApplicationSummary;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.draft.Drafts;
import cn.affairs.approval.message.Messages;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the 工作台 together from the cases, the drafts and the engine's tasks, in one read-only
 * transaction.
 */
@Service
class HomePage {

  /** The home page shows the first rows of each list; the full lists are a click away. */
  static final int ROWS = 5;

  /** Returned cases are all shown: each needs the applicant's action. */
  static final int RETURNED_ROWS = 50;

  private final ApplicationQueries queries;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final ProcessFamilies families;
  private final Drafts drafts;
  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final OrgMapper org;
  private final Clock clock;

  private final Messages messages;
  private final ApplicationLifecycle lifecycle;

  HomePage(
      ApplicationQueries queries,
      ApplicationMapper applications,
      DecisionLog decisions,
      ProcessFamilies families,
      Drafts drafts,
      TaskService tasks,
      HistoryService history,
      RepositoryService repository,
      OrgMapper org,
      Clock clock,
      Messages messages,
      ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.queries = queries;
    this.applications = applications;
    this.decisions = decisions;
    this.families = families;
    this.drafts = drafts;
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.org = org;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Home of(CurrentUser user) {
    Date now = Date.from(clock.instant());
    Home.Listing<Home.TaskRow> open = taskRows(myTasks(user), now);
    Home.Listing<Home.TaskRow> overdue = taskRows(myTasks(user).dueBefore(now), now);

    List<Home.ReturnedCase> returned = new ArrayList<>();
    for (ApplicationSummary a : mine(user, ApplicationStatus.RETURNED, RETURNED_ROWS).items()) {
      returned.add(returnedCase(a));
    }
    Page<ApplicationSummary> running = mine(user, ApplicationStatus.RUNNING, ROWS);
    Map<ApplicationStatus, Long> myCases = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      myCases.put(status, mine(user, status, 1).total());
    }
    LocalDateTime monthStart = LocalDate.now(clock).withDayOfMonth(1).atStartOfDay();
    long decided =
        user.has(Role.UNIT_STAFF)
            ? applications.countDecidedSince(user.id(), monthStart)
            : history
                .createHistoricTaskInstanceQuery()
                .taskAssignee(user.id())
                .finished()
                .finishedAfter(Date.from(monthStart.atZone(clock.getZone()).toInstant()))
                .count();

    List<Home.Shortcut> shortcuts = new ArrayList<>();
    if (user.has(Role.UNIT_STAFF)) {
      families.all().stream()
          .filter(
              f ->
                  repository
                          .createProcessDefinitionQuery()
                          .processDefinitionKey(f.key())
                          .active()
                          .count()
                      > 0)
          .forEach(f -> shortcuts.add(new Home.Shortcut(f.key(), f.name(), f.description())));
    }
    return new Home(
        open,
        overdue,
        returned,
        new Home.Listing<>(running.total(), running.items()),
        myCases,
        decided,
        Math.toIntExact(messages.unread(user)),
        user.has(Role.UNIT_STAFF) ? drafts.mine(user) : List.of(),
        shortcuts,
        governmentCounts(user, now));
  }

  private TaskQuery myTasks(CurrentUser user) {
    return tasks
        .createTaskQuery()
        .or()
        .taskAssignee(user.id())
        .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups())
        .endOr();
  }

  private Home.Listing<Home.TaskRow> taskRows(TaskQuery query, Date now) {
    long total = query.count();
    List<Task> found = query.orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, ROWS);
    Map<String, cn.affairs.approval.application.Application> byInstance = new LinkedHashMap<>();
    List<String> ids = found.stream().map(Task::getProcessInstanceId).distinct().toList();
    if (!ids.isEmpty()) {
      applications
          .findByProcessInstances(ids)
          .forEach(a -> byInstance.put(a.processInstanceId(), a));
    }
    Map<String, String> dueNotes = lifecycle.dueNotes(found.stream().map(Task::getId).toList());
    List<Home.TaskRow> rows = new ArrayList<>();
    for (Task t : found) {
      var a = byInstance.get(t.getProcessInstanceId());
      var unit = a == null ? null : org.unit(a.unitCode());
      rows.add(
          new Home.TaskRow(
              t.getId(),
              t.getTaskDefinitionKey(),
              t.getName(),
              a == null ? null : a.id(),
              a == null ? null : a.title(),
              unit == null ? null : unit.name(),
              t.getDueDate(),
              t.getDueDate() != null && t.getDueDate().before(now),
              dueNotes.get(t.getId())));
    }
    return new Home.Listing<>(total, rows);
  }

  private Page<ApplicationSummary> mine(CurrentUser user, ApplicationStatus status, int size) {
    return queries.list(
        user,
        "mine",
        new ApplicationSearch(null, status, null, null, null, null),
        PageRequest.of(0, size));
  }

  /** The latest return of the case: the step, who returned it and the comment they gave. */
  private Home.ReturnedCase returnedCase(ApplicationSummary a) {
    DecisionRecord last = null;
    for (DecisionRecord d : decisions.timeline(a.id())) {
      if (d.decision() == Decision.RETURN) {
        last = d;
      }
    }
    return last == null
        ? new Home.ReturnedCase(a, null, null, null, null)
        : new Home.ReturnedCase(
            a, last.stepName(), org.userName(last.userId()), last.commentText(), last.decidedAt());
  }

  private Home.GovernmentCounts governmentCounts(CurrentUser user, Date now) {
    if (!user.seesWholeGovernment() || user.isAdmin() && user.government() == null) {
      return null;
    }
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      counts.put(
          status,
          queries
              .list(
                  user,
                  "all",
                  new ApplicationSearch(null, status, null, null, null, null),
                  PageRequest.of(0, 1))
              .total());
    }
    // overdue steps of this government's cases: the engine knows the due dates, our table the
    // government
    long overdue = 0;
    List<Task> late = tasks.createTaskQuery().dueBefore(now).list();
    List<String> instances = late.stream().map(Task::getProcessInstanceId).distinct().toList();
    if (!instances.isEmpty()) {
      Map<String, String> govByInstance = new LinkedHashMap<>();
      applications
          .findByProcessInstances(instances)
          .forEach(a -> govByInstance.put(a.processInstanceId(), a.govCode()));
      overdue =
          late.stream()
              .filter(
                  t ->
                      user.isAdmin()
                          || user.govCode().equals(govByInstance.get(t.getProcessInstanceId())))
              .count();
    }
    return new Home.GovernmentCounts(user.govCode(), user.government().name(), counts, overdue);
  }
}
