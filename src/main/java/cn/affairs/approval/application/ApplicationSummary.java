package cn.affairs.approval.application;

import java.time.LocalDateTime;

/** One row of a case list (申请列表); {@code currentStep} names the open steps, or null. */
public record ApplicationSummary(
    String id,
    String processKey,
    String processName,
    String title,
    String unitCode,
    String unitName,
    ApplicationStatus status,
    String statusLabel,
    String currentStep,
    LocalDateTime createdAt,
    LocalDateTime decidedAt,
    boolean overdue) {}
