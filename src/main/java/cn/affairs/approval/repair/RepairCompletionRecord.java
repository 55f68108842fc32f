package cn.affairs.approval.repair;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记竣工情况: the completion date and actual cost the unit reported at 实施 (kept in {@code
 * repair_completion_report} when it approved the step) go to the repair register, for the bureau's
 * 验收 (办法 第二十条第二款 组织实施).
 */
@Component("repairCompletionRecord")
class RepairCompletionRecord implements JavaDelegate {

  static final String IMPLEMENTATION_TASK = "Task_Implementation";

  private final CompletionReportMapper reports;
  private final RepairRegister register;
  private final Clock clock;

  RepairCompletionRecord(CompletionReportMapper reports, RepairRegister register, Clock clock) {
    this.reports = reports;
    this.register = register;
    this.clock = clock;
  }

  /** Keeps the completion of an approved 实施 step (validated: a date and a cost). */
  void report(String applicationId, JsonNode stepForm) {
    reports.delete(applicationId);
    reports.insert(
        applicationId,
        LocalDate.parse(stepForm.get("completedOn").asText()),
        stepForm.get("actualCost").decimalValue(),
        LocalDateTime.now(clock));
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    CompletionReportMapper.Report report = reports.find(id);
    if (report == null) {
      // the API requires completedOn and actualCost to report completion, so this is a fault
      throw new IllegalStateException(
          "case " + id + " reported completion without completedOn and actualCost");
    }
    register.recordCompletion(id, report.completedOn(), report.actualCost());
  }
}
