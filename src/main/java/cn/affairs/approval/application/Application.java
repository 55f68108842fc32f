package cn.affairs.approval.application;

import java.time.LocalDateTime;

/** 申请: one case of a process family, keyed by its human business key (e.g. BG-2026-0001). */
public record Application(
    String id,
    String processKey,
    String processInstanceId,
    Integer processVersion,
    String title,
    String unitCode,
    String govCode,
    String applicant,
    ApplicationStatus status,
    String formJson,
    LocalDateTime createdAt,
    LocalDateTime decidedAt,
    boolean overdue) {

  /** A new case as it is first stored. */
  public static Application submitted(
      String id,
      String processKey,
      String title,
      String unitCode,
      String govCode,
      String applicant,
      String formJson,
      LocalDateTime at) {
    return new Application(
        id,
        processKey,
        null,
        null,
        title,
        unitCode,
        govCode,
        applicant,
        ApplicationStatus.RUNNING,
        formJson,
        at,
        null,
        false);
  }
}
