package cn.affairs.approval.vehicle;

import cn.affairs.approval.application.StepFormBackfill;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Migration 46.1: the procurement results of cases past 集中采购 at the upgrade, into {@code
 * vehicle_procurement}.
 */
@Component
class ProcurementBackfill extends StepFormBackfill {

  ProcurementBackfill() {
    super("46.1", CentralProcurement.TASK);
  }

  @Override
  protected void copy(Connection connection, String applicationId, JsonNode form)
      throws SQLException {
    if (!form.hasNonNull("finalPrice") || !form.hasNonNull("plate")) {
      return;
    }
    execute(connection, "DELETE FROM vehicle_procurement WHERE application_id = ?", applicationId);
    execute(
        connection,
        "INSERT INTO vehicle_procurement (application_id, supplier, final_price, plate, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?)",
        applicationId,
        form.path("supplier").asText(null),
        form.get("finalPrice").decimalValue(),
        form.get("plate").asText(),
        Timestamp.valueOf(LocalDateTime.now()));
  }
}
