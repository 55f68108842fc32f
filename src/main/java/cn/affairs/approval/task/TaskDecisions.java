package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationSubmissions;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.CaseDocuments;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.application.FormJson;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.FormValidator;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claiming a task and deciding it (同意、不同意、退回; 修改申请's resubmit). Each action is one transaction. */
@Service
class TaskDecisions {

  private final TaskService tasks;
  private final TaskAccess access;
  private final ApplicationSubmissions submissions;
  private final ApplicationLifecycle lifecycle;
  private final ApplicationDetails details;
  private final DecisionLog decisions;
  private final CheckResultMapper checkResults;
  private final Checks checks;
  private final ProcessFamilies families;
  private final OrgMapper org;
  private final FormJson json;
  private final Clock clock;
  private final CaseDocuments documents;
  private final AddedSigners signers;
  private final CaseCopies copies;
  private final ApprovalOverFailures approvalOverFailures;

  TaskDecisions(
      TaskService tasks,
      TaskAccess access,
      ApplicationSubmissions submissions,
      ApplicationLifecycle lifecycle,
      ApplicationDetails details,
      DecisionLog decisions,
      CheckResultMapper checkResults,
      Checks checks,
      ProcessFamilies families,
      OrgMapper org,
      FormJson json,
      Clock clock,
      CaseDocuments documents,
      AddedSigners signers,
      CaseCopies copies,
      ApprovalOverFailures approvalOverFailures) {
    this.copies = copies;
    this.signers = signers;
    this.tasks = tasks;
    this.access = access;
    this.submissions = submissions;
    this.lifecycle = lifecycle;
    this.details = details;
    this.decisions = decisions;
    this.checkResults = checkResults;
    this.checks = checks;
    this.families = families;
    this.org = org;
    this.json = json;
    this.clock = clock;
    this.documents = documents;
    this.approvalOverFailures = approvalOverFailures;
  }

  @Transactional
  ApplicationView claim(CurrentUser user, String taskId) {
    Task task = access.locked(user, taskId);
    access.requireCandidate(user, task);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
      throw ApiException.conflict("该待办已由" + org.userName(task.getAssignee()) + "签收");
    }
    if (task.getAssignee() == null) {
      tasks.claim(taskId, user.id());
    }
    return details.view(user, access.applicationOf(task).id());
  }

  @Transactional
  ApplicationView complete(CurrentUser user, String taskId, CompleteRequest request) {
    Task task = access.locked(user, taskId);
    Application application = access.applicationOf(task);
    ProcessFamily family =
        families
            .find(application.processKey())
            .orElseThrow(() -> new IllegalStateException("no family " + application.processKey()));
    boolean revise = TaskAccess.isRevise(task);
    access.requireActor(user, task);
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw user.id().equals(task.getAssignee())
          ? ApiException.forbidden("被委派人只能答复意见，不能作出决定")
          : ApiException.conflict("该待办已委派征求意见，待被委派人答复后再办理");
    }
    if (!revise && task.getAssignee() != null && !task.getAssignee().equals(user.id())) {
      throw ApiException.conflict("该待办已由" + org.userName(task.getAssignee()) + "签收，不能由他人办理");
    }
    if (!revise) {
      signers.requireHolderMayDecide(task);
    }
    List<String> cc = revise ? List.of() : copies.validate(request.cc(), application);

    Decision decision = parseDecision(request.decision(), TaskForms.decisions(task));
    String comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().trim();
    if (comment != null && comment.length() > 2000) {
      throw ApiException.invalid("comment", "意见不能超过 2000 字");
    }
    if ((decision == Decision.REJECT || decision == Decision.RETURN) && comment == null) {
      throw ApiException.invalid(
          "comment", decision == Decision.REJECT ? "不同意时须填写理由" : "退回时须说明需修改的内容");
    }
    ApprovalOverFailures.Judgement overFailures =
        decision != Decision.APPROVE
            ? null
            : approvalOverFailures.judge(
                task,
                checks.overriddenAt(
                    task.getTaskDefinitionKey(), checkResults.currentFailures(application.id())));
    boolean override = overFailures != null && overFailures.overFailures();
    if (override && comment == null) {
      throw ApiException.invalid("comment", "该申请有不符合标准的审查结果，同意时须在意见中说明理由");
    }

    ObjectNode stepForm = null;
    if (decision == Decision.RESUBMIT) {
      stepForm = submissions.validateForm(family, request.form(), user);
      lifecycle.reviseForm(application.id(), family.title(stepForm), json.write(stepForm));
    } else if (!revise) {
      stepForm =
          validateStepForm(
              family, task.getTaskDefinitionKey(), decision, request.form(), application);
    }

    if (decision == Decision.APPROVE || decision == Decision.RESUBMIT) {
      documents.requireAtStep(
          application.id(),
          application.processKey(),
          decision == Decision.RESUBMIT ? stepForm : json.read(application.formJson()),
          task.getTaskDefinitionKey());
    }
    if (decision == Decision.APPROVE && stepForm != null && !stepForm.isEmpty()) {
      family.recordStep(task.getTaskDefinitionKey(), stepForm, application);
    }
    if (task.getAssignee() == null) {
      tasks.setAssignee(taskId, user.id());
    }
    LocalDateTime now = LocalDateTime.now(clock);
    decisions.insert(
        new DecisionRecord(
            null,
            application.id(),
            taskId,
            task.getTaskDefinitionKey(),
            task.getName(),
            user.id(),
            decision,
            comment,
            override,
            stepForm == null || stepForm.isEmpty() ? null : json.write(stepForm),
            now));
    if (override) {
      approvalOverFailures.record(overFailures, application, task, user, comment, now);
    }
    if (!revise) {
      copies.copyAtDecision(application, task, user.id(), cc, comment);
    }
    if (!revise && signers.holderDecided(task, decision)) {
      return details.view(
          user, application.id()); // 后加签: the step passes once the added signers approve
    }
    tasks.complete(taskId, Map.of("decision", decision.name()));
    lifecycle.refreshStatus(application.id());
    return details.view(user, application.id());
  }

  /** A step's own fields: required when the decision is APPROVE, optional otherwise. */
  private ObjectNode validateStepForm(
      ProcessFamily family,
      String taskKey,
      Decision decision,
      JsonNode form,
      Application application) {
    FormSpec spec = family.stepForm(taskKey);
    if (spec.fields().isEmpty()) {
      return null;
    }
    FormSpec effective =
        decision == Decision.APPROVE
            ? spec
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

  private static Decision parseDecision(String value, List<Decision> allowed) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid("decision", "请选择处理意见");
    }
    for (Decision d : allowed) {
      if (d.name().equals(value)) {
        return d;
      }
    }
    String names =
        allowed.stream()
            .map(d -> d.label() + "(" + d.name() + ")")
            .collect(Collectors.joining("、"));
    throw ApiException.invalid("decision", "该环节的处理意见只能是：" + names);
  }
}
