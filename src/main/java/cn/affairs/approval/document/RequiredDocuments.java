package cn.affairs.approval.document;

import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.CaseDocuments;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

/**
 * The documents each family requires (affairs.documents.required, each with the article that
 * requires it): listed for the form, and checked at submission and at the step that needs them.
 * Runs inside the submitting or deciding action's transaction.
 */
@Service
class RequiredDocuments implements CaseDocuments {

  private final AttachmentMapper attachments;
  private final DocumentProperties properties;
  private final ProcessFamilies families;
  private final RepositoryService repository;

  RequiredDocuments(
      AttachmentMapper attachments,
      DocumentProperties properties,
      ProcessFamilies families,
      RepositoryService repository) {
    this.attachments = attachments;
    this.properties = properties;
    this.families = families;
    this.repository = repository;
  }

  /** A document a family requires, where it is needed ({@code step} null: at submission). */
  record Needed(
      String type,
      String name,
      String basis,
      String description,
      String step,
      String stepName,
      Map<String, List<String>> when) {}

  /** The documents a family requires, with the article and the step that needs each. */
  List<Needed> required(String processKey) {
    if (families.find(processKey).isEmpty()) {
      throw ApiException.notFound("审批事项 " + processKey + " 不存在");
    }
    List<Needed> result = new ArrayList<>();
    for (RequiredDocument d : properties.requiredFor(processKey)) {
      result.add(
          new Needed(
              d.type(),
              d.name(),
              d.basis(),
              d.description(),
              d.atSubmission() ? null : d.step(),
              d.atSubmission() ? "提交申请" : stepName(processKey, d.step()),
              d.when()));
    }
    return result;
  }

  private String stepName(String processKey, String taskKey) {
    var definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      return taskKey;
    }
    var element = repository.getBpmnModelInstance(definition.getId()).getModelElementById(taskKey);
    return element == null ? taskKey : element.getAttributeValue("name");
  }

  @Override
  public void submitted(
      CurrentUser applicant,
      String processKey,
      JsonNode form,
      String applicationId,
      List<String> attachmentIds) {
    Set<String> ids = new LinkedHashSet<>(attachmentIds == null ? List.of() : attachmentIds);
    if (!ids.isEmpty()) {
      List<Attachment> staged = attachments.staged(applicant.id(), ids);
      Set<String> found = staged.stream().map(Attachment::id).collect(Collectors.toSet());
      List<String> unknown = ids.stream().filter(id -> !found.contains(id)).toList();
      if (!unknown.isEmpty()) {
        throw ApiException.invalid(
            "attachments", "附件不存在、不是您上传的或已随其他申请提交：" + String.join("、", unknown));
      }
      List<String> otherFamily =
          staged.stream()
              .filter(s -> !s.processKey().equals(processKey))
              .map(Attachment::name)
              .toList();
      if (!otherFamily.isEmpty()) {
        throw ApiException.invalid(
            "attachments", "以下附件是为其他审批事项上传的：" + String.join("、", otherFamily));
      }
      if (attachments.updateApplication(applicationId, ids) != ids.size()) {
        throw ApiException.conflict("附件已随其他申请提交，请刷新后重试");
      }
    }
    requireDocuments(applicationId, processKey, form, null);
  }

  @Override
  public void requireAtStep(
      String applicationId, String processKey, JsonNode form, String taskKey) {
    requireDocuments(
        applicationId,
        processKey,
        form,
        ApplicationLifecycle.REVISE_TASK.equals(taskKey) ? null : taskKey);
  }

  /** {@code step} null: the documents required at submission. */
  private void requireDocuments(
      String applicationId, String processKey, JsonNode form, String step) {
    Set<String> present =
        attachments.ofApplication(applicationId).stream()
            .map(Attachment::documentType)
            .filter(t -> t != null)
            .collect(Collectors.toSet());
    List<String> missing = new ArrayList<>();
    for (RequiredDocument d : properties.requiredFor(processKey)) {
      boolean atThisPoint = step == null ? d.atSubmission() : step.equals(d.step());
      if (atThisPoint && d.appliesTo(form) && !present.contains(d.type())) {
        missing.add(d.name() + "（" + d.basis() + "）");
      }
    }
    if (!missing.isEmpty()) {
      throw ApiException.invalid("attachments", "缺少必备材料：" + String.join("、", missing));
    }
  }

  String documentName(String processKey, String documentType) {
    if (documentType == null) {
      return null;
    }
    return properties.requiredFor(processKey).stream()
        .filter(d -> d.type().equals(documentType))
        .map(RequiredDocument::name)
        .findFirst()
        .orElse(documentType);
  }
}
