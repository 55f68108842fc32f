package cn.affairs.approval.forecast;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationAccess;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.standards.StandardsCatalogue;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts the road ahead of a running case. From each open user task the path follows the BPMN as
 * if every step approved ({@code decision == 'APPROVE'}; a returned case is resubmitted); other
 * gateway conditions (e.g. 发展改革、财政部门意见 only for a new build or from 1000 万元) are evaluated on the
 * case by {@link GatewayConditions}. A step is expected {@code localPolicy.taskDueWorkingDays}
 * working days after the steps before it (after the latest of them behind a join). Each date
 * carries the calendar's note when it lies in, or is counted across, a year whose calendar is not
 * entered: an open step its own due date's note, a step ahead the note of the count from today.
 */
@Service
public class CaseForecasts {

  private static final Pattern DECISION =
      Pattern.compile("^\\$\\{\\s*decision\\s*==\\s*'([A-Z_]+)'\\s*}$");
  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private final ApplicationMapper applications;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final OrgMapper org;
  private final WorkingDayCalendar calendar;
  private final StandardsCatalogue standards;
  private final GatewayConditions conditions;
  private final Clock clock;
  private final ApplicationLifecycle lifecycle;

  CaseForecasts(
      ApplicationMapper applications,
      TaskService tasks,
      RepositoryService repository,
      IdentityService identity,
      OrgMapper org,
      WorkingDayCalendar calendar,
      StandardsCatalogue standards,
      GatewayConditions conditions,
      Clock clock,
      ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.applications = applications;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.org = org;
    this.calendar = calendar;
    this.standards = standards;
    this.conditions = conditions;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<ForecastStep> forecast(CurrentUser user, String id) {
    Application a = applications.find(id);
    if (a == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    ApplicationAccess.requireView(user, a);
    return ahead(a);
  }

  /** The steps ahead of the case, the open ones first; empty once the case has ended. */
  @Transactional(readOnly = true)
  public List<ForecastStep> ahead(Application a) {
    if (!a.status().isOpen() || a.processInstanceId() == null) {
      return List.of();
    }
    List<Task> open = tasks.createTaskQuery().processInstanceId(a.processInstanceId()).list();
    if (open.isEmpty()) {
      return List.of();
    }
    BpmnModelInstance model = repository.getBpmnModelInstance(open.get(0).getProcessDefinitionId());
    int days = standards.value("localPolicy.taskDueWorkingDays").intValue();
    LocalDate today = LocalDate.now(clock);
    Map<String, String> caseVariables =
        Map.of("unitCode", a.unitCode(), "govCode", a.govCode(), "applicant", a.applicant());
    Map<String, String> dueNotes = lifecycle.dueNotes(open.stream().map(Task::getId).toList());

    Map<String, ForecastStep> steps = new LinkedHashMap<>();
    Map<String, LocalDate> reached = new HashMap<>();
    Map<String, Integer> visits = new HashMap<>();
    Deque<Object[]> work = new ArrayDeque<>();
    for (Task task : open) {
      UserTask element = model.getModelElementById(task.getTaskDefinitionKey());
      LocalDate due =
          task.getDueDate() == null
              ? calendar.addWorkingDays(today, days)
              : task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
      String note =
          task.getDueDate() == null ? calendar.uncertainty(today, due) : dueNotes.get(task.getId());
      steps.put(element.getId(), step(element, caseVariables, due, note, true));
      reached.put(element.getId(), due);
      for (FlowNode next : successors(element, a)) {
        work.add(new Object[] {next, due});
      }
    }
    int limit = model.getModelElementsByType(FlowNode.class).size() * 4;
    while (!work.isEmpty()) {
      Object[] item = work.poll();
      FlowNode node = (FlowNode) item[0];
      LocalDate ready = (LocalDate) item[1];
      LocalDate before = reached.get(node.getId());
      boolean openNow = steps.containsKey(node.getId()) && steps.get(node.getId()).current();
      if (openNow
          || (before != null && !ready.isAfter(before))
          || visits.merge(node.getId(), 1, Integer::sum) > limit) {
        continue;
      }
      reached.put(node.getId(), ready);
      LocalDate after = ready;
      if (node instanceof UserTask task) {
        after = calendar.addWorkingDays(ready, days);
        steps.put(
            task.getId(),
            step(task, caseVariables, after, calendar.uncertainty(today, after), false));
      }
      for (FlowNode next : successors(node, a)) {
        work.add(new Object[] {next, after});
      }
    }
    List<String> order = new ArrayList<>(steps.keySet());
    return steps.values().stream()
        .sorted(
            Comparator.comparing(ForecastStep::expectedBy)
                .thenComparing(s -> order.indexOf(s.taskKey())))
        .toList();
  }

  /** Where the path goes on from {@code node} when every step approves. */
  private List<FlowNode> successors(FlowNode node, Application a) {
    if (node instanceof SubProcess sub) {
      return sub.getChildElementsByType(StartEvent.class).stream()
          .map(FlowNode.class::cast)
          .toList();
    }
    if (node instanceof EndEvent end) {
      boolean abrupt =
          !end.getChildElementsByType(ErrorEventDefinition.class).isEmpty()
              || !end.getChildElementsByType(TerminateEventDefinition.class).isEmpty();
      if (!abrupt && end.getParentElement() instanceof SubProcess sub) {
        return taken(sub, a);
      }
      return List.of();
    }
    return taken(node, a);
  }

  private List<FlowNode> taken(FlowNode node, Application a) {
    SequenceFlow defaultFlow =
        node instanceof ExclusiveGateway x
            ? x.getDefault()
            : node instanceof InclusiveGateway i ? i.getDefault() : null;
    List<FlowNode> next = new ArrayList<>();
    for (SequenceFlow flow : node.getOutgoing()) {
      if (flow == defaultFlow) {
        continue;
      }
      if (holds(flow.getConditionExpression(), a)) {
        next.add(flow.getTarget());
        if (node instanceof ExclusiveGateway) {
          return next;
        }
      }
    }
    if (next.isEmpty() && defaultFlow != null) {
      next.add(defaultFlow.getTarget());
    }
    return next;
  }

  private boolean holds(ConditionExpression condition, Application a) {
    if (condition == null
        || condition.getTextContent() == null
        || condition.getTextContent().isBlank()) {
      return true;
    }
    String text = condition.getTextContent().trim();
    Matcher decision = DECISION.matcher(text);
    if (decision.matches()) {
      return "APPROVE".equals(decision.group(1)) || "RESUBMIT".equals(decision.group(1));
    }
    return conditions.holds(a.processInstanceId(), text);
  }

  private ForecastStep step(
      UserTask task,
      Map<String, String> caseVariables,
      LocalDate expectedBy,
      String dueNote,
      boolean current) {
    List<String> groups =
        task.getCamundaCandidateGroups() == null
            ? List.of()
            : Arrays.stream(task.getCamundaCandidateGroups().split(","))
                .map(String::trim)
                .filter(g -> !g.isEmpty())
                .map(g -> substitute(g, caseVariables))
                .toList();
    Map<String, ForecastStep.Candidate> candidates = new LinkedHashMap<>();
    if (task.getCamundaAssignee() != null) {
      String assignee = substitute(task.getCamundaAssignee(), caseVariables);
      candidates.put(assignee, new ForecastStep.Candidate(assignee, name(assignee, null)));
    }
    for (String group : groups) {
      for (User user :
          identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        candidates.putIfAbsent(
            user.getId(), new ForecastStep.Candidate(user.getId(), name(user.getId(), user)));
      }
    }
    return new ForecastStep(
        task.getId(),
        task.getName(),
        groups,
        List.copyOf(candidates.values()),
        expectedBy,
        dueNote,
        current);
  }

  private String name(String userId, User user) {
    String name = org.userName(userId);
    if (name != null) {
      return name;
    }
    return user == null || user.getFirstName() == null ? userId : user.getFirstName();
  }

  private static String substitute(String expression, Map<String, String> variables) {
    Matcher m = VARIABLE.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(variables.getOrDefault(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
