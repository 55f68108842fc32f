package cn.affairs.approval.asset;

import cn.affairs.approval.application.StepFormBackfill;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Migration 46.4: who received the assets at 交接 before the upgrade, into {@code asset_handover}.
 */
@Component
class HandoverBackfill extends StepFormBackfill {

  HandoverBackfill() {
    super("46.4", AssetTransferFamily.HANDOVER);
  }

  @Override
  protected void copy(Connection connection, String applicationId, JsonNode form)
      throws SQLException {
    String receivedBy = form.path("receivedBy").asText("");
    if (receivedBy.isBlank()) {
      return;
    }
    execute(connection, "DELETE FROM asset_handover WHERE application_id = ?", applicationId);
    execute(
        connection,
        "INSERT INTO asset_handover (application_id, received_by, recorded_at) VALUES (?, ?, ?)",
        applicationId,
        receivedBy,
        Timestamp.valueOf(LocalDateTime.now()));
  }
}
