package cn.affairs.approval.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The BPMN a case runs on, with the activities it is at and those it has passed, and the task
 * actions (转办、委派、加签 ...) taken at its steps, to be marked on them.
 */
public record CaseDiagram(
    String bpmnXml,
    Set<String> activeActivityIds,
    Set<String> completedActivityIds,
    List<StepAction> actions) {

  /** A task action at an activity of the diagram. */
  public record StepAction(
      String activityId, Decision decision, String label, String user, LocalDateTime at) {}
}
