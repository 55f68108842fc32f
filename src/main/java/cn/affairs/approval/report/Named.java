package cn.affairs.approval.report;

/** A government or unit a report is about, by code and name. */
public record Named(String code, String name) {}
