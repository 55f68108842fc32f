package cn.affairs.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Working days of 2026 with the State Council's holidays and 调休 Saturdays (config/calendar.yml).
 */
class WorkingDayCalendarTest {

  final WorkingDayCalendar calendar =
      new WorkingDayCalendar(new ClassPathResource("config/calendar.yml"));

  static LocalDate d(String day) {
    return LocalDate.parse(day);
  }

  @Test
  void weekdaysWorkWeekendsDoNot() {
    assertThat(calendar.isWorkingDay(d("2026-11-23"))).isTrue(); // Monday
    assertThat(calendar.isWorkingDay(d("2026-11-28"))).isFalse(); // Saturday
  }

  @Test
  void nationalDayHolidayAndTheTenthOfOctoberSaturday() {
    assertThat(calendar.isWorkingDay(d("2026-10-01"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-10-07"))).isFalse(); // Wednesday, but a holiday
    assertThat(calendar.isWorkingDay(d("2026-10-10"))).isTrue(); // Saturday, 调休 working day
    assertThat(calendar.isWorkingDay(d("2026-09-25"))).isFalse(); // 中秋, Friday
    assertThat(calendar.isWorkingDay(d("2026-09-20"))).isTrue(); // Sunday, 调休
    // Thursday 09-24 + 1 working day: 09-25..09-27 off, 09-28 Monday
    assertThat(calendar.addWorkingDays(d("2026-09-24"), 1)).isEqualTo(d("2026-09-28"));
    // 09-30 + 1: 10-01..10-07 off, 10-08 Thursday
    assertThat(calendar.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (working), 10-12 Mon
    assertThat(calendar.addWorkingDays(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
    // 15 working days after 09-24: 09-28,29,30, 10-08,09,10,12,13,14,15,16,19,20,21,22
    assertThat(calendar.addWorkingDays(d("2026-09-24"), 15)).isEqualTo(d("2026-10-22"));
  }

  @Test
  void springFestivalWithTheTwoWorkingSaturdays() {
    assertThat(calendar.isWorkingDay(d("2026-02-14"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2026-02-16"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-02-23"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2026-02-28"))).isTrue();
    // 02-13 Fri + 1 = 02-14 (Sat, working); + 2 = 02-24 (Tue, first day after the holiday)
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 2)).isEqualTo(d("2026-02-24"));
    // 02-24,25,26,27,28(Sat),03-02
    assertThat(calendar.addWorkingDays(d("2026-02-13"), 7)).isEqualTo(d("2026-03-02"));
    assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-03-02"))).isEqualTo(7);
  }

  @Test
  void zeroDaysIsTheSameDayAndNegativeIsRefused() {
    assertThat(calendar.addWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-03"));
    assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-10-03"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
