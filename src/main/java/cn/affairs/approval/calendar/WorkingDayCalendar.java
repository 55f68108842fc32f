package cn.affairs.approval.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/**
 * Chinese working days: Monday to Friday, less public holidays, plus the weekend days that the
 * State Council's 调休 arrangement makes working days. Read from config/calendar.yml.
 */
@Service
public class WorkingDayCalendar {

  private final Set<LocalDate> daysOff = new HashSet<>();
  private final Set<LocalDate> extraWorkingDays = new HashSet<>();

  public WorkingDayCalendar(@Value("${affairs.calendar.location}") Resource file) {
    try (InputStream in = file.getInputStream()) {
      JsonNode calendar = new ObjectMapper(new YAMLFactory()).readTree(in);
      for (JsonNode entry : calendar.path("daysOff")) {
        String text = entry.asText().trim();
        String[] range = text.split("\\.\\.");
        LocalDate from = LocalDate.parse(range[0].trim());
        LocalDate to = range.length > 1 ? LocalDate.parse(range[1].trim()) : from;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          daysOff.add(d);
        }
      }
      for (JsonNode entry : calendar.path("extraWorkingDays")) {
        extraWorkingDays.add(LocalDate.parse(entry.asText().trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("工作日历文件无法读取: " + file, e);
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    if (extraWorkingDays.contains(day)) {
      return true;
    }
    if (daysOff.contains(day)) {
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

  /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
