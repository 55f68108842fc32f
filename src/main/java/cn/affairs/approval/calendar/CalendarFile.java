package cn.affairs.approval.calendar;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The content of {@code config/calendar.yml}, as {@link
 * cn.affairs.approval.config.ConfigurationFiles} binds and validates it: days off and 调休 working
 * days as dates or inclusive ranges, every year they fall in with the notice it comes from ({@code
 * sources}), and {@code provisional} years with their statutory holidays and source.
 */
record CalendarFile(
    Map<
            @NotNull @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
            @Max(value = 2100, message = "年份须在 2000 到 2100 之间") Integer,
            @NotBlank(message = "缺少该年安排的来源（通知的名称和日期）") String>
        sources,
    List<@NotNull(message = "缺少日期") @Valid Days> daysOff,
    List<@NotNull(message = "缺少日期") @Valid Days> extraWorkingDays,
    Map<
            @NotNull @Min(value = 2000, message = "年份须在 2000 到 2100 之间")
            @Max(value = 2100, message = "年份须在 2000 到 2100 之间") Integer,
            @NotNull @Valid Provisional>
        provisional) {

  CalendarFile {
    sources = sources == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sources));
    daysOff = daysOff == null ? List.of() : daysOff;
    extraWorkingDays = extraWorkingDays == null ? List.of() : extraWorkingDays;
    provisional =
        provisional == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provisional));
  }

  /** A date ({@code 2026-10-10}) or an inclusive range ({@code 2026-10-01..2026-10-07}). */
  record Days(LocalDate from, LocalDate to) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Days of(String text) {
      String[] range = text.trim().split("\\.\\.");
      try {
        LocalDate from = LocalDate.parse(range[0].trim());
        return new Days(from, range.length > 1 ? LocalDate.parse(range[1].trim()) : from);
      } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException(
            "「" + text + "」不是日期（YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）", e);
      }
    }

    @AssertTrue(message = "结束早于开始")
    boolean isOrdered() {
      return !to.isBefore(from);
    }

    @AssertTrue(message = "一个区间不能跨年")
    boolean isWithinOneYear() {
      return from.getYear() == to.getYear();
    }

    Stream<LocalDate> dates() {
      return from.datesUntil(to.plusDays(1));
    }

    @Override
    public String toString() {
      return from.equals(to) ? from.toString() : from + ".." + to;
    }
  }

  /** A year whose notice is not entered: only the statutory holidays the law fixes. */
  record Provisional(
      @NotBlank(message = "缺少来源（source）") String source,
      @NotEmpty(message = "缺少法定节日（daysOff）")
          List<@NotNull(message = "缺少日期") @Valid Days> daysOff) {}

  /**
   * The years whose notice is entered: those {@code daysOff} and {@code extraWorkingDays} touch.
   */
  Set<Integer> enteredYears() {
    Set<Integer> years = new TreeSet<>();
    Stream.concat(daysOff.stream(), extraWorkingDays.stream())
        .filter(d -> d != null)
        .forEach(d -> years.add(d.from().getYear()));
    return years;
  }

  /** Each entered year names the notice it comes from in {@code sources}. */
  @AssertTrue(message = "daysOff 或 extraWorkingDays 列出的年份在 sources 中没有来源")
  boolean isEveryEnteredYearSourced() {
    return sources.keySet().containsAll(enteredYears());
  }

  /** A provisional year's days lie in that year. */
  @AssertTrue(message = "provisional 中某年的 daysOff 不在该年")
  boolean isProvisionalDaysInTheirYear() {
    return provisional.entrySet().stream()
        .filter(e -> e.getValue() != null && e.getValue().daysOff() != null)
        .allMatch(
            e ->
                e.getValue().daysOff().stream()
                    .filter(d -> d != null)
                    .allMatch(d -> d.from().getYear() == e.getKey()));
  }
}
