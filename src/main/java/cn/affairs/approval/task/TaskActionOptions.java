package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.task.TaskCandidates.Action;
import cn.affairs.approval.task.TaskItems.Candidate;
import cn.affairs.approval.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a user may do with a task besides deciding it, and whom they may pick for it. */
@Service
class TaskActionOptions {

  private final TaskAccess access;
  private final TaskCandidates candidates;
  private final CaseCopies copies;

  TaskActionOptions(TaskAccess access, TaskCandidates candidates, CaseCopies copies) {
    this.copies = copies;
    this.access = access;
    this.candidates = candidates;
  }

  @Transactional(readOnly = true)
  List<Candidate> candidates(CurrentUser user, String taskId, Action action) {
    Task task = access.open(taskId);
    Application application = access.applicationOf(task);
    if (action == Action.CC) {
      access.requireActor(user, task);
      return copies.candidates(application, user.id());
    }
    if (action == Action.REASSIGN) {
      if (!mayReassign(user, application)) {
        throw ApiException.forbidden("只有本级机关事务管理部门领导或系统管理员可以改派待办");
      }
    } else {
      access.requireHolder(user, task);
    }
    return candidates.of(action, task, application, user.id());
  }

  static boolean mayReassign(CurrentUser user, Application application) {
    return user.isAdmin()
        || (user.has(Role.BUREAU_DIRECTOR) && user.govCode().equals(application.govCode()));
  }

  /**
   * The actions the task page offers the user, by the names of their endpoints: {@code decide},
   * {@code claim}, {@code unclaim}, {@code transfer}, {@code delegate}, {@code resolve}, {@code
   * reassign}, {@code add-signers}, {@code cc} (copy with the decision).
   */
  List<String> actions(CurrentUser user, Task task, Application application) {
    List<String> actions = new ArrayList<>();
    boolean revise = TaskAccess.isRevise(task);
    boolean pending = task.getDelegationState() == DelegationState.PENDING;
    boolean mine = user.id().equals(task.getAssignee());
    if (AddedSigners.isSignerTask(task)) {
      return mine ? List.of("decide") : List.of();
    }
    if (pending) {
      if (mine) {
        actions.add("resolve");
      }
    } else if (revise) {
      if (mine) {
        actions.add("decide");
      }
    } else if (isCandidate(user, task)) {
      if (task.getAssignee() == null) {
        actions.add("claim");
      }
      if (task.getAssignee() == null || mine) {
        actions.add("decide");
        actions.add("transfer");
        actions.add("delegate");
        actions.add("add-signers");
        actions.add("cc");
      }
      if (mine) {
        actions.add("unclaim");
      }
    }
    if (!pending && mayReassign(user, application)) {
      actions.add("reassign");
    }
    return actions;
  }

  private boolean isCandidate(CurrentUser user, Task task) {
    try {
      access.requireCandidate(user, task);
      return true;
    } catch (ApiException notCandidate) {
      return false;
    }
  }
}
