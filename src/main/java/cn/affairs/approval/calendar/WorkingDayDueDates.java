package cn.affairs.approval.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * A step's own due date in working days, set in the diagram editor as {@code
 * camunda:dueDate="${workingDays.after(3)}"}; steps without one get the 本级规定 default
 * (StepDueDates).
 */
@Component("workingDays")
public class WorkingDayDueDates {

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  WorkingDayDueDates(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The end of the working day {@code days} working days from today. */
  public Date after(int days) {
    LocalDate due = calendar.addWorkingDays(LocalDate.now(clock), days);
    return Date.from(due.atTime(StepDueDates.END_OF_DAY).atZone(clock.getZone()).toInstant());
  }
}
