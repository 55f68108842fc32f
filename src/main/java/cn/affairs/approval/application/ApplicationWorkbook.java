package cn.affairs.approval.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A case list as an Excel workbook (全部申请 导出): one row per case, the columns the list shows. */
final class ApplicationWorkbook {

  static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static final List<String> HEADERS =
      List.of("业务编号", "审批事项", "标题", "申请单位", "状态", "当前环节", "提交时间", "办结时间", "是否逾期");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private ApplicationWorkbook() {}

  static byte[] write(List<ApplicationSummary> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("申请列表");
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellValue(HEADERS.get(i));
        header.getCell(i).setCellStyle(bold);
      }
      int r = 1;
      for (ApplicationSummary a : rows) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(a.id());
        row.createCell(1).setCellValue(a.processName());
        row.createCell(2).setCellValue(a.title());
        row.createCell(3).setCellValue(a.unitName());
        row.createCell(4).setCellValue(a.statusLabel());
        row.createCell(5).setCellValue(a.currentStep() == null ? "" : a.currentStep());
        row.createCell(6).setCellValue(a.createdAt() == null ? "" : TIME.format(a.createdAt()));
        row.createCell(7).setCellValue(a.decidedAt() == null ? "" : TIME.format(a.decidedAt()));
        row.createCell(8).setCellValue(a.overdue() ? "是" : "否");
      }
      int[] widths = {16, 28, 36, 20, 12, 28, 18, 18, 10};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("workbook cannot be written", e);
    }
  }
}
