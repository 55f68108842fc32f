package cn.affairs.approval.application;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One case as its page shows it: the form, the open steps, the checks, the timeline, the diagram.
 */
@Service
public class ApplicationDetails {

  private final ProcessFamilies families;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final CheckResultMapper checkResults;
  private final Checks checks;
  private final OrgMapper org;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final HistoryService history;
  private final FormJson json;
  private final Clock clock;
  private final ApplicationLifecycle lifecycle;

  ApplicationDetails(
      ProcessFamilies families,
      ApplicationMapper applications,
      DecisionLog decisions,
      CheckResultMapper checkResults,
      Checks checks,
      OrgMapper org,
      TaskService tasks,
      RepositoryService repository,
      HistoryService history,
      FormJson json,
      Clock clock,
      ApplicationLifecycle lifecycle) {
    this.lifecycle = lifecycle;
    this.families = families;
    this.applications = applications;
    this.decisions = decisions;
    this.checkResults = checkResults;
    this.checks = checks;
    this.org = org;
    this.tasks = tasks;
    this.repository = repository;
    this.history = history;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ApplicationView detail(CurrentUser user, String id) {
    return view(user, id);
  }

  /** The detail view, inside the caller's transaction (after the changes of its action). */
  public ApplicationView view(CurrentUser user, String id) {
    Application a = visible(user, id);
    List<ApplicationView.Step> steps = new ArrayList<>();
    if (a.status().isOpen() && a.processInstanceId() != null) {
      for (Task task :
          tasks
              .createTaskQuery()
              .processInstanceId(a.processInstanceId())
              .orderByTaskCreateTime()
              .asc()
              .list()) {
        steps.add(step(task));
      }
    }
    List<ApplicationView.CheckView> checkViews = new ArrayList<>();
    for (CheckResult r : checkResults.current(id)) {
      checkViews.add(
          new ApplicationView.CheckView(
              r.ruleName(),
              checks.ruleName(r.ruleName()),
              r.verdict(),
              r.message(),
              r.basis(),
              json.read(r.factsJson()),
              r.step(),
              r.checkedAt()));
    }
    ProcessFamily family = families.find(a.processKey()).orElse(null);
    Map<String, Map<String, String>> valueLabels =
        family == null ? Map.of() : family.valueLabels(a);
    List<ApplicationView.TimelineEntry> timeline = new ArrayList<>();
    for (DecisionRecord d : decisions.timeline(id)) {
      JsonNode form = json.read(d.formJson());
      timeline.add(
          new ApplicationView.TimelineEntry(
              d.stepName(),
              d.step(),
              d.userId(),
              org.userName(d.userId()),
              d.decision(),
              family == null || d.step() == null
                  ? d.decision().label()
                  : family.decisionLabel(d.step(), d.decision()),
              d.commentText(),
              d.overrideFail(),
              form,
              timelineFields(family, d, form, valueLabels),
              d.decidedAt()));
    }
    Unit unit = org.unit(a.unitCode());
    return new ApplicationView(
        a.id(),
        a.processKey(),
        family == null ? a.processKey() : family.name(),
        a.processVersion(),
        a.title(),
        new ApplicationView.UnitRef(unit.code(), unit.name()),
        new ApplicationView.UserRef(a.applicant(), org.userName(a.applicant())),
        a.status(),
        lifecycle.statusLabel(a),
        json.read(a.formJson()),
        steps,
        checkViews,
        timeline,
        a.createdAt(),
        a.decidedAt(),
        a.overdue(),
        family == null ? null : family.comparison(a),
        valueLabels,
        automaticSteps(a, checkViews));
  }

  /** The activity types the engine completes without a person. */
  private static final Set<String> AUTOMATIC =
      Set.of("serviceTask", "scriptTask", "businessRuleTask", "sendTask");

  /**
   * The automatic steps of every process instance of the case (a case restarted after being sent
   * back keeps its business key), oldest first; a standards check's latest run carries its current
   * verdict.
   */
  private List<ApplicationView.AutomaticStep> automaticSteps(
      Application a, List<ApplicationView.CheckView> checkViews) {
    List<HistoricActivityInstance> done = new ArrayList<>();
    for (var instance :
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(a.id()).list()) {
      history
          .createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId())
          .finished()
          .list()
          .stream()
          .filter(h -> AUTOMATIC.contains(h.getActivityType()))
          .forEach(done::add);
    }
    done.sort(
        Comparator.comparing(HistoricActivityInstance::getEndTime)
            .thenComparing(HistoricActivityInstance::getStartTime));
    Map<String, Integer> latest = new HashMap<>();
    for (int i = 0; i < done.size(); i++) {
      latest.put(done.get(i).getActivityId(), i);
    }
    ZoneId zone = clock.getZone();
    List<ApplicationView.AutomaticStep> steps = new ArrayList<>();
    for (int i = 0; i < done.size(); i++) {
      HistoricActivityInstance h = done.get(i);
      String outcome = "已自动完成";
      if (latest.get(h.getActivityId()) == i) {
        for (ApplicationView.CheckView c : checkViews) {
          if (h.getActivityId().equals(c.step())) {
            outcome = c.ruleName() + "：" + c.verdict().label() + "。" + c.message();
            break;
          }
        }
      }
      steps.add(
          new ApplicationView.AutomaticStep(
              h.getActivityName() == null ? "系统自动处理" : h.getActivityName(),
              h.getActivityId(),
              outcome,
              LocalDateTime.ofInstant(h.getEndTime().toInstant(), zone)));
    }
    return steps;
  }

  /**
   * A timeline entry's form as its reader reads it: the application form's labels for a
   * resubmission, the step form's for a step; task actions keep their ids for API clients only.
   */
  private static List<FormTexts.Labelled> timelineFields(
      ProcessFamily family,
      DecisionRecord d,
      JsonNode form,
      Map<String, Map<String, String>> valueLabels) {
    if (family == null || form == null || !form.isObject() || d.decision().isTaskAction()) {
      return List.of();
    }
    FormSpec spec =
        d.decision() == Decision.RESUBMIT || d.decision() == Decision.SUBMIT
            ? family.form()
            : family.stepForm(d.step());
    return FormTexts.of(spec.fields(), form, valueLabels);
  }

  private ApplicationView.Step step(Task task) {
    List<String> groups =
        tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .toList();
    boolean overdue =
        task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.instant());
    return new ApplicationView.Step(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        groups,
        task.getAssignee(),
        task.getAssignee() == null ? null : org.userName(task.getAssignee()),
        task.getDueDate(),
        overdue,
        lifecycle.dueNote(task.getId()));
  }

  /**
   * The case's BPMN with the steps it stands on and has passed. After Camunda's history cleanup has
   * removed the instance's history (history time to live), the diagram is found by the case's
   * process key and version, and the steps passed are those of its timeline (our own table).
   */
  @Transactional(readOnly = true)
  public CaseDiagram diagram(CurrentUser user, String id) {
    Application a = visible(user, id);
    var instance =
        a.processInstanceId() == null
            ? null
            : history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(a.processInstanceId())
                .singleResult();
    String definitionId =
        instance != null ? instance.getProcessDefinitionId() : definitionOf(a).getId();
    String xml;
    try (InputStream in = repository.getProcessModel(definitionId)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("BPMN of " + id + " cannot be read", e);
    }
    List<DecisionRecord> timeline = decisions.timeline(id);
    Set<String> active;
    Set<String> completed;
    if (instance != null) {
      List<HistoricActivityInstance> activities =
          history
              .createHistoricActivityInstanceQuery()
              .processInstanceId(a.processInstanceId())
              .list();
      active = activityIds(activities, true);
      completed = activityIds(activities, false);
    } else {
      active = new LinkedHashSet<>();
      completed =
          timeline.stream()
              .filter(d -> !d.decision().isTaskAction())
              .map(DecisionRecord::step)
              .collect(Collectors.toCollection(LinkedHashSet::new));
    }
    List<CaseDiagram.StepAction> actions = new ArrayList<>();
    for (DecisionRecord d : timeline) {
      if (d.decision().isTaskAction()) {
        actions.add(
            new CaseDiagram.StepAction(
                d.step(),
                d.decision(),
                d.decision().label(),
                org.userName(d.userId()),
                d.decidedAt()));
      }
    }
    return new CaseDiagram(xml, active, completed, actions);
  }

  /** The deployed process version a case ran on (its row names key and version). */
  private ProcessDefinition definitionOf(Application a) {
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(a.processKey());
    ProcessDefinition definition =
        a.processVersion() == null
            ? query.latestVersion().singleResult()
            : query.processDefinitionVersion(a.processVersion()).singleResult();
    if (definition == null) {
      throw ApiException.notFound("申请 " + a.id() + " 的流程图已不存在");
    }
    return definition;
  }

  private static Set<String> activityIds(List<HistoricActivityInstance> activities, boolean open) {
    return activities.stream()
        .filter(h -> (h.getEndTime() == null) == open)
        .map(HistoricActivityInstance::getActivityId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private Application visible(CurrentUser user, String id) {
    Application a = applications.find(id);
    if (a == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    ApplicationAccess.requireView(user, a);
    return a;
  }
}
