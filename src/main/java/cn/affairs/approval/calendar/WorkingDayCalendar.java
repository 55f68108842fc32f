package cn.affairs.approval.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
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

  public WorkingDayCalendar(@Value("${affairs.calendar.location}") Resource file) {
    try (InputStream in = file.getInputStream()) {
      JsonNode calendar = new ObjectMapper(new YAMLFactory()).readTree(in);
      String source = calendar.path("source").asText("config/calendar.yml");
      Map<Integer, SortedSet<LocalDate>> off = new TreeMap<>();
      Map<Integer, SortedSet<LocalDate>> on = new TreeMap<>();
      readDays(calendar.path("daysOff"), off, "daysOff", file);
      readDays(calendar.path("extraWorkingDays"), on, "extraWorkingDays", file);
      Set<Integer> loaded = new TreeSet<>(off.keySet());
      loaded.addAll(on.keySet());
      for (int year : loaded) {
        years.put(
            year,
            new Year(
                year,
                off.getOrDefault(year, new TreeSet<>()),
                on.getOrDefault(year, new TreeSet<>()),
                calendar.path("sources").path(String.valueOf(year)).asText(source),
                Status.LOADED));
      }
      calendar
          .path("provisional")
          .properties()
          .forEach(
              entry -> {
                int year = Integer.parseInt(entry.getKey());
                Map<Integer, SortedSet<LocalDate>> days = new TreeMap<>();
                readDays(
                    entry.getValue().path("daysOff"),
                    days,
                    "provisional." + year + ".daysOff",
                    file);
                years.putIfAbsent(
                    year,
                    new Year(
                        year,
                        days.getOrDefault(year, new TreeSet<>()),
                        new TreeSet<>(),
                        entry.getValue().path("source").asText(),
                        Status.PROVISIONAL));
              });
    } catch (IOException e) {
      throw new UncheckedIOException("工作日历文件无法读取: " + file, e);
    }
  }

  private static void readDays(
      JsonNode entries, Map<Integer, SortedSet<LocalDate>> into, String key, Resource file) {
    for (JsonNode entry : entries) {
      String text = entry.asText().trim();
      String[] range = text.split("\\.\\.");
      try {
        LocalDate from = LocalDate.parse(range[0].trim());
        LocalDate to = range.length > 1 ? LocalDate.parse(range[1].trim()) : from;
        if (to.isBefore(from)) {
          throw new IllegalStateException(
              "工作日历 " + file.getDescription() + " 的 " + key + " 中「" + text + "」结束早于开始");
        }
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          into.computeIfAbsent(d.getYear(), y -> new TreeSet<>()).add(d);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            "工作日历 "
                + file.getDescription()
                + " 的 "
                + key
                + " 中「"
                + text
                + "」不是日期（YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）",
            e);
      }
    }
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
