package cn.affairs.approval.home;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 工作台 (api.md: GET /api/home) for an applicant, a unit head and the bureau. */
@AffairsTest
class HomeApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired TaskService taskService;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  String start(String user) {
    Response created = api.as(user).post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  JsonNode home(String user) {
    Response home = api.as(user).get("/api/home");
    assertThat(home.status()).as(home.text()).isEqualTo(200);
    return home.body();
  }

  static List<String> ids(JsonNode rows, String field) {
    List<String> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.at(field).asText()));
    return ids;
  }

  @Test
  void theApplicantSeesReturnedCasesFirstWithTheReasonTheirRunningCasesDraftsAndShortcuts() {
    String running = start("sx-jyt-staff");
    String returned = start("sx-jyt-staff");
    String taskId = cases.task(returned, "Task_UnitHeadReview").getId();
    Response sentBack =
        api.as("sx-jyt-head")
            .post(
                "/api/tasks/" + taskId + "/complete",
                Map.of("decision", "RETURN", "comment", "请补充必要性说明"));
    assertThat(sentBack.status()).as(sentBack.text()).isEqualTo(200);
    Response draft =
        api.as("sx-jyt-staff")
            .post(
                "/api/drafts",
                Map.of(
                    "processKey",
                    "office-space-construction",
                    "form",
                    Map.of("projectName", "工作台草稿")));
    assertThat(draft.status()).isEqualTo(201);

    JsonNode home = home("sx-jyt-staff");
    JsonNode back = null;
    for (JsonNode r : home.get("returned")) {
      if (r.at("/application/id").asText().equals(returned)) {
        back = r;
      }
    }
    assertThat(back).as(home.get("returned").toString()).isNotNull();
    assertThat(back.get("reason").asText()).isEqualTo("请补充必要性说明");
    assertThat(back.get("returnedAt").asText()).isEqualTo("单位负责人审核");
    assertThat(ids(home.get("returned"), "/application/id")).doesNotContain(running);
    assertThat(home.at("/running/total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(home.at("/myCases/RETURNED").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(home.at("/myCases/RUNNING").asLong()).isGreaterThanOrEqualTo(1);
    // the revision task is the applicant's open task
    assertThat(ids(home.at("/openTasks/items"), "/applicationId")).contains(returned);
    assertThat(ids(home.get("drafts"), "/id")).contains(draft.get("id").asText());
    assertThat(ids(home.get("shortcuts"), "/processKey"))
        .contains("office-space-construction", "vehicle-purchase");
    assertThat(home.has("unreadMessages")).isTrue();
    assertThat(home.get("government").isNull()).isTrue();
  }

  @Test
  void theUnitHeadSeesOpenAndOverdueSteps() {
    String fresh = start("sx-jyt-staff");
    String late = start("sx-jyt-staff");
    taskService.setDueDate(
        cases.task(late, "Task_UnitHeadReview").getId(),
        Date.from(Instant.now().minusSeconds(86_400)));

    JsonNode home = home("sx-jyt-head");
    assertThat(ids(home.at("/openTasks/items"), "/applicationId")).isNotEmpty();
    assertThat(home.at("/openTasks/total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(ids(home.at("/overdueTasks/items"), "/applicationId"))
        .contains(late)
        .doesNotContain(fresh);
    JsonNode overdue = home.at("/overdueTasks/items").get(0);
    assertThat(overdue.get("overdue").asBoolean()).isTrue();
    assertThat(home.get("shortcuts")).isEmpty();
    assertThat(home.get("drafts")).isEmpty();
    // the two waiting tasks are messages of theirs (消息), counted unread on the home page
    assertThat(home.get("unreadMessages").asInt()).isGreaterThanOrEqualTo(2);
    // another unit's head sees neither
    assertThat(ids(home("sx-jtt-head").at("/openTasks/items"), "/applicationId"))
        .doesNotContain(fresh, late);
  }

  @Test
  void theBureauSeesTheCountsOfItsGovernment() {
    JsonNode before = home("sx-reviewer").get("government");
    start("sx-jyt-staff");
    JsonNode after = home("sx-reviewer").get("government");
    assertThat(after.get("code").asText()).isEqualTo("sx");
    assertThat(after.at("/cases/RUNNING").asLong())
        .isEqualTo(before.at("/cases/RUNNING").asLong() + 1);
    // a city's bureau counts its own government only
    JsonNode city = home("sl-reviewer").get("government");
    assertThat(city.get("code").asText()).isEqualTo("sl");
    long before2 = city.at("/cases/RUNNING").asLong();
    start("sx-jyt-staff");
    assertThat(home("sl-reviewer").at("/government/cases/RUNNING").asLong()).isEqualTo(before2);
  }
}
