package cn.affairs.approval.audit;

import java.time.LocalDateTime;

/** One row of the audit log: who changed what, when, with the state before and after as JSON. */
public record AuditEntry(
    Long id,
    String type,
    String actor,
    String govCode,
    String subject,
    String summary,
    String beforeJson,
    String afterJson,
    LocalDateTime at) {}
