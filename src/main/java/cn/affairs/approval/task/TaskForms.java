package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.application.FormSchema;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.CurrentUser;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The form of one task, as {@link TaskForm} describes it. */
@Service
class TaskForms {

  private final TaskAccess access;
  private final ProcessFamilies families;
  private final ApplicationDetails details;
  private final CheckResultMapper checkResults;
  private final Checks checks;
  private final TaskActionOptions options;
  private final DecisionLog decisions;

  TaskForms(
      TaskAccess access,
      ProcessFamilies families,
      ApplicationDetails details,
      CheckResultMapper checkResults,
      Checks checks,
      TaskActionOptions options,
      DecisionLog decisions) {
    this.options = options;
    this.decisions = decisions;
    this.access = access;
    this.families = families;
    this.details = details;
    this.checkResults = checkResults;
    this.checks = checks;
  }

  /** The decisions a task offers: 修改申请 resubmits or withdraws, every other step decides. */
  static List<Decision> decisions(Task task) {
    return TaskAccess.isRevise(task)
        ? List.of(Decision.RESUBMIT, Decision.WITHDRAW)
        : List.of(Decision.APPROVE, Decision.REJECT, Decision.RETURN);
  }

  @Transactional(readOnly = true)
  TaskForm form(CurrentUser user, String taskId) {
    Task task = access.open(taskId);
    Application application = access.applicationOf(task);
    ProcessFamily family =
        families
            .find(application.processKey())
            .orElseThrow(() -> new IllegalStateException("no family " + application.processKey()));
    access.requireActor(user, task);
    boolean revise = TaskAccess.isRevise(task);
    FormSpec spec =
        revise
            ? family.form()
            : AddedSigners.isSignerTask(task)
                ? FormSpec.EMPTY
                : family.stepForm(task.getTaskDefinitionKey());
    List<TaskForm.DecisionOption> offered =
        decisions(task).stream()
            .map(
                d ->
                    new TaskForm.DecisionOption(
                        d.name(),
                        family.decisionLabel(task.getTaskDefinitionKey(), d),
                        d == Decision.REJECT || d == Decision.RETURN))
            .toList();
    int failedChecks =
        checks
            .overriddenAt(
                task.getTaskDefinitionKey(), checkResults.currentFailures(application.id()))
            .size();
    return new TaskForm(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        application.id(),
        task.getAssignee(),
        offered,
        failedChecks,
        spec.fields(),
        FormSchema.of(spec),
        revise ? details.view(user, application.id()).form() : null,
        options.actions(user, task, application),
        task.getDelegationState() == null ? null : task.getOwner(),
        notice(application.id()));
  }

  /**
   * The reason of an automatic send-back, when that is the last thing that happened to the case.
   */
  private String notice(String applicationId) {
    DecisionRecord last = null;
    for (DecisionRecord d : decisions.timeline(applicationId)) {
      if (!d.decision().isTaskAction()) {
        last = d;
      }
    }
    return last != null && last.decision() == Decision.AUTO_RETURN ? last.commentText() : null;
  }
}
