package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting an application: its form validated, its case row written, its process started, in one
 * transaction.
 */
@Service
public class ApplicationSubmissions {

  private final ProcessFamilies families;
  private final ApplicationMapper applications;
  private final DecisionLog decisions;
  private final BusinessKeys businessKeys;
  private final ApplicationLifecycle lifecycle;
  private final ApplicationDetails details;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final FormJson json;
  private final Clock clock;
  private final CaseDocuments documents;

  ApplicationSubmissions(
      ProcessFamilies families,
      ApplicationMapper applications,
      DecisionLog decisions,
      BusinessKeys businessKeys,
      ApplicationLifecycle lifecycle,
      ApplicationDetails details,
      RuntimeService runtime,
      RepositoryService repository,
      FormJson json,
      Clock clock,
      CaseDocuments documents) {
    this.families = families;
    this.applications = applications;
    this.decisions = decisions;
    this.businessKeys = businessKeys;
    this.lifecycle = lifecycle;
    this.details = details;
    this.runtime = runtime;
    this.repository = repository;
    this.json = json;
    this.clock = clock;
    this.documents = documents;
  }

  @Transactional
  public ApplicationView start(CurrentUser user, String processKey, JsonNode form) {
    return start(user, processKey, form, null, List.of());
  }

  @Transactional
  public ApplicationView start(
      CurrentUser user, String processKey, JsonNode form, String submissionKey) {
    return start(user, processKey, form, submissionKey, List.of());
  }

  /**
   * Starts a case. {@code submissionKey} (the client's Idempotency-Key, optional) makes a repeated
   * submission of the same form a 409 naming the case it already started, never a second case.
   * {@code attachmentIds} are the applicant's uploads made for this form before the case existed.
   */
  @Transactional
  public ApplicationView start(
      CurrentUser user,
      String processKey,
      JsonNode form,
      String submissionKey,
      List<String> attachmentIds) {
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
    ProcessFamily family =
        families
            .find(processKey)
            .orElseThrow(() -> ApiException.invalid("processKey", "未知的审批事项：" + processKey));
    ObjectNode clean = validateForm(family, form, user);
    lifecycle.requireStartable(family);
    LocalDateTime now = LocalDateTime.now(clock);
    String id = businessKeys.next(family.keyPrefix(), now.getYear());
    Unit unit = user.unit();
    applications.insert(
        Application.submitted(
            id,
            family.key(),
            family.title(clean),
            unit.code(),
            unit.govCode(),
            user.id(),
            json.write(clean),
            now));
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            null,
            "StartEvent_Submitted",
            "提交申请",
            user.id(),
            Decision.SUBMIT,
            null,
            false,
            null,
            now));
    documents.submitted(user, family.key(), clean, id, attachmentIds);
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", id);
    variables.put("unitCode", unit.code());
    variables.put("govCode", unit.govCode());
    variables.put("applicant", user.id());
    ProcessInstance instance = runtime.startProcessInstanceByKey(family.key(), id, variables);
    int version = repository.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
    applications.updateStarted(id, instance.getId(), version);
    if (submissionKey != null) {
      applications.updateSubmissionKey(
          id, submissionKey); // unique: a racing duplicate fails here (409)
    }
    lifecycle.refreshStatus(id);
    return details.view(user, id);
  }

  /**
   * Validates a whole application form: the fields and the rules across fields that its schema
   * states, then the family's rules in code (registers, today's date); every wrong field at once.
   */
  public ObjectNode validateForm(ProcessFamily family, JsonNode form, CurrentUser applicant) {
    FormValidator.Result result = checkForm(family, form, applicant);
    if (!result.valid()) {
      throw ApiException.invalid(result.errors());
    }
    return result.form();
  }

  /**
   * The validation of {@link #validateForm} without refusing: the clean form and every field error
   * (预审).
   */
  public FormValidator.Result checkForm(
      ProcessFamily family, JsonNode form, CurrentUser applicant) {
    FormValidator.Result result = FormValidator.validate(family.form(), form);
    Map<String, String> errors = new LinkedHashMap<>(result.errors());
    if (errors.isEmpty()) {
      errors.putAll(family.crossValidate(result.form(), applicant));
    } else {
      // The rules in code that can be judged on the fields that are valid are reported too. A rule
      // that needs a field that is missing or wrong cannot be judged yet (it fails on the absent
      // value); the user sees it once that field is corrected.
      try {
        family.crossValidate(result.form(), applicant).forEach(errors::putIfAbsent);
      } catch (RuntimeException cannotJudgeYet) {
        // the field errors above already tell the user what to correct first
      }
    }
    return new FormValidator.Result(result.form(), errors);
  }
}
