package cn.affairs.approval.application;

import cn.affairs.approval.check.Verdict;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The detail of an application as api.md describes it; {@code overdue} marks the applying unit as
 * late with a duty of its own (an emergency plan change filed after its fifteen working days, 条例
 * 第三十八条), while a step's {@code overdue} is that step past its due date; {@code comparison} is what
 * the case changes in a register, before and after; {@code valueLabels} name the register rows that
 * form fields hold by id (field name → value → name); {@code automaticSteps} are the steps the
 * engine did by itself (checks, register writes, automatic send-backs), which the portal shows in
 * the timeline among the people's entries by time.
 */
public record ApplicationView(
    String id,
    String processKey,
    String processName,
    Integer processVersion,
    String title,
    UnitRef unit,
    UserRef applicant,
    ApplicationStatus status,
    String statusLabel,
    JsonNode form,
    List<Step> currentSteps,
    List<CheckView> checks,
    List<TimelineEntry> timeline,
    LocalDateTime createdAt,
    LocalDateTime decidedAt,
    boolean overdue,
    @JsonInclude(JsonInclude.Include.NON_NULL) Comparison comparison,
    Map<String, Map<String, String>> valueLabels,
    List<AutomaticStep> automaticSteps) {

  public record UnitRef(String code, String name) {}

  /**
   * A step the engine did by itself, named as the diagram names it; {@code outcome} is the check's
   * verdict and message when the step is a standards check whose result is current, else what was
   * done ({@code 已自动完成}).
   */
  public record AutomaticStep(String step, String stepKey, String outcome, LocalDateTime at) {}

  public record UserRef(String id, String name) {}

  public record Step(
      String taskId,
      String taskKey,
      String name,
      List<String> candidateGroups,
      String assignee,
      String assigneeName,
      Date due,
      boolean overdue,
      String dueNote) {}

  public record CheckView(
      String rule,
      String ruleName,
      Verdict verdict,
      String message,
      String basis,
      JsonNode facts,
      String step,
      LocalDateTime checkedAt) {}

  public record TimelineEntry(
      String step,
      String stepKey,
      String userId,
      String user,
      Decision decision,
      String decisionLabel,
      String comment,
      boolean override,
      JsonNode form,
      List<FormTexts.Labelled> fields,
      LocalDateTime at) {}
}
