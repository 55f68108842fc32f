package cn.affairs.approval.officespace;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the office-space register. {@code unitCode} is null for idle space the bureau holds. */
public record OfficeSpace(
    Long id,
    String govCode,
    String unitCode,
    String building,
    BigDecimal area,
    String ownership,
    LocalDate endDate,
    String sourceApplication) {}
