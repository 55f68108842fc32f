package cn.affairs.approval.application;

/** Filters of an application list; null means "any". */
public record ApplicationQuery(String applicant, String unitCode, String govCode, ApplicationStatus status,
    String processKey, int offset, int limit) {}
