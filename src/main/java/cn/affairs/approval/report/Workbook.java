package cn.affairs.approval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an Excel workbook: each sheet starts with one header row (Chinese, the unit in the
 * header: 计划数（万元）), frozen so it stays in view; figures are numeric cells, never text. Written with
 * POI's streaming workbook: a government's fifty sheets take a fraction of the time the in-memory
 * one needs.
 */
final class Workbook {

  static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SXSSFWorkbook book = new SXSSFWorkbook(200);
  private final CellStyle header;
  private final CellStyle bold;
  private final CellStyle decimal;
  private final CellStyle whole;

  Workbook() {
    Font font = book.createFont();
    font.setBold(true);
    header = book.createCellStyle();
    header.setFont(font);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    bold = book.createCellStyle();
    bold.setFont(font);
    decimal = book.createCellStyle();
    decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
    whole = book.createCellStyle();
    whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
  }

  /** A new sheet with its frozen header row. */
  Sheet sheet(String name, String... headers) {
    Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.length; i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers[i]);
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers[i].length() * 2 + 2)) * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  /** Appends a row: text as text, numbers as numbers, null as an empty cell. */
  Row row(Sheet sheet, Object... values) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof BigDecimal d) {
        cell.setCellValue(d.doubleValue());
        cell.setCellStyle(decimal);
      } else if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
        cell.setCellStyle(whole);
      } else {
        cell.setCellValue(value.toString());
      }
    }
    return row;
  }

  /** A row of totals, its first cell in bold. */
  Row totalRow(Sheet sheet, Object... values) {
    Row row = row(sheet, values);
    if (row.getCell(0) != null) {
      row.getCell(0).setCellStyle(bold);
    }
    return row;
  }

  /** Widens the first column for unit and category names. */
  void wideFirstColumn(Sheet sheet, int chars) {
    sheet.setColumnWidth(0, chars * 256);
  }

  /** The workbook's bytes; closing it deletes the temporary files of the streamed sheets. */
  byte[] bytes() {
    try (book;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
