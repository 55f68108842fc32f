package cn.affairs.approval.repair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One row of the repair register (办公用房维修台账). {@code status}: RECORDED (a routine repair the unit
 * head approved), PLANNED (a major repair in the annual repair plan), COMPLETED (the unit reported
 * completion), ACCEPTED, NOT_ACCEPTED (the bureau refused acceptance), CANCELLED (taken out of the
 * plan again).
 */
public record RepairProject(
    Long id,
    String govCode,
    String unitCode,
    String building,
    String repairType,
    BigDecimal affectedArea,
    BigDecimal estimatedCost,
    Integer planYear,
    String status,
    LocalDate completedOn,
    BigDecimal actualCost,
    LocalDate acceptedOn,
    String sourceApplication,
    LocalDateTime updatedAt) {

  static final String RECORDED = "RECORDED";
  static final String PLANNED = "PLANNED";
  static final String COMPLETED = "COMPLETED";
  static final String ACCEPTED = "ACCEPTED";
  static final String NOT_ACCEPTED = "NOT_ACCEPTED";
  static final String CANCELLED = "CANCELLED";
}
