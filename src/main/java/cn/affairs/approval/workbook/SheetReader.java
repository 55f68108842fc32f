package cn.affairs.approval.workbook;

import cn.affairs.approval.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an uploaded workbook as text: every row after the header that is not
 * blank, with the row number users see in Excel. Numbers read as Excel shows them, dates as {@code
 * yyyy-MM-dd}, so that validation sees what the user typed.
 */
public final class SheetReader {

  /**
   * One data row: its sheet row number (header = 1) and its cells as trimmed text, null if empty.
   */
  public record SheetRow(int number, String[] cells) {
    public String cell(int column) {
      return column < cells.length ? cells[column] : null;
    }
  }

  private SheetReader() {}

  /**
   * Control characters no cell may hold (as no text of a request body may, web.RequestJson); a line
   * break and a tab, which Excel lets users type in a cell, are kept.
   */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  /** Whether {@code text} holds a control character (other than a line break or a tab). */
  public static boolean hasControlCharacter(String text) {
    return text != null && CONTROL.matcher(text).find();
  }

  /**
   * The data rows of the columns named {@code fields}; 400 on {@code file} when it is no workbook
   * or empty. A cell that holds a control character is added to {@code errors} (row and field), so
   * that the import refuses the file together with its other bad rows.
   */
  public static List<SheetRow> read(InputStream file, String[] fields, ImportErrors errors) {
    int columns = fields.length;
    List<SheetRow> rows = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(file)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String[] cells = new String[columns];
        boolean blank = true;
        for (int c = 0; c < columns; c++) {
          cells[c] = text(row.getCell(c), formatter);
          blank &= cells[c] == null;
          if (hasControlCharacter(cells[c])) {
            errors.add(r + 1, fields[c], "不能含有控制字符");
          }
        }
        if (!blank) {
          rows.add(new SheetRow(r + 1, cells));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw ApiException.invalid("file", "无法读取该文件，请使用下载的 Excel 模板（.xlsx）");
    }
    if (rows.isEmpty()) {
      throw ApiException.invalid("file", "文件中没有数据行");
    }
    return rows;
  }

  /** A label users wrote (其他用车) or the code itself (OTHER); null stays null. */
  public static String code(Map<String, String> labels, String text) {
    if (text == null) {
      return null;
    }
    Map<String, String> byLabel = new LinkedHashMap<>();
    labels.forEach((code, label) -> byLabel.put(label, code));
    return byLabel.getOrDefault(text, text);
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    String text = formatter.formatCellValue(cell).trim();
    return text.isEmpty() ? null : text;
  }
}
