package cn.affairs.approval.message;

import java.time.LocalDateTime;

/** One message to one user. */
public record Message(
    Long id,
    String recipient,
    MessageType type,
    String applicationId,
    String taskId,
    String text,
    LocalDateTime createdAt,
    LocalDateTime readAt,
    String dedupeKey) {}
