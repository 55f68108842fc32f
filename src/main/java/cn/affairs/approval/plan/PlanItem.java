package cn.affairs.approval.plan;

import java.math.BigDecimal;

/** One item of an annual plan; amounts in 万元. */
public record PlanItem(
    Long id,
    Long planId,
    String category,
    String description,
    BigDecimal amount,
    String sourceApplication) {}
