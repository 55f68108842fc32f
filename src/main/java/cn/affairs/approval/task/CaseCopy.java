package cn.affairs.approval.task;

import java.time.LocalDateTime;

/** A case copied to one user (抄送); see {@code case_copy} in V80. */
record CaseCopy(
    Long id,
    String applicationId,
    String taskId,
    String stepName,
    String userId,
    String viaGroup,
    String fromUser,
    String commentText,
    LocalDateTime copiedAt,
    LocalDateTime readAt) {}
