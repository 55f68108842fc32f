package cn.affairs.approval.workbook;

/** A successful import: how many rows were written. */
public record ImportResult(int imported) {}
