package cn.affairs.approval.planchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

/**
 * The 备案 deadline of 条例 第三十八条: fifteen working days after the emergency change, counted on the 2026
 * calendar in config/calendar.yml (holidays off, 调休 Saturdays and Sundays working). Expected days
 * are counted by hand in each test.
 */
class PlanChangeRulesTest {

  final PlanChangeRules rules =
      new PlanChangeRules(
          null,
          null,
          new WorkingDayCalendar(new FileSystemResource("config/calendar.yml")),
          new StandardsCatalogue(new FileSystemResource("config/standards.yml")),
          Clock.system(ZoneId.of("Asia/Shanghai")));

  @Test
  void acrossMidAutumnAndNationalDay() {
    // after Thu 09-24: 09-25..27 off; 09-28, 29, 30 (3); 10-01..07 off; 10-08, 09 (5);
    // Sat 10-10 working (6); 10-12..16 (11); 10-19, 20, 21, 22 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2026, 9, 24))).isEqualTo(LocalDate.of(2026, 10, 22));
  }

  @Test
  void adjustedOnTheSundayThatIsAWorkingDay() {
    // after Sun 09-20 (调休 working, not counted itself): 09-21..24 (4); 09-25..27 off;
    // 09-28..30 (7); 10-01..07 off; 10-08, 09 (9); Sat 10-10 (10); 10-12..16 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2026, 9, 20))).isEqualTo(LocalDate.of(2026, 10, 16));
  }

  @Test
  void acrossSpringFestival() {
    // after Tue 02-10: 02-11, 12, 13 (3); Sat 02-14 working (4); 02-15..23 off;
    // 02-24..27 (8); Sat 02-28 working (9); 03-02..06 (14); Mon 03-09 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2026, 2, 10))).isEqualTo(LocalDate.of(2026, 3, 9));
  }

  @Test
  void adjustedDuringSpringFestival() {
    // after 02-17 (a holiday): 02-18..23 off; 02-24..27 (4); Sat 02-28 (5); 03-02..06 (10);
    // 03-09..13 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 3, 13));
  }

  @Test
  void acrossNewYearAndItsWorkingSunday() {
    // after Wed 2025-12-31: 01-01..03 off; Sun 01-04 working (1); 01-05..09 (6); 01-12..16 (11);
    // 01-19..22 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 22));
  }

  @Test
  void ordinaryWeeksOnly() {
    // after Mon 2026-11-02: 11-03..06 (4); 11-09..13 (9); 11-16..20 (14); Mon 11-23 (15)
    assertThat(rules.filingDueDay(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void stepArticlesNameElementsOfTheDiagram() throws Exception {
    String bpmn = Files.readString(Path.of("processes/plan-change.bpmn"), StandardCharsets.UTF_8);
    Map<String, List<String>> articles =
        new PlanChangeFamily(null, null, null, null).stepArticles();
    assertThat(articles).isNotEmpty();
    for (String activity : articles.keySet()) {
      assertThat(bpmn).as(activity).contains("id=\"" + activity + "\"");
    }
    assertThat(articles.values())
        .allSatisfy(list -> assertThat(list).allMatch(a -> a.matches("条例 第.+条(第.+[款项])?")));
  }
}
