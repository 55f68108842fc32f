package cn.affairs.approval.admin;

import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the running cases of one version to another with Camunda's migration API: steps with the
 * same id map to each other, the admin maps a removed step to another one, and a case standing on a
 * step with no mapping stops the whole migration, naming the step. Tasks keep their id, claim and
 * due date; a task moved to a different step takes that step's name and candidate groups. Our own
 * case rows follow (the version a case runs on).
 */
@Service
class CaseMigration {

  /** Request body of {@code POST /api/admin/processes/{key}/migrate}. */
  record Request(
      Integer fromVersion, Integer toVersion, Map<String, String> mapping, Boolean dryRun) {}

  /** The answer: every running case, the mapping, the problems, and how many cases moved. */
  record Result(
      String key,
      int fromVersion,
      int toVersion,
      List<Instance> instances,
      Map<String, String> mapping,
      List<Problem> problems,
      int migrated) {}

  /** A running case of the original version and the steps it stands on. */
  record Instance(
      String applicationId, String processInstanceId, List<String> activityIds, List<Step> steps) {}

  /** A step a case stands on and the step of the target version it maps to (null: none). */
  record Step(String activityId, String name, String mappedTo, String mappedToName) {}

  /** A step with no mapping: the migration cannot run. */
  record Problem(String applicationId, String activityId, String message) {}

  private static final Pattern VARIABLE =
      Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  private final ProcessDeployments deployments;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ApplicationLifecycle applications;
  private final AuditLog audit;

  CaseMigration(
      ProcessDeployments deployments,
      RepositoryService repository,
      RuntimeService runtime,
      TaskService tasks,
      ApplicationLifecycle applications,
      AuditLog audit) {
    this.deployments = deployments;
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.applications = applications;
    this.audit = audit;
  }

  @Transactional
  Result migrate(CurrentUser user, String key, Request request) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (request.fromVersion() == null) {
      fields.put("fromVersion", "请指定要迁移的原版本");
    }
    if (!fields.isEmpty()) {
      throw ApiException.invalid(fields);
    }
    ProcessDefinition from = deployments.definition(key, request.fromVersion());
    if (!Boolean.TRUE.equals(request.dryRun())) {
      deployments.lock(key);
    }
    ProcessDefinition to = deployments.definition(key, request.toVersion());
    if (from.getId().equals(to.getId())) {
      throw ApiException.invalid("toVersion", "目标版本与原版本相同");
    }
    BpmnModelInstance source = repository.getBpmnModelInstance(from.getId());
    BpmnModelInstance target = repository.getBpmnModelInstance(to.getId());
    Map<String, String> requested = request.mapping() == null ? Map.of() : request.mapping();
    for (Map.Entry<String, String> m : requested.entrySet()) {
      if (!(source.getModelElementById(m.getKey()) instanceof FlowNode)) {
        fields.put("mapping." + m.getKey(), "第 " + from.getVersion() + " 版中没有环节 " + m.getKey());
      }
      if (!(target.getModelElementById(m.getValue()) instanceof FlowNode)) {
        fields.put("mapping." + m.getKey(), "第 " + to.getVersion() + " 版中没有环节 " + m.getValue());
      }
    }
    if (!fields.isEmpty()) {
      throw ApiException.invalid(fields);
    }
    Map<String, String> mapping = mapping(source, target, requested);

    List<Instance> instances = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<ProcessInstance> running =
        runtime.createProcessInstanceQuery().processDefinitionId(from.getId()).list();
    for (ProcessInstance instance : running) {
      List<Step> steps = new ArrayList<>();
      for (String activityId : activeActivities(instance.getId())) {
        String mapped = mapping.get(activityId);
        steps.add(
            new Step(
                activityId,
                nameOf(source, activityId),
                mapped,
                mapped == null ? null : nameOf(target, mapped)));
        if (mapped == null) {
          problems.add(
              new Problem(
                  instance.getBusinessKey(),
                  activityId,
                  "申请 "
                      + instance.getBusinessKey()
                      + " 停在「"
                      + nameOf(source, activityId)
                      + "」（"
                      + activityId
                      + "），第 "
                      + to.getVersion()
                      + " 版中没有同 id 的环节，须为它指定对应的环节"));
        }
      }
      instances.add(
          new Instance(
              instance.getBusinessKey(),
              instance.getId(),
              steps.stream().map(Step::activityId).toList(),
              steps));
    }

    if (Boolean.TRUE.equals(request.dryRun())) {
      return new Result(key, from.getVersion(), to.getVersion(), instances, mapping, problems, 0);
    }
    if (!problems.isEmpty()) {
      Map<String, String> unmapped = new LinkedHashMap<>();
      for (Problem p : problems) {
        unmapped.merge("mapping." + p.activityId(), p.message(), (a, b) -> a + "；" + b);
      }
      throw new ApiException(
          org.springframework.http.HttpStatus.BAD_REQUEST,
          "MIGRATION_REFUSED",
          "有 " + problems.size() + " 处运行中的环节在新版本中没有对应环节，未迁移任何申请",
          unmapped);
    }
    if (running.isEmpty()) {
      throw ApiException.conflict("第 " + from.getVersion() + " 版没有运行中的申请，无需迁移");
    }

    Map<String, TaskState> before = new LinkedHashMap<>();
    for (Task task : tasks.createTaskQuery().processDefinitionId(from.getId()).list()) {
      before.put(
          task.getId(),
          new TaskState(task.getTaskDefinitionKey(), task.getAssignee(), task.getDueDate()));
    }
    MigrationPlanBuilder builder = runtime.createMigrationPlan(from.getId(), to.getId());
    mapping.forEach(builder::mapActivities);
    try {
      MigrationPlan plan = builder.build();
      runtime
          .newMigration(plan)
          .processInstanceIds(running.stream().map(ProcessInstance::getId).toList())
          .execute();
    } catch (MigrationPlanValidationException e) {
      List<String> failures = new ArrayList<>();
      e.getValidationReport()
          .getInstructionReports()
          .forEach(
              r ->
                  r.getFailures()
                      .forEach(
                          f ->
                              failures.add(
                                  r.getMigrationInstruction().getSourceActivityId()
                                      + "→"
                                      + r.getMigrationInstruction().getTargetActivityId()
                                      + "："
                                      + f)));
      throw ApiException.badRequest("流程引擎不能按此对应关系迁移：" + String.join("；", failures));
    } catch (MigratingProcessInstanceValidationException e) {
      List<String> failures = new ArrayList<>(e.getValidationReport().getFailures());
      e.getValidationReport()
          .getActivityInstanceReports()
          .forEach(r -> r.getFailures().forEach(f -> failures.add(r.getSourceScopeId() + "：" + f)));
      throw ApiException.badRequest("流程引擎不能迁移申请：" + String.join("；", failures));
    }
    retargetMovedTasks(target, before);
    for (ProcessInstance instance : running) {
      applications.moveToVersion(instance.getBusinessKey(), instance.getId(), to.getVersion());
    }
    audit.record(
        "MIGRATE",
        user.id(),
        null,
        key,
        "将 "
            + deployments.familyName(key)
            + " 第 "
            + from.getVersion()
            + " 版的 "
            + running.size()
            + " 件运行中申请迁移到第 "
            + to.getVersion()
            + " 版",
        Map.of("version", from.getVersion(), "instances", instances),
        Map.of("version", to.getVersion(), "mapping", mapping));
    return new Result(
        key, from.getVersion(), to.getVersion(), instances, mapping, problems, running.size());
  }

  private record TaskState(String activityId, String assignee, java.util.Date due) {}

  /**
   * A task moved to a step with another id takes that step's name and candidate groups (with the
   * case's unit and government put in); its holder keeps it only when the new step has no groups.
   */
  private void retargetMovedTasks(BpmnModelInstance target, Map<String, TaskState> before) {
    for (Map.Entry<String, TaskState> entry : before.entrySet()) {
      Task task = tasks.createTaskQuery().taskId(entry.getKey()).singleResult();
      if (task == null || task.getTaskDefinitionKey().equals(entry.getValue().activityId())) {
        continue;
      }
      if (!(target.getModelElementById(task.getTaskDefinitionKey()) instanceof UserTask step)) {
        continue;
      }
      task.setName(step.getName());
      task.setDueDate(entry.getValue().due());
      String groups = step.getCamundaCandidateGroups();
      if (groups != null && !groups.isBlank()) {
        task.setAssignee(null);
      }
      tasks.saveTask(task);
      for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
        }
      }
      if (groups != null && !groups.isBlank()) {
        Map<String, Object> variables = runtime.getVariables(task.getExecutionId());
        for (String group : groups.split(",")) {
          tasks.addCandidateGroup(task.getId(), substitute(group.trim(), variables));
        }
      }
    }
  }

  private static String substitute(String expression, Map<String, Object> variables) {
    Matcher m = VARIABLE.matcher(expression);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = variables.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Source → target activity for every step a case can wait in: same ids, then the admin's choices.
   */
  static Map<String, String> mapping(
      BpmnModelInstance source, BpmnModelInstance target, Map<String, String> requested) {
    Map<String, String> mapping = new LinkedHashMap<>();
    for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
      if (!isWaitState(node)) {
        continue;
      }
      if (requested.containsKey(node.getId())) {
        mapping.put(node.getId(), requested.get(node.getId()));
      } else if (target.getModelElementById(node.getId()) instanceof FlowNode same
          && same.getElementType().equals(node.getElementType())) {
        mapping.put(node.getId(), node.getId());
      }
    }
    return mapping;
  }

  private static boolean isWaitState(FlowNode node) {
    return node instanceof UserTask
        || node instanceof ReceiveTask
        || node instanceof IntermediateCatchEvent
        || node instanceof BoundaryEvent
        || node instanceof EventBasedGateway
        || node instanceof ParallelGateway
        || node instanceof InclusiveGateway
        || node instanceof SubProcess
        || node instanceof CallActivity;
  }

  /** The steps a case stands on now (activity instances and waiting transitions, no duplicates). */
  private Set<String> activeActivities(String processInstanceId) {
    Set<String> ids = new LinkedHashSet<>();
    ActivityInstance root = runtime.getActivityInstance(processInstanceId);
    if (root != null) {
      collect(root, ids, true);
    }
    return ids;
  }

  private static void collect(ActivityInstance instance, Set<String> ids, boolean root) {
    if (!root) {
      ids.add(instance.getActivityId());
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids, false);
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      ids.add(transition.getActivityId());
    }
  }

  private static String nameOf(BpmnModelInstance model, String id) {
    return model.getModelElementById(id) instanceof FlowNode node && node.getName() != null
        ? node.getName()
        : id;
  }
}
