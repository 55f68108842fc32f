package cn.affairs.approval.planchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The form of a plan change (保障年度计划调整): the changes to the unit's plan of {@code year}, each an
 * existing item's new amount ({@code itemId}) or a new item ({@code category}, {@code
 * description}); amounts in 万元. {@code adjustedOn} is the day an emergency change was made (条例
 * 第三十八条).
 */
public record PlanChangeForm(
    int year, List<Change> changes, String reason, boolean emergency, LocalDate adjustedOn) {

  /**
   * One change: {@code itemId} set for an existing item, else category and description of a new
   * one.
   */
  public record Change(Long itemId, String category, String description, BigDecimal newAmount) {

    public boolean isNewItem() {
      return itemId == null;
    }
  }
}
