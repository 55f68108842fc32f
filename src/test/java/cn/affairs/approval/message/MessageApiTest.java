package cn.affairs.approval.message;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 消息 through HTTP: each event, the unread badge, marking read, and the service other features call.
 */
@AffairsTest
class MessageApiTest {

  @LocalServerPort int port;
  @Autowired TaskService tasks;
  @Autowired OverdueSteps overdue;
  @Autowired Messages messages;
  @Autowired TransactionTemplate transactions;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  String start() {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  String openTask(String id) {
    return api.as("sx-jyt-staff")
        .get("/api/applications/" + id)
        .get("currentSteps")
        .get(0)
        .get("taskId")
        .asText();
  }

  /** The user's messages about one case. */
  List<JsonNode> about(String user, String id) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode m : api.as(user).get("/api/notifications?size=200").get("items")) {
      if (id.equals(m.path("applicationId").asText())) {
        found.add(m);
      }
    }
    return found;
  }

  @Test
  void aNewTaskIsAMessageToEveryCandidateAndTheBadgeCountsIt() {
    long before =
        api.as("sx-jyt-head").get("/api/notifications/unread-count").get("unread").asLong();
    String id = start();
    List<JsonNode> head = about("sx-jyt-head", id);
    assertThat(head).hasSize(1);
    JsonNode m = head.get(0);
    assertThat(m.get("type").asText()).isEqualTo("TASK");
    assertThat(m.get("taskId").asText()).isEqualTo(openTask(id));
    assertThat(m.get("message").asText()).contains("山西省教育厅", id, "单位负责人审核");
    assertThat(m.get("read").asBoolean()).isFalse();
    assertThat(api.as("sx-jyt-head").get("/api/notifications/unread-count").get("unread").asLong())
        .isEqualTo(before + 1);
    assertThat(about("sx-jtt-head", id)).isEmpty();
    assertThat(about("sx-jyt-staff", id)).isEmpty();

    // the reviewers' group all hear of the next step
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + openTask(id) + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    assertThat(about("sx-reviewer", id))
        .extracting(n -> n.get("type").asText())
        .containsExactly("TASK");
    assertThat(about("sx-reviewer2", id)).hasSize(1);
    assertThat(about("sl-reviewer", id)).isEmpty();
  }

  @Test
  void readingIsPerMessageAndPerUser() {
    String id = start();
    long messageId = about("sx-jyt-head", id).get(0).get("id").asLong();
    assertThat(api.as("sx-jtt-head").post("/api/notifications/" + messageId + "/read").status())
        .isEqualTo(404);
    Response read = api.as("sx-jyt-head").post("/api/notifications/" + messageId + "/read");
    assertThat(read.status()).isEqualTo(200);
    assertThat(about("sx-jyt-head", id).get(0).get("read").asBoolean()).isTrue();
    assertThat(api.as("sx-jyt-head").post("/api/notifications/" + messageId + "/read").status())
        .isEqualTo(200);
    String other = start();
    JsonNode unread = api.as("sx-jyt-head").get("/api/notifications?unread=true&size=200").body();
    assertThat(unread.get("items").findValuesAsText("applicationId"))
        .contains(other)
        .doesNotContain(id);
    assertThat(unread.get("unread").asLong()).isEqualTo(unread.get("total").asLong());
    Response all = api.as("sx-jyt-head").post("/api/notifications/read-all");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.get("unread").asLong()).isZero();
    assertThat(api.as("sx-jyt-head").get("/api/messages/unread-count").get("unread").asLong())
        .isZero();
    assertThat(api.as("sx-jyt-head").get("/api/notifications?size=0").status()).isEqualTo(400);
  }

  @Test
  void aReturnAndADecisionAreMessagesToTheApplicant() {
    String id = start();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + openTask(id) + "/complete",
                    Map.of("decision", "RETURN", "comment", "请补充建设必要性说明"))
                .status())
        .isEqualTo(200);
    List<JsonNode> applicant = about("sx-jyt-staff", id);
    assertThat(applicant).hasSize(1);
    assertThat(applicant.get(0).get("type").asText()).isEqualTo("RETURNED");
    assertThat(applicant.get(0).get("message").asText()).contains("被退回修改", "单位负责人审核", "请补充建设必要性说明");

    String rejected = start();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + openTask(rejected) + "/complete",
                    Map.of("decision", "REJECT", "comment", "暂缓建设"))
                .status())
        .isEqualTo(200);
    List<JsonNode> decided = about("sx-jyt-staff", rejected);
    assertThat(decided).extracting(n -> n.get("type").asText()).containsExactly("DECIDED");
    assertThat(decided.get(0).get("message").asText()).contains(rejected, "未获批准");
  }

  @Test
  void anOverdueStepIsOneMessageToEachHolder() {
    String id = start();
    String task = openTask(id);
    tasks.setDueDate(task, Date.from(Instant.now().minusSeconds(3600)));
    assertThat(overdue.scan()).isGreaterThanOrEqualTo(1);
    List<JsonNode> head =
        about("sx-jyt-head", id).stream()
            .filter(m -> m.get("type").asText().equals("OVERDUE"))
            .toList();
    assertThat(head).hasSize(1);
    assertThat(head.get(0).get("message").asText()).contains("单位负责人审核", "已超过办理期限");
    overdue.scan();
    assertThat(
            about("sx-jyt-head", id).stream().filter(m -> m.get("type").asText().equals("OVERDUE")))
        .hasSize(1);
  }

  @Test
  void otherFeaturesNotifyThroughTheService() {
    String id = start();
    transactions.executeWithoutResult(
        s ->
            messages.notify(
                List.of("sx-finance", "sx-drc", "sx-finance", ""),
                MessageType.CC,
                id,
                null,
                "抄送：" + id));
    transactions.executeWithoutResult(
        s ->
            messages.notify(
                List.of("sx-jyt-head"), MessageType.REMIND, id, openTask(id), "催办：" + id));
    assertThat(about("sx-finance", id))
        .extracting(m -> m.get("type").asText())
        .containsExactly("CC");
    assertThat(about("sx-drc", id)).hasSize(1);
    assertThat(about("sx-jyt-head", id))
        .extracting(m -> m.get("typeLabel").asText())
        .contains("催办", "待办");
    // a rolled-back action announces nothing
    try {
      transactions.executeWithoutResult(
          s -> {
            messages.notify(List.of("sx-gov"), MessageType.CC, id, null, "抄送：" + id);
            throw new IllegalStateException("the action fails");
          });
    } catch (IllegalStateException expected) {
      // as intended
    }
    assertThat(about("sx-gov", id)).isEmpty();
  }
}
