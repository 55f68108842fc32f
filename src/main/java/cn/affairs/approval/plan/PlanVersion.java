package cn.affairs.approval.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A plan as it stood after one change; {@code itemsJson} is the full item list of that version. */
public record PlanVersion(
    int version,
    BigDecimal total,
    String itemsJson,
    String applicationId,
    LocalDateTime createdAt) {}
