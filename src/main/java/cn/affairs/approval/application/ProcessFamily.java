package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One process family: its BPMN key, its application form, and the step forms of its tasks. Each
 * family package contributes one Spring bean implementing this.
 */
public interface ProcessFamily {

  /** The BPMN process key, e.g. {@code office-space-construction}. */
  String key();

  /** The Chinese name users see. */
  String name();

  String description();

  /** Business-key prefix, e.g. {@code BG} gives BG-2026-0001. */
  String keyPrefix();

  FormSpec form();

  /**
   * Rules across fields and against the registers that the field descriptions cannot state (e.g.
   * {@code annualRent} only for LEASE). Returns field name → Chinese message; empty when valid. May
   * normalise {@code form} (e.g. drop a field that does not apply).
   */
  default Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    return Map.of();
  }

  /** The list title of an application, e.g. the project name. */
  String title(JsonNode form);

  /**
   * The articles of the two seed regulations that this family's BPMN steps enforce (BPMN activity
   * id → articles such as {@code 办法 第十八条}); checks declare theirs with {@code @StandardsRule}.
   * Feeds the regulation map; a test fails when an id here is not in the family's BPMN.
   */
  default Map<String, List<String>> stepArticles() {
    return Map.of();
  }

  /** Extra fields of a user task's form; their "required" applies when the decision is APPROVE. */
  default FormSpec stepForm(String taskDefinitionKey) {
    return FormSpec.EMPTY;
  }

  /**
   * Why the applicant may not withdraw a case that no approver has decided yet (e.g. a change that
   * already took effect), in Chinese; null when they may. Withdrawal is then refused with 409.
   */
  default String withdrawRefusal(Application application) {
    return null;
  }

  /**
   * Keeps what an approved step recorded that later steps need (a final price, an allocation, a
   * completion) in the family's own typed table, in the transaction of the decision. The decision
   * log keeps the step form too, but only as the timeline shows it: nothing reads it back.
   */
  default void recordStep(String taskDefinitionKey, ObjectNode stepForm, Application application) {}

  /** Cross-field rules of a step form on APPROVE, like {@link #crossValidate}. */
  default Map<String, String> validateStep(
      String taskDefinitionKey, ObjectNode stepForm, Application application) {
    return Map.of();
  }

  /**
   * What the case changes in a register, before and after (shown on the case page and in the
   * timeline); null when the family changes no figures.
   */
  default Comparison comparison(Application application) {
    return null;
  }

  /**
   * What a decision is called at a step: 同意/不同意/退回修改 where a step decides, the step's own words
   * where it records (集中采购's APPROVE is 采购完成).
   */
  default String decisionLabel(String taskDefinitionKey, Decision decision) {
    return decision.label();
  }

  /**
   * Names of the register rows that form fields hold by value, by field name then value (e.g. plan
   * item ids → their descriptions), so that the timeline shows names, not ids.
   */
  default Map<String, Map<String, String>> valueLabels(Application application) {
    return Map.of();
  }
}
