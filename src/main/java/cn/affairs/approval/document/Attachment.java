package cn.affairs.approval.document;

import java.time.LocalDateTime;

/**
 * One uploaded file of a case: what it is (content type from its bytes, SHA-256), who added it and
 * at which step. {@code applicationId} is null while an applicant's upload waits for its
 * submission.
 */
public record Attachment(
    String id,
    String applicationId,
    String taskId,
    String taskKey,
    String stepName,
    String processKey,
    String documentType,
    String name,
    long sizeBytes,
    String contentType,
    String sha256,
    String uploadedBy,
    LocalDateTime uploadedAt) {}
