package cn.affairs.approval.repair;

import cn.affairs.approval.application.StepFormBackfill;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Migration 46.2: the completions reported at 实施 before the upgrade, into {@code
 * repair_completion_report}.
 */
@Component
class CompletionReportBackfill extends StepFormBackfill {

  CompletionReportBackfill() {
    super("46.2", RepairCompletionRecord.IMPLEMENTATION_TASK);
  }

  @Override
  protected void copy(Connection connection, String applicationId, JsonNode form)
      throws SQLException {
    if (!form.path("completedOn").isTextual() || !form.path("actualCost").isNumber()) {
      return;
    }
    execute(
        connection, "DELETE FROM repair_completion_report WHERE application_id = ?", applicationId);
    execute(
        connection,
        "INSERT INTO repair_completion_report (application_id, completed_on, actual_cost, recorded_at) "
            + "VALUES (?, ?, ?, ?)",
        applicationId,
        Date.valueOf(LocalDate.parse(form.get("completedOn").asText())),
        form.get("actualCost").decimalValue(),
        Timestamp.valueOf(LocalDateTime.now()));
  }
}
