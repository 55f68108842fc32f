package cn.affairs.approval.planchange;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One item amount that a case put into a plan: from {@code amountBefore} to {@code amountAfter}
 * (万元) in plan version {@code planVersion}; {@code revertedVersion} is set once it was taken out.
 */
record PlanAdjustment(
    Long id,
    String applicationId,
    long planId,
    long itemId,
    BigDecimal amountBefore,
    BigDecimal amountAfter,
    int planVersion,
    boolean emergency,
    LocalDateTime appliedAt,
    Integer revertedVersion,
    LocalDateTime revertedAt) {

  /** What the case added to (or, negative, took from) the item. */
  BigDecimal delta() {
    return amountAfter.subtract(amountBefore);
  }
}
