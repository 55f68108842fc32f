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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 抄送 and 催办 through HTTP: whom, 抄送我的 with read state, once per working day, the timeline, the
 * events.
 */
@AffairsTest
class CopyAndReminderApiTest {

  @LocalServerPort int port;
  @Autowired RecordedTaskEvents events;
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

  String step(String id) {
    return api.as("sx-jyt-staff")
        .get("/api/applications/" + id)
        .get("currentSteps")
        .get(0)
        .get("taskId")
        .asText();
  }

  JsonNode copyOf(String user, String applicationId) {
    for (JsonNode c : api.as(user).get("/api/cc?size=200").get("items")) {
      if (c.get("applicationId").asText().equals(applicationId)) {
        return c;
      }
    }
    return null;
  }

  @Test
  void theHolderCopiesUsersAndRoleGroupsWhoReadItUnderCopiedToMe() {
    String id = start();
    String head = step(id);
    Response people = api.as("sx-jyt-head").get("/api/tasks/" + head + "/candidates?action=cc");
    assertThat(people.status()).isEqualTo(200);
    assertThat(people.text())
        .contains("sx.FINANCE", "sx-finance", "sx-jyt-staff")
        .doesNotContain("sl-finance", "sx-jtt-head", "camunda-admin");
    assertThat(api.as("sx-reviewer").get("/api/tasks/" + head + "/candidates?action=cc").status())
        .isEqualTo(403);
    Response outsider =
        api.as("sx-jyt-head")
            .post(
                "/api/tasks/" + head + "/complete",
                Map.of("decision", "APPROVE", "cc", List.of("sl-finance")));
    assertThat(outsider.status()).isEqualTo(400);
    assertThat(outsider.get("fields").has("cc")).isTrue();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + head + "/complete",
                    Map.of("decision", "APPROVE", "cc", List.of("sx-jtt-head")))
                .status())
        .isEqualTo(400);

    int before = events.received.size();
    Response approved =
        api.as("sx-jyt-head")
            .post(
                "/api/tasks/" + head + "/complete",
                Map.of(
                    "decision",
                    "APPROVE",
                    "comment",
                    "请财政提前知悉",
                    "cc",
                    List.of("sx.FINANCE", "sx-director")));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    JsonNode timeline = approved.get("timeline");
    JsonNode cc = timeline.get(timeline.size() - 1);
    assertThat(cc.get("decision").asText()).isEqualTo("CC");
    assertThat(cc.get("comment").asText()).isEqualTo("抄送：山西省 财政部门、刘局长");
    assertThat(events.received.subList(before, events.received.size()))
        .anySatisfy(
            e -> {
              assertThat(e).isInstanceOf(CaseCopied.class);
              CaseCopied copied = (CaseCopied) e;
              assertThat(copied.applicationId()).isEqualTo(id);
              assertThat(copied.userIds()).containsExactlyInAnyOrder("sx-finance", "sx-director");
              assertThat(copied.groupIds()).containsExactly("sx.FINANCE");
              assertThat(copied.fromUserId()).isEqualTo("sx-jyt-head");
            });

    // each one copied has a 抄送 message (消息) naming the case
    assertThat(messageOf("sx-finance", id, "CC"))
        .contains("吴处长抄送给您")
        .contains(id)
        .contains("请财政提前知悉");
    assertThat(messageOf("sx-director", id, "CC")).contains(id);

    JsonNode copy = copyOf("sx-finance", id);
    assertThat(copy).isNotNull();
    assertThat(copy.get("read").asBoolean()).isFalse();
    assertThat(copy.get("fromName").asText()).isEqualTo("吴处长");
    assertThat(copy.get("step").asText()).isEqualTo("单位负责人审核");
    assertThat(api.as("sx-finance").get("/api/cc?unread=true&size=200").get("unread").asLong())
        .isPositive();
    assertThat(copyOf("sx-reviewer", id)).isNull();
    long copyId = copy.get("id").asLong();
    assertThat(api.as("sx-director").post("/api/cc/" + copyId + "/read").status()).isEqualTo(403);
    assertThat(api.as("sx-finance").post("/api/cc/" + copyId + "/read").status()).isEqualTo(200);
    assertThat(api.as("sx-finance").post("/api/cc/" + copyId + "/read").status()).isEqualTo(200);
    assertThat(copyOf("sx-finance", id).get("read").asBoolean()).isTrue();
    assertThat(api.as("sx-finance").get("/api/cc?unread=true&size=200").text()).doesNotContain(id);
    assertThat(api.as("sx-finance").get("/api/cc?unread=false&size=200").text()).contains(id);
    assertThat(api.as("sx-finance").post("/api/cc/999999999/read").status()).isEqualTo(404);
    // read-only: the copy lets them see the case, not act on it
    assertThat(api.as("sx-finance").get("/api/applications/" + id).status()).isEqualTo(200);
    assertThat(
            api.as("sx-finance")
                .post("/api/tasks/" + step(id) + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void aStepIsRemindedOncePerWorkingDayAndTheHolderSeesIt() {
    String id = start();
    String head = step(id);
    assertThat(api.as("sx-jtt-staff").post("/api/applications/" + id + "/remind").status())
        .isEqualTo(403);
    assertThat(api.as("sx-finance").post("/api/applications/" + id + "/remind").status())
        .isEqualTo(403);
    int before = events.received.size();
    Response reminded =
        api.as("sx-jyt-staff")
            .post("/api/applications/" + id + "/remind", Map.of("comment", "请尽快审核"));
    assertThat(reminded.status()).as(reminded.text()).isEqualTo(200);
    JsonNode last = reminded.get("timeline").get(reminded.get("timeline").size() - 1);
    assertThat(last.get("decision").asText()).isEqualTo("REMIND");
    assertThat(last.get("decisionLabel").asText()).isEqualTo("催办");
    assertThat(last.get("comment").asText()).isEqualTo("请尽快审核");
    assertThat(events.received.subList(before, events.received.size()))
        .anySatisfy(
            e -> {
              assertThat(e).isInstanceOf(StepReminded.class);
              StepReminded r = (StepReminded) e;
              assertThat(r.taskId()).isEqualTo(head);
              assertThat(r.groupIds()).containsExactly("sx-jyt.UNIT_HEAD");
              assertThat(r.fromUserId()).isEqualTo("sx-jyt-staff");
            });
    JsonNode item = null;
    for (JsonNode t : api.as("sx-jyt-head").get("/api/tasks?size=200").get("items")) {
      if (t.get("id").asText().equals(head)) {
        item = t;
      }
    }
    assertThat(item.get("remindedAt").asText()).isNotBlank();
    assertThat(messageOf("sx-jyt-head", id, "REMIND")).contains("孙经办催办").contains(id);

    Response again = api.as("sx-director").post("/api/applications/" + id + "/remind");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("message").asText()).contains("本工作日已催办");

    // the next step may be reminded the same day
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + head + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    assertThat(api.as("sx-director").post("/api/applications/" + id + "/remind").status())
        .isEqualTo(200);
  }

  @Test
  void twoRemindersAtOnceGiveOneReminder() throws Exception {
    String id = start();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Integer> remind =
        () -> {
          go.await();
          return api.as("sx-jyt-staff").post("/api/applications/" + id + "/remind").status();
        };
    List<Future<Integer>> results = List.of(pool.submit(remind), pool.submit(remind));
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> r : results) {
      statuses.add(r.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    int reminders = 0;
    for (JsonNode e : api.as("sx-jyt-staff").get("/api/applications/" + id).get("timeline")) {
      reminders += e.get("decision").asText().equals("REMIND") ? 1 : 0;
    }
    assertThat(reminders).isEqualTo(1);
  }

  /** The text of the user's latest message of a type about a case, or null. */
  private String messageOf(String user, String applicationId, String type) {
    for (JsonNode m : api.as(user).get("/api/messages?size=200").get("items")) {
      if (m.get("type").asText().equals(type)
          && applicationId.equals(m.path("applicationId").asText())) {
        return m.get("message").asText();
      }
    }
    return null;
  }
}
