package cn.affairs.approval.executionreport;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code plan_execution_report}: one unit's (or the bureau's) report on a plan year. */
record ExecutionReport(
    Long id,
    String govCode,
    String unitCode,
    int planYear,
    String level,
    LocalDate reportedOn,
    String summary,
    String recordedBy,
    LocalDateTime recordedAt) {}
