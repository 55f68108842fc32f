package cn.affairs.approval.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of a fault test's own on the MariaDB server at 127.0.0.1:3306 (created empty, dropped
 * at the end), so that its checks over every row see only its own cases.
 */
public final class OwnMariaDb implements AutoCloseable {

  public static final String HOST = "127.0.0.1";
  public static final int PORT = 3306;

  private final String name;

  public OwnMariaDb(String prefix) {
    this.name = prefix + "_" + ProcessHandle.current().pid();
    execute("DROP DATABASE IF EXISTS " + name);
    execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
  }

  public String name() {
    return name;
  }

  /** The JDBC URL of the mysql profile, to this database through {@code port}. */
  public String url(int port) {
    return "jdbc:mysql://"
        + HOST
        + ":"
        + port
        + "/"
        + name
        + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
        + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false"
        + "&allowPublicKeyRetrieval=true&serverTimezone=Asia/Shanghai&connectTimeout=3000";
  }

  /** Straight to the server, past any proxy of the test. */
  public JdbcTemplate jdbc() {
    return new JdbcTemplate(new DriverManagerDataSource(url(PORT), "root", ""));
  }

  @Override
  public void close() {
    execute("DROP DATABASE IF EXISTS " + name);
  }

  private static void execute(String sql) {
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mysql://" + HOST + ":" + PORT + "/?useSSL=false&allowPublicKeyRetrieval=true",
                "root",
                "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("MariaDB at " + HOST + ":" + PORT + ": " + e.getMessage(), e);
    }
  }
}
