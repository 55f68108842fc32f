package cn.affairs.approval.report;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports of api.md (报告): JSON, and {@code format=xlsx} where the contract names a workbook.
 */
@RestController
class ReportController {

  private final ReportAccess access;
  private final PlanView planView;
  private final PlanExecutionReport planExecution;
  private final PlanExecutionWorkbook planExecutionWorkbook;
  private final ApprovalStatistics approvalStatistics;
  private final RunningCostReport runningCost;
  private final RunningCostWorkbook runningCostWorkbook;
  private final Clock clock;

  ReportController(
      ReportAccess access,
      PlanView planView,
      PlanExecutionReport planExecution,
      PlanExecutionWorkbook planExecutionWorkbook,
      ApprovalStatistics approvalStatistics,
      RunningCostReport runningCost,
      RunningCostWorkbook runningCostWorkbook,
      Clock clock) {
    this.runningCost = runningCost;
    this.runningCostWorkbook = runningCostWorkbook;
    this.approvalStatistics = approvalStatistics;
    this.access = access;
    this.planView = planView;
    this.planExecution = planExecution;
    this.planExecutionWorkbook = planExecutionWorkbook;
    this.clock = clock;
  }

  @GetMapping("/api/plans/{unitCode}/{year}")
  PlanView.Result plan(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String unitCode,
      @PathVariable String year) {
    return planView.of(user, unitCode, year(year, "year"));
  }

  @GetMapping("/api/reports/plan-execution")
  ResponseEntity<?> planExecution(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String government,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String format) {
    boolean xlsx = format(format);
    int y = yearOrThisYear(year);
    PlanExecutionReport.Result report = planExecution.of(access.resolve(user, government, unit), y);
    if (!xlsx) {
      return ResponseEntity.ok(report);
    }
    return workbook(
        planExecutionWorkbook.write(report),
        "年度计划执行情况-"
            + report.government().name()
            + (report.unit() == null ? "" : "-" + report.units().get(0).name())
            + "-"
            + y
            + ".xlsx");
  }

  @GetMapping("/api/reports/running-cost")
  ResponseEntity<?> runningCost(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String government,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String format) {
    boolean xlsx = format(format);
    int y = yearOrThisYear(year);
    RunningCostReport.Result report = runningCost.of(access.resolve(user, government, unit), y);
    if (!xlsx) {
      return ResponseEntity.ok(report);
    }
    return workbook(
        runningCostWorkbook.write(report),
        "机关运行成本统计-"
            + report.government().name()
            + (report.unit() == null ? "" : "-" + report.units().get(0).name())
            + "-"
            + y
            + ".xlsx");
  }

  /**
   * Cases started from {@code from} to {@code to} (both included; default: this year up to today).
   */
  @GetMapping("/api/reports/approval-stats")
  ApprovalStatistics.Result approvalStats(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String government,
      @RequestParam(required = false) String unit) {
    LocalDate today = LocalDate.now(clock);
    Map<String, String> wrong = new LinkedHashMap<>();
    LocalDate start = optionalDate(from, "from", "起始日期", wrong);
    LocalDate end = optionalDate(to, "to", "截止日期", wrong);
    if (!wrong.isEmpty()) {
      throw ApiException.invalid(wrong);
    }
    start = start == null ? today.withDayOfYear(1) : start;
    end = end == null ? today : end;
    if (end.isBefore(start)) {
      throw ApiException.invalid("to", "截止日期不能早于起始日期（" + start + "）");
    }
    return approvalStatistics.of(access.resolve(user, government, unit), start, end);
  }

  static ResponseEntity<byte[]> workbook(byte[] bytes, String filename) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Workbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(bytes);
  }

  /** {@code json} (or none) or {@code xlsx}; anything else is a 400 naming the field. */
  static boolean format(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
      return false;
    }
    if (format.equalsIgnoreCase("xlsx")) {
      return true;
    }
    throw ApiException.invalid("format", "导出格式只能是 json 或 xlsx");
  }

  private int yearOrThisYear(String year) {
    return year == null || year.isBlank() ? LocalDate.now(clock).getYear() : year(year, "year");
  }

  static int year(String text, String field) {
    try {
      int year = Integer.parseInt(text.trim());
      if (year < 2000 || year > 2100) {
        throw ApiException.invalid(field, "年度须在 2000 至 2100 之间");
      }
      return year;
    } catch (NumberFormatException e) {
      throw ApiException.invalid(field, "年度必须是四位数字，例如 2026");
    }
  }

  private static LocalDate optionalDate(
      String text, String field, String label, Map<String, String> wrong) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      wrong.put(field, label + "须为日期，格式 yyyy-MM-dd，例如 2026-01-01");
      return null;
    }
  }
}
