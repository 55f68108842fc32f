package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.task.TaskItems.Candidate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may be picked for a task action. 转办 and 改派 stay within the step's own candidates (its role
 * groups, which carry the case's government or unit), so the new holder could have claimed the task
 * anyway; the applicant's 修改申请 goes to the 经办人 of the applicant's unit. 委派 and 加签 go to the
 * holder's colleagues (same unit) and the step's candidates, admins excepted; 加签 also to the people
 * of the deciding bodies (bureau, finance, DRC, government) of the case's government.
 */
@Component
class TaskCandidates {

  enum Action {
    TRANSFER,
    REASSIGN,
    DELEGATE,
    ADD_SIGNERS,
    CC
  }

  private final TaskService tasks;
  private final IdentityService identity;
  private final OrgMapper org;

  TaskCandidates(TaskService tasks, IdentityService identity, OrgMapper org) {
    this.tasks = tasks;
    this.identity = identity;
    this.org = org;
  }

  static Action action(String value) {
    if (value != null) {
      for (Action a : Action.values()) {
        if (a.name().replace('_', '-').equalsIgnoreCase(value)) {
          return a;
        }
      }
    }
    throw cn.affairs.approval.web.ApiException.invalid(
        "action", "action 只能是 transfer、reassign、delegate、add-signers 或 cc");
  }

  /** The candidates, without the holder and the user asking. */
  List<Candidate> of(Action action, Task task, Application application, String userId) {
    Set<String> ids = new LinkedHashSet<>();
    switch (action) {
      case TRANSFER, REASSIGN -> ids.addAll(stepCandidates(task, application));
      case CC ->
          throw new IllegalArgumentException("copies have their own candidates (CaseCopies)");
      case DELEGATE, ADD_SIGNERS -> {
        String holder = holder(task);
        String unit = org.userUnit(holder == null ? userId : holder);
        if (unit != null) {
          ids.addAll(org.usersOfUnit(unit));
        }
        ids.addAll(stepCandidates(task, application));
        if (action == Action.ADD_SIGNERS) {
          // an added approver may come from any deciding body of the case's government
          for (Unit body : org.units()) {
            if (body.govCode().equals(application.govCode()) && !"AGENCY".equals(body.kind())) {
              ids.addAll(org.usersOfUnit(body.code()));
            }
          }
        }
        ids.remove(application.applicant());
        Set<String> admins = new LinkedHashSet<>();
        addMembers(admins, Role.ADMIN.group(null));
        ids.removeAll(admins); // system administrators run the system, they do not give opinions
      }
    }
    ids.remove(userId);
    ids.remove(holder(task));
    List<Candidate> result = new ArrayList<>();
    for (String id : ids) {
      String unitCode = org.userUnit(id);
      if (unitCode == null) {
        continue;
      }
      Unit unit = org.unit(unitCode);
      result.add(
          new Candidate(id, org.userName(id), unitCode, unit == null ? unitCode : unit.name()));
    }
    return result;
  }

  boolean allows(
      Action action, Task task, Application application, String userId, String candidate) {
    return of(action, task, application, userId).stream().anyMatch(c -> c.id().equals(candidate));
  }

  /** The holder: the owner while the task is delegated, else the assignee. */
  static String holder(Task task) {
    return task.getDelegationState() == DelegationState.PENDING
        ? task.getOwner()
        : task.getAssignee();
  }

  private Set<String> stepCandidates(Task task, Application application) {
    Set<String> ids = new LinkedHashSet<>();
    if (TaskAccess.isRevise(task)) {
      addMembers(ids, Role.UNIT_STAFF.group(application.unitCode()));
      return ids;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        ids.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        addMembers(ids, link.getGroupId());
      }
    }
    return ids;
  }

  private void addMembers(Set<String> ids, String groupId) {
    for (User u : identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
      ids.add(u.getId());
    }
  }
}
