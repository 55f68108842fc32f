package cn.affairs.approval.repair;

import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Routing of the office-repair process and the due date of 实施, read by its BPMN. */
@Component("repairRules")
public class RepairRules {

  /** Steps are due at the end of the working day, as every other step. */
  static final LocalTime END_OF_DAY = LocalTime.of(18, 0);

  private final CaseFiles caseFiles;
  private final StandardsCatalogue catalogue;
  private final RepairRegister register;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  RepairRules(
      CaseFiles caseFiles,
      StandardsCatalogue catalogue,
      RepairRegister register,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
    this.register = register;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** 日常维修 is the unit's own duty (办法 第二十条第一款): it ends after the unit head's approval. */
  public boolean isRoutine(DelegateExecution execution) {
    return !form(execution).needsBureau(catalogue.value(RepairScopeCheck.BUREAU_AMOUNT));
  }

  /**
   * A major repair goes to 本级政府 for approval when its estimated cost reaches the amount the bureau
   * sets (本级规定 localPolicy.governmentApprovalCost; 办法 第二十条第二款 按照本级政府有关规定).
   */
  public boolean needsGovernmentApproval(DelegateExecution execution) {
    return needsGovernmentApproval(form(execution).estimatedCost());
  }

  boolean needsGovernmentApproval(BigDecimal estimatedCost) {
    return estimatedCost.compareTo(catalogue.value("localPolicy.governmentApprovalCost")) >= 0;
  }

  /**
   * 实施 is due by the last working day of the year whose annual plan holds the repair: the plan is
   * the year's (条例 第三十三、三十七条), so the works are too. When that day has passed (rework ordered after
   * the year ended) the usual step deadline applies from today.
   */
  public Date implementationDue(DelegateExecution execution) {
    LocalDate today = LocalDate.now(clock);
    RepairProject project = register.ofApplication(execution.getProcessBusinessKey());
    int year = project != null && project.planYear() != null ? project.planYear() : today.getYear();
    LocalDate due = LocalDate.of(year, 12, 31);
    while (!calendar.isWorkingDay(due)) {
      due = due.minusDays(1);
    }
    if (due.isBefore(today)) {
      due =
          calendar.addWorkingDays(
              today, catalogue.value("localPolicy.taskDueWorkingDays").intValue());
    }
    return Date.from(due.atTime(END_OF_DAY).atZone(clock.getZone()).toInstant());
  }

  private RepairForm form(DelegateExecution execution) {
    return caseFiles.load(execution.getProcessBusinessKey()).form(RepairForm.class);
  }
}
