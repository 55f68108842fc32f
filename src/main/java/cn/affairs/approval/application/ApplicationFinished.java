package cn.affairs.approval.application;

/**
 * Published (synchronously, in the ending step's transaction) when a case reaches an end event:
 * {@code status} is APPROVED, REJECTED or WITHDRAWN. Messages listen for it.
 */
public record ApplicationFinished(String applicationId, ApplicationStatus status) {}
