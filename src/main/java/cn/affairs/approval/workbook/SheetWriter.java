package cn.affairs.approval.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a register as a workbook: one sheet with the Chinese header row (frozen) and one row of
 * text cells per register row, then a sheet 填写说明. Every cell is text, so that an export re-imports
 * exactly as it was written (no number or date formats of Excel in between).
 */
public final class SheetWriter {

  private SheetWriter() {}

  public static byte[] write(
      String sheetName, String[] headers, List<String[]> rows, List<String> notes) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row header = sheet.createRow(0);
      for (int c = 0; c < headers.length; c++) {
        header.createCell(c).setCellValue(headers[c]);
        sheet.setColumnWidth(c, 16 * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (String[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
      }
      Sheet help = workbook.createSheet("填写说明");
      help.setColumnWidth(0, 100 * 256);
      for (int i = 0; i < notes.size(); i++) {
        help.createRow(i).createCell(0).setCellValue(notes.get(i));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number as users write it: no trailing zeros, no exponent; empty for null. */
  public static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
