package cn.affairs.approval.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V62 on a database that had accounts in Camunda's identity tables before V60. */
class OrganisationFromCamundaIdentityTest {

  @Test
  void passwordsEmailsAndRoleMembershipsMoveIntoOurTablesOnce() throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:mem:v62;MODE=MySQL;DATABASE_TO_LOWER=FALSE");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE app_user (id VARCHAR(64) PRIMARY KEY, name VARCHAR(64), unit_code VARCHAR(32), "
              + "email VARCHAR(128), password_hash VARCHAR(255), password_salt VARCHAR(255), active BOOLEAN DEFAULT TRUE)");
      s.execute(
          "CREATE TABLE user_role (user_id VARCHAR(64), role_code VARCHAR(32), PRIMARY KEY (user_id, role_code))");
      s.execute(
          "CREATE TABLE ACT_ID_USER (ID_ VARCHAR(64), EMAIL_ VARCHAR(255), PWD_ VARCHAR(255), SALT_ VARCHAR(255))");
      s.execute("CREATE TABLE ACT_ID_MEMBERSHIP (USER_ID_ VARCHAR(64), GROUP_ID_ VARCHAR(64))");
      s.execute(
          "INSERT INTO app_user (id, name, unit_code) VALUES ('sx-jyt-head', '吴处长', 'sx-jyt'), "
              + "('admin', '系统管理员', 'sx-jgsw')");
      s.execute(
          "INSERT INTO ACT_ID_USER VALUES ('sx-jyt-head', 'head@jyt.example', '{SHA-512}abc', 'salt1'), "
              + "('admin', NULL, '{SHA-512}def', 'salt2'), ('ghost', NULL, '{SHA-512}ghi', 'salt3')");
      s.execute(
          "INSERT INTO ACT_ID_MEMBERSHIP VALUES ('sx-jyt-head', 'sx-jyt.UNIT_HEAD'), "
              + "('admin', 'camunda-admin'), ('admin', 'some-other-group'), ('ghost', 'sx.FINANCE')");

      assertThat(OrganisationFromCamundaIdentity.copy(c)).isEqualTo(2);
      assertThat(OrganisationFromCamundaIdentity.copy(c)).isZero();

      try (ResultSet r =
          s.executeQuery(
              "SELECT email, password_hash, password_salt FROM app_user WHERE id = 'sx-jyt-head'")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("head@jyt.example");
        assertThat(r.getString(2)).isEqualTo("{SHA-512}abc");
        assertThat(r.getString(3)).isEqualTo("salt1");
      }
      List<String> roles = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery("SELECT user_id, role_code FROM user_role ORDER BY user_id")) {
        while (r.next()) {
          roles.add(r.getString(1) + ":" + r.getString(2));
        }
      }
      assertThat(roles).containsExactly("admin:ADMIN", "sx-jyt-head:UNIT_HEAD");
    }
  }

  @Test
  void aNewDatabaseWithoutCamundasTablesHasNothingToMove() throws Exception {
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:mem:v62new;MODE=MySQL;DATABASE_TO_LOWER=FALSE")) {
      assertThat(OrganisationFromCamundaIdentity.copy(c)).isZero();
    }
  }
}
