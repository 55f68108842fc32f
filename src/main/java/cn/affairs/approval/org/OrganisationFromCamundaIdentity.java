package cn.affairs.approval.org;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * V62: moves an existing installation's accounts from Camunda's identity tables into ours, which
 * V60 made the one source of truth: each user's password hash and salt (same format, so passwords
 * keep working), e-mail, and a role for every membership of a role group ({@code
 * sx.BUREAU_REVIEWER}, {@code sx-jyt.UNIT_HEAD}, {@code camunda-admin}). A new database has no such
 * rows: nothing to do.
 */
@Component
class OrganisationFromCamundaIdentity implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("62");
  }

  @Override
  public String getDescription() {
    return "organisation from camunda identity";
  }

  @Override
  public Integer getChecksum() {
    return 62;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    copy(context.getConnection());
  }

  /** The copy itself, on any connection where V60 has run. */
  static int copy(Connection connection) throws SQLException {
    if (!exists(connection, "ACT_ID_USER") || !exists(connection, "ACT_ID_MEMBERSHIP")) {
      return 0;
    }
    int copied = 0;
    try (Statement users = connection.createStatement();
        ResultSet rows = users.executeQuery("SELECT ID_, EMAIL_, PWD_, SALT_ FROM ACT_ID_USER");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE app_user SET password_hash = ?, "
                    + "password_salt = ?, email = COALESCE(email, ?) WHERE id = ? AND password_hash IS NULL")) {
      while (rows.next()) {
        update.setString(1, rows.getString("PWD_"));
        update.setString(2, rows.getString("SALT_"));
        update.setString(3, rows.getString("EMAIL_"));
        update.setString(4, rows.getString("ID_"));
        copied += update.executeUpdate();
      }
    }
    try (Statement memberships = connection.createStatement();
        ResultSet rows =
            memberships.executeQuery(
                "SELECT m.USER_ID_, m.GROUP_ID_ FROM ACT_ID_MEMBERSHIP m "
                    + "JOIN app_user u ON u.id = m.USER_ID_");
        PreparedStatement has =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role_code = ?");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO user_role (user_id, role_code) VALUES (?, ?)")) {
      while (rows.next()) {
        Role role = Role.ofGroup(rows.getString("GROUP_ID_"));
        if (role == null) {
          continue;
        }
        has.setString(1, rows.getString("USER_ID_"));
        has.setString(2, role.name());
        try (ResultSet count = has.executeQuery()) {
          count.next();
          if (count.getInt(1) > 0) {
            continue;
          }
        }
        insert.setString(1, rows.getString("USER_ID_"));
        insert.setString(2, role.name());
        insert.executeUpdate();
      }
    }
    return copied;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet found =
          meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (found.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
