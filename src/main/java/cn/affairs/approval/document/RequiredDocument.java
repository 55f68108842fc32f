package cn.affairs.approval.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A document a family requires, as declared in {@code affairs.documents.required}: its type code
 * (what an upload names in {@code documentType}), its Chinese name, the article that requires it,
 * the step that needs it ({@code null}: the submission) and the form values it applies to ({@code
 * when}: field → values; empty: every case of the family).
 */
public record RequiredDocument(
    String type,
    String name,
    String basis,
    String step,
    String description,
    Map<String, List<String>> when) {

  public RequiredDocument {
    when = when == null ? Map.of() : Map.copyOf(when);
  }

  /** Whether the case with this form needs the document. */
  public boolean appliesTo(JsonNode form) {
    for (Map.Entry<String, List<String>> condition : when.entrySet()) {
      JsonNode value = form == null ? null : form.get(condition.getKey());
      if (value == null || value.isNull() || !condition.getValue().contains(value.asText())) {
        return false;
      }
    }
    return true;
  }

  public boolean atSubmission() {
    return step == null || step.isBlank();
  }
}
