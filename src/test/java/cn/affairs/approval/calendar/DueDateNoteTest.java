package cn.affairs.approval.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.standards.StandardsCatalogue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/**
 * Every due date a user task gets carries the calendar's note when it lies in a year whose calendar
 * is missing or only provisional, whatever computed it: here {@code ${workingDays.after(n)}} in the
 * diagram and a family's own rule, on an engine of its own with the real due-date listener, a fixed
 * day (10 December 2026) and a calendar with 2026 entered, 2027 provisional and 2028 missing.
 */
class DueDateNoteTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final String CALENDAR =
      """
      sources:
        2026: 国务院办公厅关于2026年部分节假日安排的通知
      daysOff:
        - 2026-10-01..2026-10-07
      extraWorkingDays:
        - 2026-10-10
      provisional:
        2027:
          source: 法定节日
          daysOff:
            - 2027-01-01
      """;

  final Clock clock =
      Clock.fixed(ZonedDateTime.of(2026, 12, 10, 10, 0, 0, 0, ZONE).toInstant(), ZONE);
  final WorkingDayCalendar calendar =
      new WorkingDayCalendar(new ByteArrayResource(CALENDAR.getBytes(StandardCharsets.UTF_8)));
  ProcessEngine engine;

  /** A family's own due-date rule, as repairRules.implementationDue: the end of a given day. */
  public static class YearEnd {
    private final Clock clock;

    YearEnd(Clock clock) {
      this.clock = clock;
    }

    public java.util.Date of(int year) {
      return java.util.Date.from(
          LocalDate.of(year, 12, 31)
              .atTime(StepDueDates.END_OF_DAY)
              .atZone(clock.getZone())
              .toInstant());
    }
  }

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:due-notes-" + UUID.randomUUID());
    configuration.setProcessEngineName("due-notes-" + UUID.randomUUID());
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(
        Map.of(
            "workingDays", new WorkingDayDueDates(calendar, clock), "yearEnd", new YearEnd(clock)));
    configuration
        .getProcessEnginePlugins()
        .add(
            new StepDueDates(
                calendar,
                new StandardsCatalogue(new ClassPathResource("config/standards.yml")),
                clock));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("dueNotes")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .parallelGateway("fork")
            .userTask("Soon")
            .camundaDueDate("${workingDays.after(3)}")
            .endEvent()
            .moveToNode("fork")
            .userTask("IntoProvisional")
            .camundaDueDate("${workingDays.after(20)}")
            .endEvent()
            .moveToNode("fork")
            .userTask("IntoMissing")
            .camundaDueDate("${workingDays.after(300)}")
            .endEvent()
            .moveToNode("fork")
            .userTask("ByRuleThisYear")
            .camundaDueDate("${yearEnd.of(2026)}")
            .endEvent()
            .moveToNode("fork")
            .userTask("ByRuleNextYear")
            .camundaDueDate("${yearEnd.of(2027)}")
            .endEvent()
            .moveToNode("fork")
            .userTask("ByDefault")
            .endEvent()
            .done();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("dueNotes.bpmn", model)
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey("dueNotes");
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  Task task(String key) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  LocalDate due(String key) {
    return task(key).getDueDate().toInstant().atZone(ZONE).toLocalDate();
  }

  Object note(String key) {
    return engine.getTaskService().getVariableLocal(task(key).getId(), StepDueDates.DUE_NOTE);
  }

  @Test
  void aDueDateByWorkingDaysInAnEnteredYearHasNoNote() {
    assertThat(due("Soon")).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(note("Soon")).isNull();
  }

  @Test
  void aDueDateByWorkingDaysInAProvisionalYearIsFlagged() {
    // 15 working days left in December, 元旦 off, then 4–8 January 2027
    assertThat(due("IntoProvisional")).isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat((String) note("IntoProvisional"))
        .contains("2027 年工作日历仅法定节日，调休安排未录入")
        .endsWith("可能不准");
  }

  @Test
  void aDueDateByWorkingDaysInAYearWithNoCalendarIsFlaggedWithEveryYearCountedAcross() {
    assertThat(due("IntoMissing").getYear()).isEqualTo(2028);
    assertThat((String) note("IntoMissing"))
        .contains("2027 年工作日历仅法定节日")
        .contains("2028 年工作日历未录入")
        .endsWith("可能不准");
  }

  @Test
  void aFamilysOwnDueDateRuleIsFlaggedInTheSameWay() {
    assertThat(due("ByRuleThisYear")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(note("ByRuleThisYear")).isNull();
    assertThat(due("ByRuleNextYear")).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat((String) note("ByRuleNextYear")).contains("2027 年工作日历");
  }

  @Test
  void theDefaultDueDateIsFlaggedOnlyWhenItLeavesTheEnteredYear() {
    assertThat(due("ByDefault")).isBefore(LocalDate.of(2026, 12, 31));
    assertThat(note("ByDefault")).isNull();
  }
}
