package cn.affairs.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The working-day calendar is bound from {@code affairs.calendar.location} and validated when the
 * context starts: a day that is not a date, a range that ends before it starts, a year without its
 * source, or a provisional year without its source stops the start, naming the key.
 */
class CalendarConfigurationTest {

  @Configuration
  @EnableConfigurationProperties(CalendarProperties.class)
  @Import(WorkingDayCalendar.class)
  static class Calendar {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Calendar.class);

  private static String shipped() throws Exception {
    return Files.readString(Path.of("config/calendar.yml"), StandardCharsets.UTF_8);
  }

  private ApplicationContextRunner withFile(String yaml) throws Exception {
    Path file = Files.createTempFile("calendar", ".yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return context.withPropertyValues("affairs.calendar.location=file:" + file);
  }

  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  @Test
  void theShippedFileBindsByDefault() {
    context.run(
        started -> {
          assertThat(started).hasNotFailed();
          WorkingDayCalendar calendar = started.getBean(WorkingDayCalendar.class);
          assertThat(calendar.status(2026)).isEqualTo(WorkingDayCalendar.Status.LOADED);
          assertThat(calendar.year(2026).source()).startsWith("国务院办公厅关于2026年部分节假日安排的通知");
          assertThat(calendar.status(2027)).isEqualTo(WorkingDayCalendar.Status.PROVISIONAL);
          assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-05"))).isFalse();
        });
  }

  @Test
  void aDayThatIsNotADateIsNamedByItsKey() throws Exception {
    withFile(shipped().replace("  - 2026-02-28", "  - 2026-02-30"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("extraWorkingDays[2]")
                  .contains("「2026-02-30」不是日期");
            });
  }

  @Test
  void aRangeThatEndsBeforeItStartsIsNamedByItsKey() throws Exception {
    withFile(shipped().replace("2026-04-04..2026-04-06", "2026-04-06..2026-04-04"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("daysOff[2].ordered")
                  .contains("结束早于开始");
            });
  }

  @Test
  void aYearWithoutItsSourceIsNamed() throws Exception {
    withFile(shipped().replace("  - 2026-10-10", "  - 2026-10-10\n  - 2028-01-08"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("缺少 sources.2028")
                  .contains("在 sources 中没有来源");
            });
    withFile(shipped().replace("    source: 《全国年节及纪念日放假办法》法定节日（2027 年调休安排尚未公布录入）\n", ""))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("provisional.2027.source")
                  .contains("缺少来源");
            });
  }
}
