package cn.affairs.approval.application;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, listing, showing and withdrawing applications. Each public method is one transaction. */
@Service
public class ApplicationService {

  /** The applicant's "修改申请" task has this id in every family's BPMN. */
  public static final String REVISE_TASK = "Task_ReviseApplication";

  /** The task-local variable in which the due-date listener notes a year whose calendar is not entered. */
  public static final String DUE_NOTE = "dueNote";

  /** The status label of a running case whose process version an admin suspended. */
  public static final String SUSPENDED_LABEL = "已挂起";

  private final ProcessFamilies families;
  private final ApplicationMapper applications;
  private final DecisionLogMapper decisions;
  private final CheckResultMapper checkResults;
  private final Checks checks;
  private final BusinessKeys businessKeys;
  private final OrgMapper org;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final HistoryService history;
  private final ObjectMapper json;
  private final Clock clock;

  ApplicationService(ProcessFamilies families, ApplicationMapper applications, DecisionLogMapper decisions,
      CheckResultMapper checkResults, Checks checks, BusinessKeys businessKeys, OrgMapper org, RuntimeService runtime,
      TaskService tasks, RepositoryService repository, HistoryService history, ObjectMapper json, Clock clock) {
    this.families = families;
    this.applications = applications;
    this.decisions = decisions;
    this.checkResults = checkResults;
    this.checks = checks;
    this.businessKeys = businessKeys;
    this.org = org;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.history = history;
    this.json = json;
    this.clock = clock;
  }

  // ---- start --------------------------------------------------------------------------------

  @Transactional
  public ApplicationView start(CurrentUser user, String processKey, JsonNode form) {
    return start(user, processKey, form, null);
  }

  /**
   * Starts a case. {@code submissionKey} (the client's Idempotency-Key, optional) makes a repeated
   * submission of the same form a 409 naming the case it already started, never a second case.
   */
  @Transactional
  public ApplicationView start(CurrentUser user, String processKey, JsonNode form, String submissionKey) {
    if (!user.has(Role.UNIT_STAFF)) {
      throw ApiException.forbidden("只有单位经办人可以提交申请");
    }
    if (submissionKey != null) {
      if (submissionKey.isBlank() || submissionKey.length() > 64) {
        throw ApiException.invalid("Idempotency-Key", "提交标识须为 1 到 64 个字符");
      }
      String existing = applications.findBySubmissionKey(user.id(), submissionKey);
      if (existing != null) {
        throw ApiException.conflict("该申请已提交（" + existing + "），请勿重复提交");
      }
    }
    ProcessFamily family = families.find(processKey)
        .orElseThrow(() -> ApiException.invalid("processKey", "未知的审批事项：" + processKey));
    ObjectNode clean = validateForm(family, form, user);
    requireStartable(family);
    LocalDateTime now = LocalDateTime.now(clock);
    String id = businessKeys.next(family.keyPrefix(), now.getYear());
    Unit unit = user.unit();
    applications.insert(Application.submitted(id, family.key(), family.title(clean), unit.code(), unit.govCode(),
        user.id(), write(clean), now));
    decisions.insert(new DecisionRecord(null, id, null, "StartEvent_Submitted", "提交申请", user.id(), Decision.SUBMIT,
        null, false, null, now));
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", id);
    variables.put("unitCode", unit.code());
    variables.put("govCode", unit.govCode());
    variables.put("applicant", user.id());
    ProcessInstance instance = runtime.startProcessInstanceByKey(family.key(), id, variables);
    ProcessDefinition definition = repository.getProcessDefinition(instance.getProcessDefinitionId());
    applications.updateStarted(id, instance.getId(), definition.getVersion());
    if (submissionKey != null) {
      applications.updateSubmissionKey(id, submissionKey); // unique: a racing duplicate fails here (409)
    }
    refreshStatus(id);
    return view(user, id);
  }

  /** Validates a whole application form: field rules, then the family's cross-field rules. */
  public ObjectNode validateForm(ProcessFamily family, JsonNode form, CurrentUser applicant) {
    FormValidator.Result result = FormValidator.validate(family.form(), form);
    Map<String, String> errors = new LinkedHashMap<>(result.errors());
    if (errors.isEmpty()) {
      errors.putAll(family.crossValidate(result.form(), applicant));
    } else {
      // Name every wrong field at once: the cross-field rules that can be judged on the fields that
      // are valid are reported too. A rule that needs a field that is missing or wrong cannot be
      // judged yet (it fails on the absent value); the user sees it once that field is corrected.
      try {
        family.crossValidate(result.form(), applicant).forEach(errors::putIfAbsent);
      } catch (RuntimeException cannotJudgeYet) {
        // the field errors above already tell the user what to correct first
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return result.form();
  }

  // ---- list ---------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Map<String, Object> list(CurrentUser user, String scope, ApplicationStatus status, String processKey,
      int page, int size) {
    if (page < 0) {
      throw ApiException.invalid("page", "页码不能小于 0");
    }
    if (size < 1 || size > 200) {
      throw ApiException.invalid("size", "每页条数须在 1 到 200 之间");
    }
    String effectiveScope = scope != null ? scope
        : user.seesWholeGovernment() ? "all" : user.has(Role.UNIT_HEAD) ? "unit" : "mine";
    ApplicationQuery query = switch (effectiveScope) {
      case "mine" -> new ApplicationQuery(user.id(), null, null, status, processKey, page * size, size);
      case "unit" -> new ApplicationQuery(null, user.unitCode(), null, status, processKey, page * size, size);
      case "all" -> {
        if (!user.seesWholeGovernment()) {
          throw ApiException.forbidden("只有机关事务、财政、发展改革、本级政府和管理员可查看全部申请");
        }
        yield new ApplicationQuery(null, null, user.isAdmin() ? null : user.govCode(), status, processKey,
            page * size, size);
      }
      default -> throw ApiException.invalid("scope", "范围只能是 mine、unit 或 all");
    };
    List<Application> found = applications.search(query);
    Map<String, List<String>> stepsByApplication = new HashMap<>();
    if (!found.isEmpty()) {
      Map<String, String> idByInstance = new HashMap<>();
      found.stream().filter(a -> a.processInstanceId() != null)
          .forEach(a -> idByInstance.put(a.processInstanceId(), a.id()));
      String[] keys = found.stream().map(Application::id).toArray(String[]::new);
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).list()) {
        stepsByApplication.computeIfAbsent(idByInstance.get(task.getProcessInstanceId()), k -> new ArrayList<>())
            .add(task.getName());
      }
    }
    Set<String> open = found.stream().filter(a -> a.status().isOpen() && a.processInstanceId() != null)
        .map(Application::processInstanceId).collect(Collectors.toSet());
    Set<String> suspended = open.isEmpty() ? Set.of() : runtime.createProcessInstanceQuery().processInstanceIds(open)
        .suspended().list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Application a : found) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", a.id());
      item.put("processKey", a.processKey());
      item.put("processName", families.find(a.processKey()).map(ProcessFamily::name).orElse(a.processKey()));
      item.put("title", a.title());
      item.put("unitCode", a.unitCode());
      item.put("unitName", unitName(a.unitCode()));
      item.put("status", a.status());
      item.put("statusLabel", suspended.contains(a.processInstanceId()) ? SUSPENDED_LABEL : a.status().label());
      List<String> steps = stepsByApplication.getOrDefault(a.id(), List.of());
      item.put("currentStep", steps.isEmpty() ? null : String.join("、", steps));
      item.put("createdAt", a.createdAt());
      item.put("decidedAt", a.decidedAt());
      item.put("overdue", a.overdue());
      items.add(item);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("items", items);
    result.put("total", applications.count(query));
    result.put("page", page);
    result.put("size", size);
    return result;
  }

  // ---- detail -------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public ApplicationView detail(CurrentUser user, String id) {
    return view(user, id);
  }

  /** The detail view; callers have already made the changes of their action. */
  public ApplicationView view(CurrentUser user, String id) {
    Application a = applications.find(id);
    if (a == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    ApplicationAccess.requireView(user, a);
    List<ApplicationView.Step> steps = new ArrayList<>();
    if (a.status().isOpen() && a.processInstanceId() != null) {
      for (Task task : tasks.createTaskQuery().processInstanceId(a.processInstanceId()).orderByTaskCreateTime().asc()
          .list()) {
        steps.add(step(task));
      }
    }
    List<ApplicationView.CheckView> checkViews = new ArrayList<>();
    for (CheckResult r : checkResults.current(id)) {
      checkViews.add(new ApplicationView.CheckView(r.ruleName(), checks.ruleName(r.ruleName()), r.verdict(),
          r.message(), r.basis(), read(r.factsJson()), r.step(), r.checkedAt()));
    }
    List<ApplicationView.TimelineEntry> timeline = new ArrayList<>();
    for (DecisionRecord d : decisions.timeline(id)) {
      timeline.add(new ApplicationView.TimelineEntry(d.stepName(), d.step(), d.userId(), org.userName(d.userId()),
          d.decision(), d.decision().label(), d.commentText(), d.overrideFail(),
          d.formJson() == null ? null : read(d.formJson()), d.decidedAt()));
    }
    Unit unit = org.unit(a.unitCode());
    ProcessFamily family = families.find(a.processKey()).orElse(null);
    return new ApplicationView(a.id(), a.processKey(), family == null ? a.processKey() : family.name(),
        a.processVersion(), a.title(), new ApplicationView.UnitRef(unit.code(), unit.name()),
        new ApplicationView.UserRef(a.applicant(), org.userName(a.applicant())), a.status(),
        isSuspended(a) ? SUSPENDED_LABEL : a.status().label(),
        read(a.formJson()), steps, checkViews, timeline, a.createdAt(), a.decidedAt(), a.overdue());
  }

  ApplicationView.Step step(Task task) {
    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.instant());
    return new ApplicationView.Step(task.getId(), task.getTaskDefinitionKey(), task.getName(), groups,
        task.getAssignee(), task.getAssignee() == null ? null : org.userName(task.getAssignee()), task.getDueDate(),
        overdue,
        dueNote(task.getId()));
  }

  // ---- withdraw -----------------------------------------------------------------------------

  @Transactional
  public ApplicationView withdraw(CurrentUser user, String id) {
    Application a = lockedForAction(user, id);
    if (!user.id().equals(a.applicant())) {
      throw ApiException.forbidden("只有申请人可以撤回申请");
    }
    if (a.status() != ApplicationStatus.RUNNING || decisions.approverDecisions(id) > 0) {
      throw ApiException.conflict(a.status().isOpen() ? "审批人已作出处理，不能再撤回；如被退回，可在“修改申请”中撤回"
          : "该申请已" + a.status().label() + "，不能撤回");
    }
    String refusal = families.find(a.processKey()).map(f -> f.withdrawRefusal(a)).orElse(null);
    if (refusal != null) {
      throw ApiException.conflict(refusal);
    }
    LocalDateTime now = LocalDateTime.now(clock);
    runtime.deleteProcessInstance(a.processInstanceId(), "申请人撤回", true);
    applications.updateStatus(id, ApplicationStatus.WITHDRAWN, now);
    decisions.insert(new DecisionRecord(null, id, null, "Withdraw", "撤回申请", user.id(), Decision.WITHDRAW, null, false,
        null, now));
    return view(user, id);
  }

  /**
   * Loads a case for an action and locks its row, so that two actions on one case (two approvers,
   * a double click) run one after the other; the second then sees what the first did.
   */
  public Application lockedForAction(CurrentUser user, String id) {
    if (applications.lock(id) == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    Application a = applications.find(id);
    ApplicationAccess.requireView(user, a);
    requireNotSuspended(a);
    return a;
  }

  /** Why a task's due date may be wrong (a year of the working-day calendar not entered), or null. */
  public String dueNote(String taskId) {
    Object note = tasks.getVariableLocal(taskId, DUE_NOTE);
    return note == null ? null : note.toString();
  }

  /** After an admin migrated a running case to another version (流程管理), the case row names it. */
  public void moveToVersion(String id, String processInstanceId, int version) {
    applications.updateStarted(id, processInstanceId, version);
  }

  /** Admins suspend a version with its cases (流程管理): new cases are refused with a clear 409. */
  private void requireStartable(ProcessFamily family) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(family.key())
        .latestVersion().singleResult();
    if (latest != null && latest.isSuspended()) {
      throw ApiException.conflict("“" + family.name() + "”的现行流程（第 " + latest.getVersion()
          + " 版）已被管理员挂起，暂不能提交新申请");
    }
  }

  /** A case whose version an admin suspended shows as 已挂起 and cannot be acted on (409). */
  private void requireNotSuspended(Application a) {
    if (isSuspended(a)) {
      throw ApiException.conflict("申请 " + a.id() + " 所在的流程版本（第 " + a.processVersion()
          + " 版）已被管理员挂起，暂不能办理；待管理员激活后再试");
    }
  }

  boolean isSuspended(Application a) {
    return a.status().isOpen() && a.processInstanceId() != null && runtime.createProcessInstanceQuery()
        .processInstanceId(a.processInstanceId()).suspended().count() > 0;
  }

  /** RUNNING or RETURNED while the process runs, derived from whether the applicant's revise task is open. */
  /** The applicant's revised form replaces the stored one (修改申请, before the checks run again). */
  public void reviseForm(String id, String title, String formJson) {
    applications.updateForm(id, title, formJson);
  }

  public void refreshStatus(String id) {
    Application a = applications.find(id);
    if (!a.status().isOpen()) {
      return;
    }
    boolean ended = runtime.createProcessInstanceQuery().processInstanceId(a.processInstanceId()).count() == 0;
    if (ended) {
      return;
    }
    boolean returned = tasks.createTaskQuery().processInstanceId(a.processInstanceId())
        .taskDefinitionKey(REVISE_TASK).count() > 0;
    ApplicationStatus status = returned ? ApplicationStatus.RETURNED : ApplicationStatus.RUNNING;
    if (status != a.status()) {
      applications.updateStatus(id, status, null);
    }
  }

  // ---- diagram ------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Map<String, Object> diagram(CurrentUser user, String id) {
    Application a = applications.find(id);
    if (a == null) {
      throw ApiException.notFound("申请 " + id + " 不存在");
    }
    ApplicationAccess.requireView(user, a);
    var instance = history.createHistoricProcessInstanceQuery().processInstanceId(a.processInstanceId()).singleResult();
    String xml;
    try (var in = repository.getProcessModel(instance.getProcessDefinitionId())) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("BPMN of " + id + " cannot be read", e);
    }
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(a.processInstanceId()).list();
    Set<String> active = activities.stream().filter(h -> h.getEndTime() == null)
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    Set<String> completed = activities.stream().filter(h -> h.getEndTime() != null)
        .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    Map<String, Object> diagram = new LinkedHashMap<>();
    diagram.put("bpmnXml", xml);
    diagram.put("activeActivityIds", active);
    diagram.put("completedActivityIds", completed);
    return diagram;
  }

  // ---- helpers ------------------------------------------------------------------------------

  String unitName(String code) {
    Unit unit = org.unit(code);
    return unit == null ? code : unit.name();
  }

  String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
