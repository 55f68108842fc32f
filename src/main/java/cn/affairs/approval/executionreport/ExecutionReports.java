package cn.affairs.approval.executionreport;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.standards.StandardsCatalogue;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度计划执行情况报告 (条例 第三十九条): who has reported the execution of a plan year, by when each report is due,
 * and which are overdue (督办). An agency's report is due by the end of month {@code
 * executionReport.unitReportMonth} of the next year (第一款), the bureau's by the end of month {@code
 * executionReport.bureauReportMonth} (第二款).
 */
@Service
public class ExecutionReports {

  static final String UNIT = "UNIT";
  static final String BUREAU = "BUREAU";
  static final String REGULATION = "《山西省机关运行保障条例（草案）》";

  /** One reporting unit's state for the plan year. */
  public record Line(
      String code,
      String name,
      String level,
      String reportsTo,
      LocalDate dueOn,
      LocalDate reportedOn,
      String summary,
      String recordedBy,
      LocalDateTime recordedAt,
      String status,
      String statusLabel,
      boolean overdue,
      long daysLate,
      String supervision,
      String basis) {}

  public record Result(
      int year,
      String governmentCode,
      String governmentName,
      LocalDate unitDueOn,
      LocalDate bureauDueOn,
      String basis,
      List<Line> units,
      Line bureau,
      boolean canRecordBureau) {}

  public record Input(String year, String level, String unit, String reportedOn, String summary) {}

  private final ExecutionReportMapper reports;
  private final OrganisationRegistry org;
  private final StandardsCatalogue catalogue;
  private final Clock clock;

  ExecutionReports(
      ExecutionReportMapper reports,
      OrganisationRegistry org,
      StandardsCatalogue catalogue,
      Clock clock) {
    this.reports = reports;
    this.org = org;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** The day the report of {@code level} on {@code year} is due: the end of its month next year. */
  public LocalDate dueOn(String level, int year) {
    String key =
        UNIT.equals(level)
            ? "executionReport.unitReportMonth"
            : "executionReport.bureauReportMonth";
    return YearMonth.of(year + 1, catalogue.value(key).intValueExact()).atEndOfMonth();
  }

  /**
   * The reports on a plan year of one government: the user's own, or for an admin any. Agencies see
   * their own line only; the bodies of the government see every agency and the bureau.
   */
  @Transactional(readOnly = true)
  public Result of(CurrentUser user, String government, String year) {
    Government gov = government(user, government);
    int y = year(year, LocalDate.now(clock).getYear() - 1);
    Map<String, ExecutionReport> filed = new LinkedHashMap<>();
    for (ExecutionReport r : reports.ofGovernment(gov.code(), y)) {
      filed.put(r.unitCode(), r);
    }
    LocalDate today = LocalDate.now(clock);
    List<Line> lines = new ArrayList<>();
    for (Unit unit : org.units()) {
      if (unit.isAgency()
          && unit.active()
          && unit.govCode().equals(gov.code())
          && (user.seesWholeGovernment() || unit.code().equals(user.unitCode()))) {
        lines.add(line(unit, UNIT, y, filed.get(unit.code()), today));
      }
    }
    Unit bureau = bureauOf(gov);
    Line bureauLine =
        user.seesWholeGovernment() && bureau != null
            ? line(bureau, BUREAU, y, filed.get(bureau.code()), today)
            : null;
    return new Result(
        y,
        gov.code(),
        gov.name(),
        dueOn(UNIT, y),
        dueOn(BUREAU, y),
        catalogue.source("executionReport"),
        lines,
        bureauLine,
        bureau != null && user.keepsRegistersOf(gov.code()));
  }

  /**
   * Records a report: an agency's by its own staff or head, or by the bureau that received it; the
   * bureau's by the bureau. One per reporting unit and year (a second is 409).
   */
  @Transactional
  public Line record(CurrentUser user, Input input) {
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate today = LocalDate.now(clock);
    Integer year = null;
    if (input == null) {
      throw ApiException.badRequest("请求内容不能为空");
    }
    if (input.year() == null || !input.year().trim().matches("\\d{4}")) {
      errors.put("year", "年度必须是四位数字，例如 " + (today.getYear() - 1));
    } else {
      year = Integer.parseInt(input.year().trim());
      if (year >= today.getYear()) {
        errors.put("year", year + " 年度尚未结束，执行情况报告在次年报送（条例第三十九条）");
      }
    }
    String level = input.level() == null ? UNIT : input.level().trim();
    if (!UNIT.equals(level) && !BUREAU.equals(level)) {
      errors.put("level", "报告类别只能是 UNIT（单位报告）或 BUREAU（机关事务管理部门汇总报告）");
    }
    LocalDate reportedOn = null;
    if (input.reportedOn() == null || input.reportedOn().isBlank()) {
      errors.put("reportedOn", "请填写报送日期");
    } else {
      try {
        reportedOn = LocalDate.parse(input.reportedOn().trim());
        if (reportedOn.isAfter(today)) {
          errors.put("reportedOn", "报送日期不能晚于今天");
        } else if (year != null && reportedOn.getYear() <= year) {
          errors.put("reportedOn", "报送日期应在 " + year + " 年度结束之后");
        }
      } catch (DateTimeParseException e) {
        errors.put("reportedOn", "报送日期格式应为 yyyy-MM-dd，例如 " + today);
      }
    }
    String summary = input.summary() == null ? "" : input.summary().trim();
    if (summary.isEmpty()) {
      errors.put("summary", "请填写执行情况摘要");
    } else if (summary.length() > 2000) {
      errors.put("summary", "执行情况摘要不能超过 2000 字");
    }
    Unit reporting = null;
    if (UNIT.equals(level)) {
      String code =
          input.unit() == null || input.unit().isBlank() ? user.unitCode() : input.unit().trim();
      reporting = org.unit(code);
      if (reporting == null || !reporting.isAgency() || !reporting.active()) {
        errors.put("unit", "未找到用户单位：" + code);
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    if (UNIT.equals(level)) {
      boolean own =
          reporting.code().equals(user.unitCode())
              && (user.has(Role.UNIT_STAFF) || user.has(Role.UNIT_HEAD));
      if (!own && !user.keepsRegistersOf(reporting.govCode())) {
        throw ApiException.forbidden("只能登记本单位的执行情况报告，或由本级机关事务管理部门登记收到的报告");
      }
    } else {
      Government gov = org.government(user.govCode());
      if (!user.keepsRegistersOf(gov.code())) {
        throw ApiException.forbidden("汇总执行情况报告由本级机关事务管理部门登记");
      }
      reporting = bureauOf(gov);
      if (reporting == null) {
        throw ApiException.invalid("level", gov.name() + "没有机关事务管理部门");
      }
    }
    ExecutionReport report =
        new ExecutionReport(
            null,
            reporting.govCode(),
            reporting.code(),
            year,
            level,
            reportedOn,
            summary,
            user.id(),
            LocalDateTime.now(clock));
    try {
      reports.insert(report);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict(reporting.name() + " " + year + " 年度执行情况报告已登记，不能重复登记");
    }
    return line(reporting, level, year, report, today);
  }

  private Line line(Unit unit, String level, int year, ExecutionReport filed, LocalDate today) {
    LocalDate due = dueOn(level, year);
    boolean bureau = BUREAU.equals(level);
    String clause = bureau ? "第三十九条第二款" : "第三十九条第一款";
    String basis = REGULATION + clause;
    String reportsTo = bureau ? "本级人民政府（抄送同级财政部门）" : "同级机关事务管理部门";
    String status;
    String label;
    long late;
    if (filed != null) {
      late = Math.max(0, ChronoUnit.DAYS.between(due, filed.reportedOn()));
      status = late > 0 ? "LATE" : "ON_TIME";
      label = late > 0 ? "逾期报送（晚 " + late + " 天）" : "按期报送";
    } else {
      late = Math.max(0, ChronoUnit.DAYS.between(due, today));
      status = late > 0 ? "OVERDUE" : "PENDING";
      label = late > 0 ? "逾期未报送（已逾期 " + late + " 天）" : "待报送";
    }
    boolean overdue = late > 0;
    String supervision =
        overdue
            ? "督办："
                + unit.name()
                + (filed != null ? "报送" : "未在")
                + year
                + " 年度机关运行保障计划执行情况报告"
                + (filed != null ? "晚于 " + due + "" : " " + due + " 前报送")
                + "，不符合"
                + basis
                + "（每年 "
                + due.getMonthValue()
                + " 月底前向"
                + reportsTo
                + "报告上年度执行情况）"
            : null;
    return new Line(
        unit.code(),
        unit.name(),
        level,
        reportsTo,
        due,
        filed == null ? null : filed.reportedOn(),
        filed == null ? null : filed.summary(),
        filed == null ? null : filed.recordedBy(),
        filed == null ? null : filed.recordedAt(),
        status,
        label,
        overdue,
        late,
        supervision,
        basis);
  }

  private Unit bureauOf(Government gov) {
    return org.units().stream()
        .filter(u -> "BUREAU".equals(u.kind()) && u.govCode().equals(gov.code()) && u.active())
        .findFirst()
        .orElse(null);
  }

  private Government government(CurrentUser user, String government) {
    String code = government == null || government.isBlank() ? user.govCode() : government.trim();
    Government gov = org.government(code);
    if (gov == null) {
      throw ApiException.invalid("government", "未知的本级政府：" + code);
    }
    if (!user.isAdmin() && !gov.code().equals(user.govCode())) {
      throw ApiException.forbidden("只能查看本级政府（" + user.government().name() + "）的执行情况报告");
    }
    return gov;
  }

  private static int year(String year, int fallback) {
    if (year == null || year.isBlank()) {
      return fallback;
    }
    if (!year.trim().matches("\\d{4}")) {
      throw ApiException.invalid("year", "年度必须是四位数字，例如 2026");
    }
    return Integer.parseInt(year.trim());
  }
}
