package cn.affairs.approval.calendar;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admins enter a year's holidays and 调休 working days from the State Council's notice. The entry is
 * in force at once, kept in the database, applied again at every start, and audited.
 */
@Service
@Order(-20)
class CalendarAdministration implements ApplicationRunner {

  /** Body of {@code PUT /api/admin/calendar/{year}}. */
  record Entry(List<String> holidays, List<String> workdays, String source) {}

  /** One year in the overview: its status and how many days it lists. */
  record YearSummary(
      int year,
      WorkingDayCalendar.Status status,
      String statusLabel,
      boolean loaded,
      String source,
      int holidays,
      int workdays) {}

  /** One year's days off and 调休 working days. */
  record YearDays(
      int year,
      SortedSet<LocalDate> holidays,
      SortedSet<LocalDate> workdays,
      String source,
      boolean loaded,
      WorkingDayCalendar.Status status,
      String statusLabel) {

    static YearDays of(WorkingDayCalendar.Year y) {
      return new YearDays(
          y.year(),
          y.daysOff(),
          y.workingDays(),
          y.source(),
          y.status() == WorkingDayCalendar.Status.LOADED,
          y.status(),
          y.status().label());
    }
  }

  /** A year as the audit log keeps it, before and after an entry. */
  record AuditedYear(
      WorkingDayCalendar.Status status,
      List<String> holidays,
      List<String> workdays,
      String source) {}

  private final WorkingDayCalendar calendar;
  private final CalendarYearMapper years;
  private final AuditLog audit;
  private final Clock clock;

  CalendarAdministration(
      WorkingDayCalendar calendar, CalendarYearMapper years, AuditLog audit, Clock clock) {
    this.calendar = calendar;
    this.years = years;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (CalendarYearMapper.CalendarYear row : years.all()) {
      calendar.replace(
          new WorkingDayCalendar.Year(
              row.calYear(),
              dates(row.daysOff()),
              dates(row.workingDays()),
              row.source(),
              WorkingDayCalendar.Status.LOADED));
    }
  }

  /** The years around today and every year the calendar knows, each with its status. */
  List<YearSummary> overview() {
    TreeSet<Integer> shown = new TreeSet<>(calendar.knownYears());
    int thisYear = LocalDate.now(clock).getYear();
    shown.add(thisYear);
    shown.add(thisYear + 1);
    List<YearSummary> result = new ArrayList<>();
    for (int year : shown) {
      WorkingDayCalendar.Year y = calendar.year(year);
      result.add(
          new YearSummary(
              year,
              y.status(),
              y.status().label(),
              y.status() == WorkingDayCalendar.Status.LOADED,
              y.source(),
              y.daysOff().size(),
              y.workingDays().size()));
    }
    return result;
  }

  YearDays year(int year) {
    checkYear(year);
    return YearDays.of(calendar.year(year));
  }

  @Transactional
  YearDays enter(CurrentUser user, int year, Entry entry) {
    checkYear(year);
    Map<String, String> errors = new LinkedHashMap<>();
    SortedSet<LocalDate> off = parse(entry.holidays(), year, "holidays", errors);
    SortedSet<LocalDate> on = parse(entry.workdays(), year, "workdays", errors);
    for (LocalDate d : on) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        errors.merge("workdays", d + " 是工作日，调休上班日只能是周六或周日", (a, b) -> a + "；" + b);
      }
      if (off.contains(d)) {
        errors.merge("workdays", d + " 同时列为放假日和上班日", (a, b) -> a + "；" + b);
      }
    }
    if (entry.source() == null || entry.source().isBlank()) {
      errors.put("source", "请注明依据（如 国务院办公厅关于" + year + "年部分节假日安排的通知）");
    } else if (entry.source().length() > 500) {
      errors.put("source", "依据不能超过 500 字");
    }
    if (off.isEmpty() && !errors.containsKey("holidays")) {
      errors.put("holidays", "请填写该年的放假日");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    years.lock(year);
    WorkingDayCalendar.Year before = calendar.year(year);
    WorkingDayCalendar.Year after =
        new WorkingDayCalendar.Year(
            year, off, on, entry.source().trim(), WorkingDayCalendar.Status.LOADED);
    years.delete(year);
    years.insert(
        new CalendarYearMapper.CalendarYear(
            year, join(off), join(on), after.source(), user.id(), LocalDateTime.now(clock)));
    audit.record(
        "CALENDAR",
        user.id(),
        null,
        String.valueOf(year),
        "录入 "
            + year
            + " 年工作日历：放假 "
            + off.size()
            + " 天，调休上班 "
            + on.size()
            + " 天（原为"
            + before.status().label()
            + "）；依据："
            + after.source(),
        state(before),
        state(after));
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            calendar.replace(after);
          }
        });
    return YearDays.of(after);
  }

  private static AuditedYear state(WorkingDayCalendar.Year y) {
    return new AuditedYear(
        y.status(),
        y.daysOff().stream().map(LocalDate::toString).toList(),
        y.workingDays().stream().map(LocalDate::toString).toList(),
        y.source());
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw ApiException.invalid("year", "年份须在 2000 到 2100 之间");
    }
  }

  private static SortedSet<LocalDate> parse(
      List<String> texts, int year, String field, Map<String, String> errors) {
    SortedSet<LocalDate> days = new TreeSet<>();
    List<String> wrong = new ArrayList<>();
    for (String text : texts == null ? List.<String>of() : texts) {
      try {
        LocalDate d = LocalDate.parse(text == null ? "" : text.trim());
        if (d.getYear() != year) {
          wrong.add(text + " 不在 " + year + " 年");
        } else {
          days.add(d);
        }
      } catch (DateTimeParseException e) {
        wrong.add("「" + text + "」不是日期（YYYY-MM-DD）");
      }
    }
    if (!wrong.isEmpty()) {
      errors.put(field, String.join("；", wrong));
    }
    return days;
  }

  private static String join(SortedSet<LocalDate> days) {
    return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
  }

  private static SortedSet<LocalDate> dates(String text) {
    SortedSet<LocalDate> days = new TreeSet<>();
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(String::trim).map(LocalDate::parse).forEach(days::add);
    }
    return days;
  }
}
