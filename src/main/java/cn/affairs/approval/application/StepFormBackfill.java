package cn.affairs.approval.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A schema migration that copies what one step recorded, for the cases that were past it when its
 * typed table came (V46), from the decision log's JSON into that table. Each family that owns such
 * a table contributes one as a Spring bean (Flyway runs the beans); {@link #copy} writes its row.
 * Runs once per database, like every migration.
 */
public abstract class StepFormBackfill implements JavaMigration {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String version;
  private final String step;

  protected StepFormBackfill(String version, String step) {
    this.version = version;
    this.step = step;
  }

  /** Writes the typed row of one case from the form its latest approval of the step sent. */
  protected abstract void copy(Connection connection, String applicationId, JsonNode stepForm)
      throws SQLException;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public String getDescription() {
    return "step results of " + step + " from the decision log";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    migrate(context.getConnection());
  }

  /** The copy itself, on a connection of the caller's (a migration's, or a test's). */
  public void migrate(Connection connection) throws Exception {
    Map<String, String> latest = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT application_id, form_json FROM decision_log "
                + "WHERE step = ? AND decision = 'APPROVE' AND form_json IS NOT NULL ORDER BY id")) {
      query.setString(1, step);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          latest.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    for (Map.Entry<String, String> entry : latest.entrySet()) {
      copy(connection, entry.getKey(), JSON.readTree(entry.getValue()));
    }
  }

  /** Runs {@code sql} with {@code values} bound in order. */
  protected static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
