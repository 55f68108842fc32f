package cn.affairs.approval.planchange;

import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Routing and deadlines of the plan-change process, read by its gateways. The emergency 备案 of 条例
 * 第三十八条 is the unit's duty: the unit files by submitting the emergency change, and it is judged on
 * when it filed (adjustedOn + fifteen working days), not on how long the bureau takes to confirm
 * the filing; the bureau's 备案 step has an ordinary step due date (StepDueDates) like every other
 * step.
 */
@Component("planChangeRules")
public class PlanChangeRules {

  /**
   * The filing is due by the end of the due day: 第三十八条 gives fifteen working days, and a filing
   * made on the fifteenth day, at any hour, is in time.
   */
  static final LocalTime END_OF_DUE_DAY = LocalTime.of(23, 59, 59);

  private final CaseFiles caseFiles;
  private final PlanChangeEffects effects;
  private final WorkingDayCalendar calendar;
  private final StandardsCatalogue catalogue;
  private final Clock clock;

  PlanChangeRules(
      CaseFiles caseFiles,
      PlanChangeEffects effects,
      WorkingDayCalendar calendar,
      StandardsCatalogue catalogue,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.effects = effects;
    this.calendar = calendar;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * The process variable holding the instant the unit first filed this emergency change (its first
   * submission on the emergency path); kept when the case is returned and filed again, so that a
   * correction the bureau orders does not make a timely filing late.
   */
  static final String FILED_AT = "emergencyFiledAt";

  /** 先行调整 (条例 第三十八条): the unit adjusted its plan first to meet an emergency. */
  public boolean emergency(DelegateExecution execution) {
    return form(execution).emergency();
  }

  /** 财政部门 reviews a change that raises the plan total, judged on the plan as it stands now. */
  public boolean totalRises(DelegateExecution execution) {
    return effects.of(caseFiles.load(execution.getProcessBusinessKey())).increase().signum() > 0;
  }

  /**
   * The unit files: the start of the 备案 sub-process records the instant of the first filing (the
   * engine's clock, the one its timers and history use). Called by the sub-process start listener.
   */
  public void recordFiling(DelegateExecution execution) {
    if (execution.getVariable(FILED_AT) == null) {
      execution.setVariable(FILED_AT, ClockUtil.getCurrentTime());
    }
  }

  /** The instant the unit first filed this emergency change. */
  public Date filedAt(DelegateExecution execution) {
    Object filed = execution.getVariable(FILED_AT);
    if (!(filed instanceof Date date)) {
      throw new IllegalStateException(
          "emergency plan change " + execution.getProcessBusinessKey() + " has no filing instant");
    }
    return date;
  }

  /**
   * 逾期备案 (条例 第三十八条): the unit filed after the end of the fifteenth working day after {@code
   * adjustedOn}.
   */
  public boolean filedLate(DelegateExecution execution) {
    return filedAt(execution).after(filingDeadline(execution));
  }

  /**
   * The end of the day the 备案 is due: {@code adjustedOn} + planChange.emergencyFilingWorkingDays
   * working days.
   */
  public Date filingDeadline(DelegateExecution execution) {
    LocalDate adjustedOn = form(execution).adjustedOn();
    if (adjustedOn == null) {
      throw new IllegalStateException(
          "emergency plan change " + execution.getProcessBusinessKey() + " has no adjustedOn");
    }
    return Date.from(
        filingDueDay(adjustedOn).atTime(END_OF_DUE_DAY).atZone(clock.getZone()).toInstant());
  }

  /**
   * The working day by which an emergency change made on {@code adjustedOn} must be filed (条例
   * 第三十八条).
   */
  public LocalDate filingDueDay(LocalDate adjustedOn) {
    int days = catalogue.value("planChange.emergencyFilingWorkingDays").intValueExact();
    return calendar.addWorkingDays(adjustedOn, days);
  }

  private PlanChangeForm form(DelegateExecution execution) {
    return caseFiles.load(execution.getProcessBusinessKey()).form(PlanChangeForm.class);
  }
}
