package cn.affairs.approval.task;

import java.time.LocalDateTime;

/** One approver added to a step (加签); see {@code added_signer} in V80. */
record AddedSigner(
    Long id,
    String applicationId,
    String taskId,
    String subtaskId,
    String userId,
    String signOrder,
    String status,
    String addedBy,
    LocalDateTime addedAt,
    LocalDateTime decidedAt) {

  static final String BEFORE = "BEFORE";
  static final String AFTER = "AFTER";
  static final String WAITING = "WAITING";
  static final String OPEN = "OPEN";

  boolean active() {
    return WAITING.equals(status) || OPEN.equals(status);
  }
}
