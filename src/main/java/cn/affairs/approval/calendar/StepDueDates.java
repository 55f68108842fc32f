package cn.affairs.approval.calendar;

import cn.affairs.approval.standards.StandardsCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every deployed process a due date in working days (本级规定
 * localPolicy.taskDueWorkingDays), unless the BPMN sets one itself, and notes on every due date,
 * however computed, that it lies in a year whose calendar is not entered. Added to each user task
 * when its BPMN is parsed, so diagrams that admins deploy get it too.
 */
@Component
class StepDueDates extends AbstractProcessEnginePlugin {

  /** Same name as ApplicationLifecycle.DUE_NOTE (this package cannot depend on application). */
  static final String DUE_NOTE = "dueNote";

  /** Tasks are due at the end of the working day. */
  static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private final WorkingDayCalendar calendar;
  private final StandardsCatalogue standards;
  private final Clock clock;

  StepDueDates(@Lazy WorkingDayCalendar calendar, @Lazy StandardsCatalogue standards, Clock clock) {
    this.calendar = calendar;
    this.standards = standards;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener setDue = this::setDue;
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(
                  Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addTaskListener(TaskListener.EVENTNAME_CREATE, setDue);
              }
            });
  }

  /**
   * The one place that decides the due date's note, whatever computed the date: the 本级规定 default,
   * {@code ${workingDays.after(n)}}, or a family's own rule in the diagram (the repair works' year
   * end). A date in a year whose calendar is not entered (missing or provisional), or counted
   * across one, carries the note.
   */
  private void setDue(DelegateTask task) {
    LocalDate today = LocalDate.now(clock);
    Date due = task.getDueDate();
    if (due == null) {
      int days = standards.value("localPolicy.taskDueWorkingDays").intValue();
      due =
          Date.from(
              calendar
                  .addWorkingDays(today, days)
                  .atTime(END_OF_DAY)
                  .atZone(clock.getZone())
                  .toInstant());
      task.setDueDate(due);
    }
    String note =
        calendar.uncertainty(today, due.toInstant().atZone(clock.getZone()).toLocalDate());
    if (note != null) {
      task.setVariableLocal(
          DUE_NOTE, note); // shown with the due date (ApplicationLifecycle.dueNote)
    }
  }
}
