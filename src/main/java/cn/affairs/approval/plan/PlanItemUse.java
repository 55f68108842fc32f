package cn.affairs.approval.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An approved spending case linked to the plan item it uses, with the amount (万元). */
public record PlanItemUse(
    Long id,
    String applicationId,
    long planId,
    long itemId,
    BigDecimal amount,
    LocalDateTime usedAt) {}
