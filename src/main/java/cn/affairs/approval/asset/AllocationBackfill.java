package cn.affairs.approval.asset;

import cn.affairs.approval.application.StepFormBackfill;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * Migration 46.3: the warehouse items allocated at 资产审核 before the upgrade, into {@code
 * asset_allocation}.
 */
@Component
class AllocationBackfill extends StepFormBackfill {

  AllocationBackfill() {
    super("46.3", AssetTransferFamily.BUREAU_REVIEW);
  }

  @Override
  protected void copy(Connection connection, String applicationId, JsonNode form)
      throws SQLException {
    execute(connection, "DELETE FROM asset_allocation WHERE application_id = ?", applicationId);
    for (JsonNode code : form.path("allocatedAssets")) {
      execute(
          connection,
          "INSERT INTO asset_allocation (application_id, asset_code) VALUES (?, ?)",
          applicationId,
          code.asText());
    }
  }
}
