package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 加签 and 减签 through HTTP: who may, the order of signing, any refusal ends the step, the timeline.
 */
@AffairsTest
class AddedSignerApiTest {

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  String[] atBureauReview() {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + steps(id).get(0).get("taskId").asText() + "/complete",
                    Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    String review = steps(id).get(0).get("taskId").asText();
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(200);
    return new String[] {id, review};
  }

  JsonNode steps(String id) {
    return api.as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
  }

  /** The signer's subtask on their 待办 for this case. */
  String signerTask(String user, String applicationId) {
    for (JsonNode t : api.as(user).get("/api/tasks?size=200").get("items")) {
      if (applicationId.equals(t.path("applicationId").asText())
          && t.get("name").asText().startsWith("加签审批")) {
        return t.get("id").asText();
      }
    }
    return null;
  }

  static List<String> decisions(Response view) {
    List<String> result = new ArrayList<>();
    view.get("timeline").forEach(e -> result.add(e.get("decision").asText()));
    return result;
  }

  @Test
  void beforeSignersDecideFirstAndAnUnactedSignerCanBeRemoved() {
    String[] c = atBureauReview();
    String id = c[0];
    String review = c[1];
    assertThat(
            api.as("sx-reviewer")
                .get("/api/tasks/" + review + "/candidates?action=add-signers")
                .text())
        .contains("sx-vehicle", "sx-director", "sx-finance")
        .doesNotContain("sx-jyt-staff", "\"admin\"");
    assertThat(
            api.as("sx-jtt-head")
                .post(
                    "/api/tasks/" + review + "/add-signers",
                    Map.of("userIds", List.of("sx-vehicle"), "position", "BEFORE"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.as("sx-reviewer2")
                .post(
                    "/api/tasks/" + review + "/add-signers",
                    Map.of("userIds", List.of("sx-vehicle"), "position", "BEFORE"))
                .status())
        .isEqualTo(409);
    Response badPosition =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/add-signers",
                Map.of("userIds", List.of("sx-vehicle"), "position", "MIDDLE"));
    assertThat(badPosition.get("fields").has("position")).isTrue();
    Response outsider =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/add-signers",
                Map.of("userIds", List.of("sl-vehicle"), "position", "BEFORE"));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.get("fields").has("userIds")).isTrue();

    Response added =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/add-signers",
                Map.of(
                    "userIds",
                    List.of("sx-vehicle", "sx-asset"),
                    "position",
                    "BEFORE",
                    "comment",
                    "涉及车库和资产"));
    assertThat(added.status()).as(added.text()).isEqualTo(200);
    JsonNode last = added.get("timeline").get(added.get("timeline").size() - 1);
    assertThat(last.get("decision").asText()).isEqualTo("ADD_SIGNER");
    assertThat(last.get("comment").asText()).isEqualTo("前加签：李车管、赵资产。涉及车库和资产");
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + review + "/add-signers",
                    Map.of("userIds", List.of("sx-vehicle"), "position", "AFTER"))
                .status())
        .isEqualTo(400);

    Response early =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.get("message").asText()).contains("前加签人");

    String vehicleTask = signerTask("sx-vehicle", id);
    assertThat(vehicleTask).isNotNull();
    JsonNode form = api.as("sx-vehicle").get("/api/tasks/" + vehicleTask + "/form").body();
    assertThat(form.get("actions").toString()).isEqualTo("[\"decide\"]");
    assertThat(form.get("applicationId").asText()).isEqualTo(id);
    assertThat(
            api.as("sx-asset")
                .post("/api/tasks/" + vehicleTask + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(403);
    Response signed =
        api.as("sx-vehicle")
            .post(
                "/api/tasks/" + vehicleTask + "/complete",
                Map.of("decision", "APPROVE", "comment", "车库部分可行"));
    assertThat(signed.status()).as(signed.text()).isEqualTo(200);
    assertThat(
            api.as("sx-vehicle")
                .post("/api/tasks/" + vehicleTask + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(409);
    assertThat(
            api.as("sx-reviewer")
                .post("/api/tasks/" + review + "/remove-signer", Map.of("userId", "sx-vehicle"))
                .status())
        .isEqualTo(409);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + review + "/complete",
                    Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS))
                .status())
        .isEqualTo(409);

    Response removed =
        api.as("sx-reviewer")
            .post("/api/tasks/" + review + "/remove-signer", Map.of("userId", "sx-asset"));
    assertThat(removed.status()).as(removed.text()).isEqualTo(200);
    assertThat(signerTask("sx-asset", id)).isNull();
    assertThat(
            api.as("sx-reviewer")
                .post("/api/tasks/" + review + "/remove-signer", Map.of("userId", "sx-asset"))
                .status())
        .isEqualTo(409);
    Response approved =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.get("currentSteps").get(0).get("name").asText()).isEqualTo("本级政府审批");
    assertThat(decisions(approved))
        .containsSubsequence("ADD_SIGNER", "APPROVE", "REMOVE_SIGNER", "APPROVE");
  }

  @Test
  void afterSignersDecideAfterTheHolderAndARefusalEndsTheStep() {
    String[] c = atBureauReview();
    String id = c[0];
    String review = c[1];
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + review + "/add-signers",
                    Map.of("userIds", List.of("sx-director"), "position", "AFTER"))
                .status())
        .isEqualTo(200);
    assertThat(signerTask("sx-director", id)).isNull();
    Response approved =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/complete",
                Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.get("currentSteps").get(0).get("taskId").asText()).isEqualTo(review);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + review + "/complete",
                    Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS))
                .status())
        .isEqualTo(409);
    String directorTask = signerTask("sx-director", id);
    assertThat(directorTask).isNotNull();
    assertThat(
            api.as("sx-director")
                .post("/api/tasks/" + directorTask + "/complete", Map.of("decision", "REJECT"))
                .status())
        .isEqualTo(400);
    Response rejected =
        api.as("sx-director")
            .post(
                "/api/tasks/" + directorTask + "/complete",
                Map.of("decision", "REJECT", "comment", "选址不当"));
    assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    JsonNode last = rejected.get("timeline").get(rejected.get("timeline").size() - 1);
    assertThat(last.get("decision").asText()).isEqualTo("REJECT");
    assertThat(last.get("step").asText()).isEqualTo("机关事务管理部门审核（加签）");
    assertThat(last.get("user").asText()).isEqualTo("刘局长");
  }
}
