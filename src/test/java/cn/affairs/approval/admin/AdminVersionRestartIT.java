package cn.affairs.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.AffairsApprovalApplication;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A restart on the same database keeps the version an admin deployed (and the admin's standards and
 * calendar edits), on the embedded H2 file database and on MariaDB; an upgrade that ships a changed
 * diagram deploys it where no admin deployed a version, and lists it as available where one did.
 */
class AdminVersionRestartIT {

  @Test
  void onAnH2FileDatabase() throws Exception {
    Path dir = Files.createTempDirectory("affairs-restart");
    restartKeepsTheAdminsVersion(
        List.of(
            "--spring.datasource.url=jdbc:h2:file:"
                + dir.resolve("db")
                + ";MODE=MySQL;DATABASE_TO_LOWER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000",
            "--spring.profiles.active=default"));
  }

  @Test
  void onMariaDb() throws Exception {
    String database = "affairs_restart_" + ProcessHandle.current().pid();
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true",
                "root",
                "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try {
      // the URL itself, not DB_NAME: the failsafe run points DB_NAME at the API suite's database
      restartKeepsTheAdminsVersion(
          List.of(
              "--spring.profiles.active=mysql",
              "--spring.datasource.url=jdbc:mysql://"
                  + "127.0.0.1:3306/"
                  + database
                  + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
                  + "&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true"
                  + "&serverTimezone=Asia/Shanghai"));
    } finally {
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:mysql://127.0.0.1:3306/?useSSL=false&allowPublicKeyRetrieval=true",
                  "root",
                  "");
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + database);
      }
    }
  }

  /**
   * Closing an application clears Camunda's static engine registries (read by /engine-rest and the
   * webapps) in the whole JVM, so the pom runs this class in a JVM of its own (*RestartIT), apart
   * from the API suite's shared test context.
   */
  private void restartKeepsTheAdminsVersion(List<String> database) throws Exception {
    restarts(database);
  }

  private void restarts(List<String> database) throws Exception {
    try (ConfigurableApplicationContext first = start(database, null)) {
      ApiClient admin = new ApiClient(port(first)).as("admin");
      assertThat(latest(admin, "vehicle-purchase")).isEqualTo(1);
      String renamed =
          Diagrams.packaged("vehicle-purchase").replace("name=\"财政部门审核\"", "name=\"财政部门审查\"");
      Response deployed =
          admin.postFile(
              "/api/admin/deployments", "vehicle-purchase.bpmn", Diagrams.bytes(renamed));
      assertThat(deployed.status()).as(deployed.text()).isEqualTo(201);
      assertThat(deployed.get("version").asInt()).isEqualTo(2);
      assertThat(
              put(
                      admin,
                      "/api/admin/standards/localPolicy.repairMinIntervalYears",
                      "{\"value\": 12, \"reason\": \"本级文件调整\"}")
                  .status())
          .isEqualTo(200);
      assertThat(
              put(
                      admin,
                      "/api/admin/calendar/2031",
                      "{\"holidays\": [\"2031-01-01\"], \"workdays\": [],"
                          + " \"source\": \"测试用 2031 年安排\"}")
                  .status())
          .isEqualTo(200);
    }

    // the upgrade ships changed diagrams of two families
    Path upgrade = Files.createTempDirectory("affairs-upgrade");
    Files.writeString(
        upgrade.resolve("vehicle-purchase.bpmn"),
        Diagrams.packaged("vehicle-purchase").replace("name=\"集中采购\"", "name=\"政府集中采购\""),
        StandardCharsets.UTF_8);
    Files.writeString(
        upgrade.resolve("office-repair.bpmn"),
        Diagrams.packaged("office-repair").replace("name=\"单位负责人审核\"", "name=\"单位负责人审批\""),
        StandardCharsets.UTF_8);
    String locations = "classpath*:processes/*.bpmn,file:" + upgrade + "/*.bpmn";

    try (ConfigurableApplicationContext second = start(database, locations)) {
      ApiClient api = new ApiClient(port(second));
      ApiClient admin = api.as("admin");
      // standards and calendar edits survive the restart
      boolean found = false;
      for (JsonNode f : admin.get("/api/admin/standards").body()) {
        if ("localPolicy.repairMinIntervalYears".equals(f.get("key").asText())) {
          assertThat(f.get("value").asInt()).isEqualTo(12);
          found = true;
        }
      }
      assertThat(found).isTrue();
      JsonNode year = admin.get("/api/admin/calendar/2031").body();
      assertThat(year.get("loaded").asBoolean()).isTrue();
      assertThat(year.get("holidays").get(0).asText()).isEqualTo("2031-01-01");

      JsonNode vehicle = family(admin, "vehicle-purchase");
      assertThat(vehicle.get("newCasesVersion").asInt())
          .as("the admin's version stays")
          .isEqualTo(2);
      assertThat(vehicle.get("packagedAvailable").asBoolean()).isTrue();
      assertThat(admin.get("/api/admin/processes/vehicle-purchase/xml").text())
          .contains("财政部门审查")
          .doesNotContain("政府集中采购");
      assertThat(family(admin, "office-repair").get("newCasesVersion").asInt())
          .as("no admin version: upgraded")
          .isEqualTo(2);
      assertThat(admin.get("/api/admin/processes/office-repair/xml").text()).contains("单位负责人审批");
      assertThat(family(admin, "office-space-lease").get("latestVersion").asInt())
          .as("unchanged: not redeployed")
          .isEqualTo(1);

      Response adopted = admin.post("/api/admin/processes/vehicle-purchase/packaged/adopt");
      assertThat(adopted.status()).as(adopted.text()).isEqualTo(201);
      assertThat(adopted.get("version").asInt()).isEqualTo(3);
      assertThat(family(admin, "vehicle-purchase").get("packagedAvailable").asBoolean()).isFalse();
      assertThat(admin.post("/api/admin/processes/vehicle-purchase/packaged/adopt").status())
          .isEqualTo(409);
    }

    try (ConfigurableApplicationContext third = start(database, locations)) {
      ApiClient admin = new ApiClient(port(third)).as("admin");
      List<Integer> latest = new ArrayList<>();
      for (String key : List.of("vehicle-purchase", "office-repair", "office-space-lease")) {
        latest.add(latest(admin, key));
      }
      assertThat(latest).as("a plain restart deploys nothing").containsExactly(3, 2, 1);
    }
  }

  private static Response put(ApiClient as, String path, String json) {
    return as.send(
        as.request(path)
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private static int latest(ApiClient admin, String key) {
    return family(admin, key).get("latestVersion").asInt();
  }

  private static JsonNode family(ApiClient admin, String key) {
    Response list = admin.get("/api/admin/processes");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode family : list.body()) {
      if (key.equals(family.get("key").asText())) {
        return family;
      }
    }
    throw new AssertionError(key);
  }

  private static ConfigurableApplicationContext start(List<String> database, String locations) {
    List<String> args = new ArrayList<>(database);
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    if (locations != null) {
      args.add("--affairs.processes.locations=" + locations);
    }
    return new SpringApplicationBuilder(AffairsApprovalApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
