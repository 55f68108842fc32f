package cn.affairs.approval.calendar;

import cn.affairs.approval.config.ConfigurationFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Chinese working days: Monday to Friday, less public holidays, plus the weekend days that the
 * State Council's 调休 arrangement makes working days. Read per year from config/calendar.yml (the
 * years whose notice is entered, and {@code provisional} years with only the statutory holidays the
 * law fixes); admins' edits (CalendarAdministration) replace a year at once. A year that is not
 * {@link Status#LOADED} is flagged wherever a date in it is computed.
 */
@Service
public class WorkingDayCalendar {

  /** How much of a year's arrangement the calendar has. */
  public enum Status {
    /** The State Council's notice for the year is entered: holidays and 调休 working days. */
    LOADED("已录入"),
    /** Only the statutory holidays the law fixes; the 调休 arrangement is not entered yet. */
    PROVISIONAL("仅法定节日，调休安排未录入"),
    /** Nothing: every weekday counts as a working day, holidays included. */
    MISSING("未录入");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One year of the calendar. */
  public record Year(
      int year,
      SortedSet<LocalDate> daysOff,
      SortedSet<LocalDate> workingDays,
      String source,
      Status status) {}

  private final Map<Integer, Year> years = new ConcurrentHashMap<>();

  @Autowired
  public WorkingDayCalendar(CalendarProperties properties) {
    this(properties.location());
  }

  /** The calendar of one file; fails at once, naming every wrong key, when the file is wrong. */
  public WorkingDayCalendar(Resource file) {
    CalendarFile content =
        ConfigurationFiles.read(file, CalendarFile.class, "工作日历", WorkingDayCalendar::label);
    Map<Integer, SortedSet<LocalDate>> off = byYear(content.daysOff());
    Map<Integer, SortedSet<LocalDate>> on = byYear(content.extraWorkingDays());
    for (int year : content.enteredYears()) {
      years.put(
          year,
          new Year(
              year,
              off.getOrDefault(year, new TreeSet<>()),
              on.getOrDefault(year, new TreeSet<>()),
              content.sources().get(year),
              Status.LOADED));
    }
    content
        .provisional()
        .forEach(
            (year, provisional) ->
                years.putIfAbsent(
                    year,
                    new Year(
                        year,
                        byYear(provisional.daysOff()).getOrDefault(year, new TreeSet<>()),
                        new TreeSet<>(),
                        provisional.source(),
                        Status.PROVISIONAL)));
  }

  private static Map<Integer, SortedSet<LocalDate>> byYear(List<CalendarFile.Days> entries) {
    Map<Integer, SortedSet<LocalDate>> into = new TreeMap<>();
    for (CalendarFile.Days days : entries) {
      days.dates().forEach(d -> into.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d));
    }
    return into;
  }

  /** The years a wrong {@code sources} check is about, named by their key. */
  private static String label(JsonNode file, String key) {
    if (!key.equals("everyEnteredYearSourced")) {
      return null;
    }
    SortedSet<String> missing = new TreeSet<>();
    for (String list : List.of("daysOff", "extraWorkingDays")) {
      for (JsonNode day : file.path(list)) {
        String year = day.asText().trim();
        if (year.length() >= 4 && !file.path("sources").has(year.substring(0, 4))) {
          missing.add("sources." + year.substring(0, 4));
        }
      }
    }
    return missing.isEmpty() ? null : "缺少 " + String.join("、", missing);
  }

  public boolean isWorkingDay(LocalDate day) {
    Year year = years.get(day.getYear());
    if (year != null && year.workingDays().contains(day)) {
      return true;
    }
    if (year != null && year.daysOff().contains(day)) {
      return false;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The day that is {@code days} working days after {@code start} (start itself not counted). */
  public LocalDate addWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = start;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later.
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  public Status status(int year) {
    Year y = years.get(year);
    return y == null ? Status.MISSING : y.status();
  }

  /** The year as the calendar has it; an empty MISSING year when nothing is known of it. */
  public Year year(int year) {
    Year y = years.get(year);
    return y != null ? y : new Year(year, new TreeSet<>(), new TreeSet<>(), null, Status.MISSING);
  }

  /** The years the calendar knows something of, in order. */
  public SortedSet<Integer> knownYears() {
    return new TreeSet<>(years.keySet());
  }

  /**
   * Why a date computed from {@code from} to {@code to} may be wrong: a Chinese note naming each
   * year in between whose arrangement is not entered; null when every year is loaded.
   */
  public String uncertainty(LocalDate from, LocalDate to) {
    StringBuilder note = new StringBuilder();
    for (int y = Math.min(from.getYear(), to.getYear());
        y <= Math.max(from.getYear(), to.getYear());
        y++) {
      Status status = status(y);
      if (status != Status.LOADED) {
        note.append(note.isEmpty() ? "" : "；").append(y).append(" 年工作日历").append(status.label());
      }
    }
    return note.isEmpty() ? null : note + "，期限按现有日历计算，可能不准";
  }

  /** An admin's entry of a year (CalendarAdministration): in force at once. */
  void replace(Year year) {
    years.put(year.year(), year);
  }
}
