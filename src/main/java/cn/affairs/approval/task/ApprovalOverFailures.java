package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.check.CheckOverride;
import cn.affairs.approval.check.CheckOverrides;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * What an APPROVE may do over the case's failed rules (issue 15). A prohibition ({@link
 * RuleKind#PROHIBITION}) blocks it at every step. A figure exceeded ({@link RuleKind#FIGURE}) may
 * be approved over only by the body its article names ({@link StandardsRule#overridableBy()}), with
 * a reason; that override is recorded with who and on what authority. A step before that body (one
 * from which a step of the body can still be reached) may pass the case on with a reason (上报, shown
 * as an approval over a FAIL, not recorded as an override); a step after which the named body never
 * comes may not approve at all.
 */
@Component
class ApprovalOverFailures {

  /** The outcome for one APPROVE: whether it needs a reason, and the overrides it makes. */
  record Judgement(boolean overFailures, List<StandardsRule> overridden, Role authority) {}

  private final Checks checks;
  private final CheckOverrides overrides;
  private final TaskService tasks;
  private final RepositoryService repository;

  ApprovalOverFailures(
      Checks checks, CheckOverrides overrides, TaskService tasks, RepositoryService repository) {
    this.checks = checks;
    this.overrides = overrides;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** Throws 400 (field {@code decision}) when this step may not approve over the failures. */
  Judgement judge(Task task, List<String> failedRules) {
    if (failedRules.isEmpty()) {
      return new Judgement(false, List.of(), null);
    }
    List<StandardsRule> rules =
        failedRules.stream().map(checks::rule).flatMap(java.util.Optional::stream).toList();
    List<StandardsRule> prohibitions =
        rules.stream().filter(r -> r.kind() == RuleKind.PROHIBITION).toList();
    if (!prohibitions.isEmpty()) {
      throw ApiException.invalid(
          "decision",
          prohibitions.stream()
                  .map(r -> "「" + r.name() + "」（" + String.join("、", r.articles()) + "）")
                  .collect(Collectors.joining("、"))
              + "不符合禁止性规定，任何环节都不得同意；请退回申请人修改或不同意");
    }
    Set<Role> here = rolesOf(task);
    List<StandardsRule> overridden = new ArrayList<>();
    Role authority = null;
    List<String> refused = new ArrayList<>();
    for (StandardsRule rule : rules) {
      Set<Role> named = named(rule);
      Role acting = here.stream().filter(named::contains).findFirst().orElse(null);
      if (acting != null) {
        overridden.add(rule);
        authority = acting;
      } else if (named.isEmpty() || !reachable(task, named)) {
        refused.add(
            "「"
                + rule.name()
                + "」（"
                + String.join("、", rule.articles())
                + "）"
                + (named.isEmpty()
                    ? "不得超出标准，条文未规定可批准超标准的机关"
                    : "超出标准，只能由" + labels(named) + "批准，本申请已不再经过" + labels(named)));
      }
    }
    if (!refused.isEmpty()) {
      throw ApiException.invalid("decision", String.join("；", refused) + "：本环节不能同意，请退回申请人修改或不同意");
    }
    return new Judgement(true, overridden, authority);
  }

  /** Records the overrides of a judged APPROVE: who, at which step, on what authority. */
  void record(
      Judgement judgement,
      Application application,
      Task task,
      CurrentUser user,
      String comment,
      LocalDateTime at) {
    for (StandardsRule rule : judgement.overridden()) {
      overrides.record(
          new CheckOverride(
              null,
              application.id(),
              rule.id(),
              task.getId(),
              task.getTaskDefinitionKey(),
              user.id(),
              judgement.authority().name(),
              judgement.authority().label() + "（依 " + String.join("、", rule.articles()) + "）",
              comment,
              at));
    }
  }

  private static Set<Role> named(StandardsRule rule) {
    return rule.overridableBy().length == 0
        ? Set.of()
        : EnumSet.copyOf(Arrays.asList(rule.overridableBy()));
  }

  private static String labels(Set<Role> roles) {
    return roles.stream().map(Role::label).collect(Collectors.joining("或"));
  }

  private Set<Role> rolesOf(Task task) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        Role role = Role.ofGroup(link.getGroupId());
        if (role != null) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  /** Whether a user task of one of {@code roles} follows this task in the diagram (any path). */
  private boolean reachable(Task task, Set<Role> roles) {
    BpmnModelInstance model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
    FlowNode start = model.getModelElementById(task.getTaskDefinitionKey());
    Deque<FlowNode> open = new ArrayDeque<>(List.of(start));
    Set<String> seen = new HashSet<>();
    while (!open.isEmpty()) {
      FlowNode node = open.pop();
      for (SequenceFlow flow : node.getOutgoing()) {
        FlowNode next = flow.getTarget();
        if (ApplicationLifecycle.REVISE_TASK.equals(next.getId()) || !seen.add(next.getId())) {
          continue;
        }
        if (next instanceof UserTask user && user != start && ofRoles(user, roles)) {
          return true;
        }
        open.push(next);
      }
    }
    return false;
  }

  private static boolean ofRoles(UserTask task, Set<Role> roles) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null) {
      return false;
    }
    for (String group : groups.split(",")) {
      String trimmed = group.trim().replace("}", "");
      for (Role role : roles) {
        if (trimmed.endsWith("." + role.name())) {
          return true;
        }
      }
    }
    return false;
  }
}
