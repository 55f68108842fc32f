package cn.affairs.approval.draft;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 草稿 (api.md, Applications): incomplete forms, private to their author, versioned, submitted once.
 */
@AffairsTest
class DraftApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  Response create(String user, Map<String, Object> form) {
    Response created =
        api.as(user)
            .post("/api/drafts", Map.of("processKey", "office-space-construction", "form", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created;
  }

  static Map<String, Object> incomplete() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("projectType", "EXPANSION");
    form.put("addedOfficeRoomArea", 40); // no name, no cost yet
    return form;
  }

  @Test
  void anIncompleteFormIsSavedListedResumedAndChanged() {
    Response created = create("sx-jyt-staff", incomplete());
    String id = created.get("id").asText();
    assertThat(created.get("version").asInt()).isEqualTo(1);
    assertThat(created.get("title").isNull()).isTrue();
    assertThat(created.get("savedAt").asText()).isNotBlank();

    List<String> listed = new ArrayList<>();
    api.as("sx-jyt-staff").get("/api/drafts").body().forEach(d -> listed.add(d.get("id").asText()));
    assertThat(listed).contains(id);

    Response resumed = api.as("sx-jyt-staff").get("/api/drafts/" + id);
    assertThat(resumed.get("form").get("addedOfficeRoomArea").asInt()).isEqualTo(40);

    Map<String, Object> more = incomplete();
    more.put("projectName", "图书馆扩建");
    Response saved =
        api.as("sx-jyt-staff").put("/api/drafts/" + id, Map.of("version", 1, "form", more));
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.get("version").asInt()).isEqualTo(2);
    assertThat(saved.get("title").asText()).isEqualTo("图书馆扩建");
  }

  @Test
  void aDraftIsOnlyItsAuthors() {
    String id = create("sx-jyt-staff", incomplete()).get("id").asText();
    // the unit head of the same unit and a colleague of another unit see nothing of it
    for (String other : List.of("sx-jyt-head", "sx-jtt-staff", "sx-reviewer")) {
      assertThat(api.as(other).get("/api/drafts/" + id).status()).as(other).isEqualTo(403);
      assertThat(
              api.as(other)
                  .put("/api/drafts/" + id, Map.of("version", 1, "form", Map.of()))
                  .status())
          .as(other)
          .isEqualTo(403);
      assertThat(api.as(other).delete("/api/drafts/" + id).status()).as(other).isEqualTo(403);
      assertThat(api.as(other).post("/api/drafts/" + id + "/submit").status())
          .as(other)
          .isEqualTo(403);
      assertThat(api.as(other).get("/api/drafts").text()).doesNotContain(id);
    }
    assertThat(api.as("sx-jyt-staff").get("/api/drafts/" + id).status()).isEqualTo(200);
    // only those who may apply keep drafts
    Response reviewer =
        api.as("sx-reviewer")
            .post(
                "/api/drafts", Map.of("processKey", "office-space-construction", "form", Map.of()));
    assertThat(reviewer.status()).isEqualTo(403);
  }

  @Test
  void aStaleSaveIsAConflictAndChangesNothing() {
    String id = create("sx-jyt-staff", incomplete()).get("id").asText();
    Map<String, Object> tabA = incomplete();
    tabA.put("projectName", "甲");
    Map<String, Object> tabB = incomplete();
    tabB.put("projectName", "乙");
    assertThat(
            api.as("sx-jyt-staff")
                .put("/api/drafts/" + id, Map.of("version", 1, "form", tabA))
                .status())
        .isEqualTo(200);
    Response stale =
        api.as("sx-jyt-staff").put("/api/drafts/" + id, Map.of("version", 1, "form", tabB));
    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.get("message").asText()).contains("草稿");
    assertThat(
            api.as("sx-jyt-staff").get("/api/drafts/" + id).get("form").get("projectName").asText())
        .isEqualTo("甲");
    Response noVersion = api.as("sx-jyt-staff").put("/api/drafts/" + id, Map.of("form", tabB));
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.get("fields").has("version")).isTrue();
  }

  @Test
  void wrongDraftsAreRefusedNamingTheField() {
    Response unknown =
        api.as("sx-jyt-staff")
            .post("/api/drafts", Map.of("processKey", "no-such", "form", Map.of()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.get("fields").has("processKey")).isTrue();
    Response notObject =
        api.as("sx-jyt-staff")
            .post(
                "/api/drafts",
                Map.of("processKey", "office-space-construction", "form", List.of(1, 2)));
    assertThat(notObject.status()).isEqualTo(400);
    assertThat(notObject.get("fields").has("form")).isTrue();
    assertThat(api.as("sx-jyt-staff").get("/api/drafts/no-such-draft").status()).isEqualTo(404);
  }

  @Test
  void aDraftIsKeptInTheDatabaseNotInTheSession() {
    String id = create("sx-jyt-staff", incomplete()).get("id").asText();
    // what a restart keeps: the row, with its form and version
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT author, process_key, form_json, version FROM draft WHERE id = ?", id);
    assertThat(row.get("author")).isEqualTo("sx-jyt-staff");
    assertThat((String) row.get("form_json")).contains("\"addedOfficeRoomArea\":40");
    assertThat(((Number) row.get("version")).intValue()).isEqualTo(1);
  }

  @Test
  void anInvalidDraftIsNotSubmittedAndStays() {
    String id = create("sx-jyt-staff", incomplete()).get("id").asText();
    Response refused = api.as("sx-jyt-staff").post("/api/drafts/" + id + "/submit");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").has("projectName")).as(refused.text()).isTrue();
    assertThat(api.as("sx-jyt-staff").get("/api/drafts/" + id).status()).isEqualTo(200);
  }

  @Test
  void aDraftIsSubmittedOnceAndIsThenGone() {
    String id = create("sx-jyt-staff", expansion(12)).get("id").asText();
    Response submitted = api.as("sx-jyt-staff").post("/api/drafts/" + id + "/submit");
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String caseId = submitted.get("id").asText();
    assertThat(submitted.get("status").asText()).isEqualTo("RUNNING");
    assertThat(cases.instance(caseId)).isNotNull();

    assertThat(api.as("sx-jyt-staff").get("/api/drafts/" + id).status()).isEqualTo(404);
    assertThat(api.as("sx-jyt-staff").get("/api/drafts").text()).doesNotContain(id);
    Response again = api.as("sx-jyt-staff").post("/api/drafts/" + id + "/submit");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("message").asText()).contains(caseId);
  }

  @Test
  void twoSubmissionsAtOnceStartOneCase() throws Exception {
    String id = create("sx-jyt-staff", expansion(13)).get("id").asText();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Response> submit =
          () -> api.as("sx-jyt-staff").post("/api/drafts/" + id + "/submit");
      List<Future<Response>> both = pool.invokeAll(List.of(submit, submit));
      List<Integer> statuses = new ArrayList<>();
      for (Future<Response> f : both) {
        statuses.add(f.get().status());
      }
      assertThat(statuses).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdownNow();
    }
    Integer started =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM draft_submission WHERE draft_id = ?", Integer.class, id);
    assertThat(started).isEqualTo(1);
  }

  @Test
  void aDeletedDraftIsGone() {
    String id = create("sx-jyt-staff", incomplete()).get("id").asText();
    assertThat(api.as("sx-jyt-staff").delete("/api/drafts/" + id).status()).isEqualTo(204);
    assertThat(api.as("sx-jyt-staff").get("/api/drafts/" + id).status()).isEqualTo(404);
    assertThat(api.as("sx-jyt-staff").delete("/api/drafts/" + id).status()).isEqualTo(404);
  }
}
