package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationService;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.FormValidator;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 待办 and 已办: the task list, claiming, and decisions. Each action is one transaction. */
@Service
class ApprovalTasks {

  private final TaskService tasks;
  private final HistoryService history;
  private final ApplicationService applicationService;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final CheckResultMapper checkResults;
  private final Checks checks;
  private final ProcessFamilies families;
  private final OrgMapper org;
  private final ObjectMapper json;
  private final Clock clock;

  ApprovalTasks(TaskService tasks, HistoryService history, ApplicationService applicationService,
      ApplicationMapper applications, DecisionLog decisions, CheckResultMapper checkResults, Checks checks,
      ProcessFamilies families, OrgMapper org, ObjectMapper json, Clock clock) {
    this.tasks = tasks;
    this.history = history;
    this.applicationService = applicationService;
    this.applications = applications;
    this.decisions = decisions;
    this.checkResults = checkResults;
    this.checks = checks;
    this.families = families;
    this.org = org;
    this.json = json;
    this.clock = clock;
  }

  // ---- lists --------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  Map<String, Object> open(CurrentUser user, int page, int size) {
    checkPaging(page, size);
    TaskQuery query = tasks.createTaskQuery().or().taskAssignee(user.id())
        .taskCandidateGroupIn(user.groups().isEmpty() ? List.of("-") : user.groups()).endOr();
    long total = query.count();
    List<Task> found = query.orderByTaskCreateTime().desc().listPage(page * size, size);
    Map<String, Application> byInstance = applicationsOf(found.stream().map(Task::getProcessInstanceId).toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Task task : found) {
      Map<String, Object> item = item(task.getId(), task.getTaskDefinitionKey(), task.getName(),
          byInstance.get(task.getProcessInstanceId()));
      item.put("created", task.getCreateTime());
      item.put("due", task.getDueDate());
      item.put("dueNote", applicationService.dueNote(task.getId()));
      item.put("overdue", task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.instant()));
      item.put("assignee", task.getAssignee());
      item.put("assigneeName", task.getAssignee() == null ? null : org.userName(task.getAssignee()));
      items.add(item);
    }
    return page(items, total, page, size);
  }

  @Transactional(readOnly = true)
  Map<String, Object> done(CurrentUser user, int page, int size) {
    checkPaging(page, size);
    var query = history.createHistoricTaskInstanceQuery().taskAssignee(user.id()).finished();
    long total = query.count();
    List<HistoricTaskInstance> found = query.orderByHistoricTaskInstanceEndTime().desc().listPage(page * size, size);
    Map<String, Application> byInstance = applicationsOf(found.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (HistoricTaskInstance task : found) {
      Application a = byInstance.get(task.getProcessInstanceId());
      Map<String, Object> item = item(task.getId(), task.getTaskDefinitionKey(), task.getName(), a);
      item.put("status", a == null ? null : a.status());
      item.put("created", task.getStartTime());
      item.put("completed", task.getEndTime());
      item.put("due", task.getDueDate());
      items.add(item);
    }
    return page(items, total, page, size);
  }

  /** The fields a task list item has for open and done tasks alike. */
  private Map<String, Object> item(String id, String taskKey, String name, Application a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("taskKey", taskKey);
    item.put("name", name);
    item.put("applicationId", a == null ? null : a.id());
    item.put("processKey", a == null ? null : a.processKey());
    item.put("title", a == null ? null : a.title());
    item.put("unitCode", a == null ? null : a.unitCode());
    item.put("unitName", a == null ? null : unitName(a.unitCode()));
    return item;
  }

  // ---- form of one task ---------------------------------------------------------------------

  /** What the portal renders to act on a task: the decisions it offers and its step-form fields. */
  @Transactional(readOnly = true)
  Map<String, Object> form(CurrentUser user, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw missing(taskId);
    }
    Application application = applicationOf(task);
    ProcessFamily family = families.find(application.processKey())
        .orElseThrow(() -> new IllegalStateException("no family " + application.processKey()));
    boolean revise = ApplicationService.REVISE_TASK.equals(task.getTaskDefinitionKey());
    if (revise) {
      if (!user.id().equals(task.getAssignee())) {
        throw ApiException.forbidden("只有申请人可以修改或撤回该申请");
      }
    } else {
      requireCandidate(user, task);
    }
    List<Decision> offered = revise ? List.of(Decision.RESUBMIT, Decision.WITHDRAW)
        : List.of(Decision.APPROVE, Decision.REJECT, Decision.RETURN);
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("taskId", task.getId());
    form.put("taskKey", task.getTaskDefinitionKey());
    form.put("name", task.getName());
    form.put("applicationId", application.id());
    form.put("assignee", task.getAssignee());
    form.put("decisions", offered.stream().map(d -> Map.of("value", d.name(), "label", d.label(),
        "commentRequired", d == Decision.REJECT || d == Decision.RETURN)).toList());
    form.put("failedChecks", checks.overriddenAt(task.getTaskDefinitionKey(),
        checkResults.currentFailures(application.id())).size());
    form.put("fields", revise ? family.form().fields() : family.stepForm(task.getTaskDefinitionKey()).fields());
    if (revise) {
      form.put("values", applicationService.view(user, application.id()).form());
    }
    return form;
  }

  // ---- claim --------------------------------------------------------------------------------

  @Transactional
  ApplicationView claim(CurrentUser user, String taskId) {
    Task task = lockedTask(user, taskId);
    requireCandidate(user, task);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
      throw ApiException.conflict("该待办已由" + org.userName(task.getAssignee()) + "签收");
    }
    if (task.getAssignee() == null) {
      tasks.claim(taskId, user.id());
    }
    return applicationService.view(user, applicationOf(task).id());
  }

  // ---- complete -----------------------------------------------------------------------------

  @Transactional
  ApplicationView complete(CurrentUser user, String taskId, CompleteRequest request) {
    Task task = lockedTask(user, taskId);
    Application application = applicationOf(task);
    ProcessFamily family = families.find(application.processKey())
        .orElseThrow(() -> new IllegalStateException("no family " + application.processKey()));
    boolean revise = ApplicationService.REVISE_TASK.equals(task.getTaskDefinitionKey());
    if (revise) {
      if (!user.id().equals(task.getAssignee())) {
        throw ApiException.forbidden("只有申请人可以修改或撤回该申请");
      }
    } else {
      requireCandidate(user, task);
      if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
        throw ApiException.conflict("该待办已由" + org.userName(task.getAssignee()) + "签收，不能由他人办理");
      }
    }

    Decision decision = parseDecision(request.decision(), revise);
    String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
    if (comment != null && comment.length() > 2000) {
      throw ApiException.invalid("comment", "意见不能超过 2000 字");
    }
    if ((decision == Decision.REJECT || decision == Decision.RETURN) && comment == null) {
      throw ApiException.invalid("comment", decision == Decision.REJECT ? "不同意时须填写理由" : "退回时须说明需修改的内容");
    }
    boolean override = false;
    if (decision == Decision.APPROVE && !checks.overriddenAt(task.getTaskDefinitionKey(),
        checkResults.currentFailures(application.id())).isEmpty()) {
      if (comment == null) {
        throw ApiException.invalid("comment", "该申请有不符合标准的审查结果，同意时须在意见中说明理由");
      }
      override = true;
    }

    ObjectNode stepForm = null;
    if (decision == Decision.RESUBMIT) {
      stepForm = applicationService.validateForm(family, request.form(), user);
      applicationService.reviseForm(application.id(), family.title(stepForm), write(stepForm));
    } else if (!revise) {
      stepForm = validateStepForm(family, task.getTaskDefinitionKey(), decision, request.form(), application);
    }

    if (task.getAssignee() == null) {
      tasks.setAssignee(taskId, user.id());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    decisions.insert(new DecisionRecord(null, application.id(), taskId, task.getTaskDefinitionKey(), task.getName(),
        user.id(), decision, comment, override, stepForm == null || stepForm.isEmpty() ? null : write(stepForm), now));
    tasks.complete(taskId, Map.of("decision", decision.name()));
    applicationService.refreshStatus(application.id());
    return applicationService.view(user, application.id());
  }

  private ObjectNode validateStepForm(ProcessFamily family, String taskKey, Decision decision, JsonNode form,
      Application application) {
    FormSpec spec = family.stepForm(taskKey);
    if (spec.fields().isEmpty()) {
      return null;
    }
    FormSpec effective = decision == Decision.APPROVE ? spec
        : new FormSpec(spec.fields().stream().map(f -> f.optional()).toList());
    FormValidator.Result result = FormValidator.validate(effective, form);
    Map<String, String> errors = new LinkedHashMap<>(result.errors());
    if (errors.isEmpty() && decision == Decision.APPROVE) {
      errors.putAll(family.validateStep(taskKey, result.form(), application));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return result.form();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * Finds the task, locks its case, and reads the task again: a second request racing the first
   * waits for the lock and then finds the task done (409), never a half-done or double effect.
   */
  private Task lockedTask(CurrentUser user, String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw missing(taskId);
    }
    Application application = applicationOf(task);
    applicationService.lockedForAction(user, application.id());
    Task current = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (current == null) {
      throw missing(taskId);
    }
    return current;
  }

  private ApiException missing(String taskId) {
    boolean existed = history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
    return existed ? ApiException.conflict("该待办已办理完毕或已失效") : ApiException.notFound("待办 " + taskId + " 不存在");
  }

  private Application applicationOf(Task task) {
    Application application = applications.findByProcessInstance(task.getProcessInstanceId());
    if (application == null) {
      throw ApiException.notFound("该待办不属于任何申请");
    }
    return application;
  }

  private void requireCandidate(CurrentUser user, Task task) {
    if (user.id().equals(task.getAssignee())) {
      return;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (user.id().equals(link.getUserId()) || (link.getGroupId() != null && user.groups().contains(link.getGroupId()))) {
        return;
      }
    }
    throw ApiException.forbidden("无权办理该待办");
  }

  private static Decision parseDecision(String value, boolean revise) {
    List<Decision> allowed = revise ? List.of(Decision.RESUBMIT, Decision.WITHDRAW)
        : List.of(Decision.APPROVE, Decision.REJECT, Decision.RETURN);
    if (value == null || value.isBlank()) {
      throw ApiException.invalid("decision", "请选择处理意见");
    }
    for (Decision d : allowed) {
      if (d.name().equals(value)) {
        return d;
      }
    }
    String names = allowed.stream().map(d -> d.label() + "(" + d.name() + ")").collect(Collectors.joining("、"));
    throw ApiException.invalid("decision", "该环节的处理意见只能是：" + names);
  }

  private Map<String, Application> applicationsOf(List<String> processInstanceIds) {
    Map<String, Application> result = new LinkedHashMap<>();
    if (!processInstanceIds.isEmpty()) {
      for (Application a : applications.findByProcessInstances(processInstanceIds.stream().distinct().toList())) {
        result.put(a.processInstanceId(), a);
      }
    }
    return result;
  }

  /** The task lists show which unit applied; approvers of a government see many units. */
  private String unitName(String code) {
    var unit = org.unit(code);
    return unit == null ? code : unit.name();
  }

  private static void checkPaging(int page, int size) {
    if (page < 0) {
      throw ApiException.invalid("page", "页码不能小于 0");
    }
    if (size < 1 || size > 200) {
      throw ApiException.invalid("size", "每页条数须在 1 到 200 之间");
    }
  }

  private static Map<String, Object> page(List<Map<String, Object>> items, long total, int page, int size) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("items", items);
    result.put("total", total);
    result.put("page", page);
    result.put("size", size);
    return result;
  }

  private String write(JsonNode node) {
    try {
      return json.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
