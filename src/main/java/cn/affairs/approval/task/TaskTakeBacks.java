package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: an approver takes back their own latest APPROVE while what it started has not been acted on
 * (no later decision on the case, the next step unclaimed, no register changed by a service task
 * since). Camunda's process instance modification cancels the activity instances the approval
 * started and starts the approver's step again, assigned to them. Inside the parallel DRC/finance
 * branch of office-space construction the approval waits at the join: that token is cancelled and
 * the other branch is left as it is; once the branches have joined, the approval can no longer be
 * taken back alone (409).
 */
@Service
class TaskTakeBacks {

  /** Entries that act on the case after an approval and so make it final. */
  private static final Set<Decision> LATER_ACTS =
      EnumSet.of(
          Decision.APPROVE, Decision.REJECT, Decision.RETURN, Decision.RESUBMIT, Decision.WITHDRAW);

  private final ApplicationLifecycle lifecycle;
  private final DecisionLog decisions;
  private final TaskTimeline timeline;
  private final ApplicationDetails details;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final TaskAccess access;
  private final RepositoryService repository;

  TaskTakeBacks(
      ApplicationLifecycle lifecycle,
      DecisionLog decisions,
      TaskTimeline timeline,
      ApplicationDetails details,
      RuntimeService runtime,
      HistoryService history,
      TaskService tasks,
      TaskAccess access,
      RepositoryService repository) {
    this.access = access;
    this.repository = repository;
    this.lifecycle = lifecycle;
    this.decisions = decisions;
    this.timeline = timeline;
    this.details = details;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
  }

  @Transactional
  ApplicationView takeBack(CurrentUser user, String applicationId, String rawComment) {
    Application application = lifecycle.lockedForAction(user, applicationId);
    String comment = TaskTimeline.comment(rawComment, null);
    List<DecisionRecord> entries = decisions.timeline(applicationId);
    int mine = -1;
    for (int i = entries.size() - 1; i >= 0; i--) {
      DecisionRecord e = entries.get(i);
      if (e.decision() == Decision.APPROVE && user.id().equals(e.userId())) {
        mine = i;
        break;
      }
    }
    if (mine < 0) {
      throw ApiException.forbidden("只有作出同意决定的审批人可以撤回");
    }
    DecisionRecord approval = entries.get(mine);
    for (DecisionRecord later : entries.subList(mine + 1, entries.size())) {
      if (later.decision() == Decision.TAKE_BACK && user.id().equals(later.userId())) {
        throw ApiException.conflict("该审批已经撤回");
      }
      if (LATER_ACTS.contains(later.decision())) {
        throw ApiException.conflict("后续环节已经办理，不能撤回");
      }
    }
    if (!application.status().isOpen()) {
      throw ApiException.conflict("该申请已办结，不能撤回");
    }
    String instanceId = application.processInstanceId();
    HistoricTaskInstance approved =
        history.createHistoricTaskInstanceQuery().taskId(approval.taskId()).singleResult();
    if (approved != null && approved.getProcessInstanceId() == null) {
      throw ApiException.conflict("加签审批不能撤回，请联系该环节的办理人");
    }
    ActivityInstance tree = runtime.getActivityInstance(instanceId);
    if (approved == null || approved.getEndTime() == null || tree == null) {
      throw ApiException.conflict("该申请已办结，不能撤回");
    }
    Date approvedAt = approved.getEndTime();

    HistoricActivityInstance approvedActivity =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId)
            .activityInstanceId(approved.getActivityInstanceId())
            .singleResult();
    String scope = approvedActivity.getParentActivityInstanceId();
    if (!scope.equals(tree.getId()) && find(tree, scope) == null) {
      throw ApiException.conflict("并行审批已经汇合，不能单独撤回");
    }
    // what the approval started: the activities downstream of the step up to the next user tasks
    Set<String> downstream =
        downstream(approved.getProcessDefinitionId(), approved.getTaskDefinitionKey());
    for (HistoricActivityInstance ran :
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instanceId)
            .activityType("serviceTask")
            .list()) {
      // timestamps may be whole seconds (MySQL/MariaDB): a tie counts as after, so we refuse rather
      // than undo twice
      if (downstream.contains(ran.getActivityId()) && !ran.getStartTime().before(approvedAt)) {
        throw ApiException.conflict("该同意已引起后续处理（如登记、纳入计划），不能撤回");
      }
    }
    List<ActivityInstance> next = new ArrayList<>();
    for (ActivityInstance leaf : leaves(tree)) {
      if (downstream.contains(leaf.getActivityId())) {
        next.add(leaf);
      }
    }
    if (next.isEmpty()) {
      throw ApiException.conflict("后续环节已经办理，不能撤回");
    }
    for (ActivityInstance leaf : next) {
      Task nextTask = tasks.createTaskQuery().activityInstanceIdIn(leaf.getId()).singleResult();
      if (nextTask != null && nextTask.getAssignee() != null) {
        throw ApiException.conflict("下一环节已由" + access.userName(nextTask.getAssignee()) + "签收，不能撤回");
      }
    }

    ProcessInstanceModificationBuilder modification =
        runtime.createProcessInstanceModification(instanceId);
    for (ActivityInstance leaf : next) {
      modification.cancelActivityInstance(leaf.getId());
    }
    if (scope.equals(tree.getId())) {
      modification.startBeforeActivity(approved.getTaskDefinitionKey());
    } else {
      modification.startBeforeActivity(approved.getTaskDefinitionKey(), scope);
    }
    modification.execute();

    Task again =
        tasks
            .createTaskQuery()
            .processInstanceId(instanceId)
            .taskDefinitionKey(approved.getTaskDefinitionKey())
            .orderByTaskCreateTime()
            .desc()
            .list()
            .get(0);
    tasks.setAssignee(again.getId(), user.id());
    timeline.record(
        application,
        again,
        user.id(),
        Decision.TAKE_BACK,
        comment,
        Map.of("takenBack", approval.taskId()));
    lifecycle.refreshStatus(applicationId);
    return details.view(user, applicationId);
  }

  /**
   * The flow nodes an approval at {@code taskKey} reaches before the next user tasks (included):
   * gateways, events, service tasks; out of a sub-process through its end and boundary events, into
   * one through its start events.
   */
  private Set<String> downstream(String processDefinitionId, String taskKey) {
    BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
    Set<String> seen = new LinkedHashSet<>();
    Deque<FlowNode> queue = new ArrayDeque<>();
    FlowNode start = model.getModelElementById(taskKey);
    start.getOutgoing().forEach(f -> queue.add(f.getTarget()));
    while (!queue.isEmpty()) {
      FlowNode node = queue.poll();
      if (!seen.add(node.getId()) || node instanceof UserTask) {
        continue;
      }
      node.getOutgoing().forEach(f -> queue.add(f.getTarget()));
      if (node instanceof SubProcess sub) {
        sub.getChildElementsByType(StartEvent.class).forEach(queue::add);
      }
      if (node instanceof EndEvent && node.getParentElement() instanceof SubProcess sub) {
        sub.getOutgoing().forEach(f -> queue.add(f.getTarget()));
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
          if (boundary.getAttachedTo() == sub) {
            queue.add(boundary);
          }
        }
      }
    }
    return seen;
  }

  private static List<ActivityInstance> leaves(ActivityInstance node) {
    List<ActivityInstance> result = new ArrayList<>();
    for (ActivityInstance child : node.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0) {
        result.add(child);
      } else {
        result.addAll(leaves(child));
      }
    }
    return result;
  }

  private static ActivityInstance find(ActivityInstance node, String id) {
    if (node.getId().equals(id)) {
      return node;
    }
    for (ActivityInstance child : node.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
