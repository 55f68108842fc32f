package cn.affairs.approval.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the tests run with the {@code mysql} profile (the failsafe run of the README's test
 * command), gives them a new, empty utf8mb4 database on the real server, once per JVM, so every run
 * starts from Flyway's and Camunda's own schema creation and the demo data.
 */
public class MariaDbTestDatabase implements EnvironmentPostProcessor {

  private static String database;

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.matchesProfiles("mysql")
        || !System.getProperty("affairs.test.profiles", "").contains("mysql")) {
      return;
    }
    synchronized (MariaDbTestDatabase.class) {
      if (database == null) {
        database = "affairs_it_" + ProcessHandle.current().pid();
        recreate(environment, database, true);
        String name = database;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> recreate(environment, name, false)));
      }
    }
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "mariadbTestDatabase", Map.of("DB_NAME", database, "DEMO_DATA", "true")));
  }

  /**
   * Drops the database and, unless {@code create} is false (at JVM exit), creates it again empty.
   */
  private static void recreate(ConfigurableEnvironment environment, String name, boolean create) {
    String host = environment.getProperty("DB_HOST", "127.0.0.1");
    String port = environment.getProperty("DB_PORT", "3306");
    String url =
        "jdbc:mysql://" + host + ":" + port + "/?useSSL=false&allowPublicKeyRetrieval=true";
    try (Connection c =
            DriverManager.getConnection(
                url,
                environment.getProperty("DB_USER", "root"),
                environment.getProperty("DB_PASSWORD", ""));
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      if (create) {
        s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "MariaDB/MySQL at " + host + ":" + port + " is needed for the *IT run: " + e.getMessage(),
          e);
    }
  }
}
