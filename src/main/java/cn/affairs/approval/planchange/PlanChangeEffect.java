package cn.affairs.approval.planchange;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a plan change does to the unit's plan as it stands now: each line's amount before and after
 * (万元), the plan totals before and after, and the item ids that are not (or no longer) items of
 * that plan. {@code planId} is null when the unit has no plan of the year.
 */
record PlanChangeEffect(
    Long planId,
    int year,
    BigDecimal ceiling,
    BigDecimal totalBefore,
    BigDecimal totalAfter,
    List<Line> lines,
    List<Long> foreignItemIds) {

  /** One change; {@code itemId} is null for a new item, {@code before} is 0 for it. */
  record Line(
      Long itemId, String category, String description, BigDecimal before, BigDecimal after) {}

  boolean hasPlan() {
    return planId != null;
  }

  /** Every change can be applied: the plan exists and every item id is one of its items. */
  boolean applicable() {
    return hasPlan() && foreignItemIds.isEmpty();
  }

  BigDecimal increase() {
    return totalAfter.subtract(totalBefore);
  }
}
