package cn.affairs.approval.workbook;

/** One wrong cell of an import: the sheet row number users see (the header is row 1). */
public record RowError(int row, String field, String message) {}
