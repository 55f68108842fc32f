package cn.affairs.approval.application;

import java.time.LocalDateTime;

/** One entry of a case's timeline. {@code overrideFail}: approved although a check had failed. */
public record DecisionRecord(
    Long id,
    String applicationId,
    String taskId,
    String step,
    String stepName,
    String userId,
    Decision decision,
    String commentText,
    boolean overrideFail,
    String formJson,
    LocalDateTime decidedAt) {}
