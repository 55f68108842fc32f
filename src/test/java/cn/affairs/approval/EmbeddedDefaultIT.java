package cn.affairs.approval;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What `mvn spring-boot:run` does on a fresh machine: the default configuration (an H2 file
 * database, the demo data) starts, serves the demo accounts, and keeps its data across a restart
 * without loading the demo data or deploying the processes again; an applicant's draft (草稿) too.
 */
class EmbeddedDefaultIT {

  @Test
  void theDefaultRunKeepsItsDataAcrossRestarts() throws Exception {
    Path dir = Files.createTempDirectory("affairs-default");
    String url =
        "--spring.datasource.url=jdbc:h2:file:"
            + dir.resolve("db")
            + ";MODE=MySQL;DATABASE_TO_LOWER=FALSE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000";
    String id;
    String draftId;
    try (ConfigurableApplicationContext first = start(url)) {
      ApiClient api = new ApiClient(port(first));
      Response created =
          api.as("sx-jyt-staff")
              .post(
                  "/api/applications",
                  Map.of(
                      "processKey",
                      "office-space-construction",
                      "form",
                      cn.affairs.approval.testing.ConstructionForms.expansion(10)));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      id = created.get("id").asText();
      assertThat(api.as("sx-jyt-staff").get("/api/me").get("unit").get("name").asText())
          .isEqualTo("山西省教育厅");
      Response draft =
          api.as("sx-jyt-staff")
              .post(
                  "/api/drafts",
                  Map.of(
                      "processKey",
                      "office-space-construction",
                      "form",
                      Map.of("projectName", "重启前的草稿", "addedOfficeRoomArea", 25)));
      assertThat(draft.status()).as(draft.text()).isEqualTo(201);
      draftId = draft.get("id").asText();
    }
    try (ConfigurableApplicationContext second = start(url)) {
      ApiClient api = new ApiClient(port(second));
      Response detail = api.as("sx-jyt-staff").get("/api/applications/" + id);
      assertThat(detail.status()).isEqualTo(200);
      assertThat(detail.get("currentSteps").get(0).get("name").asText()).isEqualTo("单位负责人审核");
      Response processes = api.as("sx-jyt-staff").get("/api/processes");
      processes
          .body()
          .forEach(
              p -> assertThat(p.get("version").asInt()).as(p.get("key").asText()).isEqualTo(1));
      // a second load of the demo data would have failed the start on duplicate keys
      assertThat(api.as("admin").get("/engine-rest/group/count").get("count").asInt()).isPositive();
      Response next =
          api.as("sx-jyt-staff")
              .post(
                  "/api/applications",
                  Map.of(
                      "processKey",
                      "office-space-construction",
                      "form",
                      cn.affairs.approval.testing.ConstructionForms.expansion(10)));
      assertThat(next.get("id").asText()).isNotEqualTo(id);
      // the draft survived the restart, with its form and version, and is still only its author's
      Response draft = api.as("sx-jyt-staff").get("/api/drafts/" + draftId);
      assertThat(draft.status()).as(draft.text()).isEqualTo(200);
      assertThat(draft.get("form").get("projectName").asText()).isEqualTo("重启前的草稿");
      assertThat(draft.get("form").get("addedOfficeRoomArea").asInt()).isEqualTo(25);
      assertThat(draft.get("version").asInt()).isEqualTo(1);
      assertThat(api.as("sx-jtt-staff").get("/api/drafts/" + draftId).status()).isEqualTo(403);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(AffairsApprovalApplication.class)
        .run(
            "--server.port=0",
            url,
            "--camunda.bpm.job-execution.enabled=false",
            "--spring.profiles.active=default");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
