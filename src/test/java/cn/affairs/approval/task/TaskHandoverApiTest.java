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
import org.springframework.boot.test.web.server.LocalServerPort;

/** 转办, 放弃认领, 改派 and 委派 through HTTP: who may, stale and racing actions, the timeline. */
@AffairsTest
class TaskHandoverApiTest {

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  /**
   * A construction case waiting at the bureau review, claimed by sx-reviewer; returns the review
   * task id.
   */
  String atBureauReview(String[] caseId) {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    caseId[0] = id;
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + currentTask(id) + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    String review = currentTask(id);
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(200);
    return review;
  }

  String currentTask(String id) {
    JsonNode steps = api.as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).hasSize(1);
    return steps.get(0).get("taskId").asText();
  }

  JsonNode lastEntry(Response view) {
    JsonNode timeline = view.get("timeline");
    return timeline.get(timeline.size() - 1);
  }

  static List<String> ids(JsonNode people) {
    List<String> ids = new ArrayList<>();
    people.forEach(p -> ids.add(p.get("id").asText()));
    return ids;
  }

  @Test
  void transferGivesTheTaskToAnotherHolderOfTheRoleWhoThenDecides() {
    String[] id = new String[1];
    String task = atBureauReview(id);
    Response candidates =
        api.as("sx-reviewer").get("/api/tasks/" + task + "/candidates?action=transfer");
    assertThat(candidates.status()).isEqualTo(200);
    assertThat(ids(candidates.body())).containsExactly("sx-reviewer2");
    assertThat(candidates.body().get(0).get("name").asText()).isEqualTo("钱审核");

    Response noReason =
        api.as("sx-reviewer")
            .post("/api/tasks/" + task + "/transfer", Map.of("userId", "sx-reviewer2"));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.get("fields").get("comment").asText()).contains("理由");
    Response otherRole =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + task + "/transfer",
                Map.of("userId", "sx-vehicle", "comment", "请代办"));
    assertThat(otherRole.status()).isEqualTo(400);
    assertThat(otherRole.get("fields").get("userId").asText()).contains("同一岗位");
    assertThat(
            api.as("sx-jtt-head")
                .post(
                    "/api/tasks/" + task + "/transfer",
                    Map.of("userId", "sx-reviewer2", "comment", "请代办"))
                .status())
        .isEqualTo(403);

    Response moved =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + task + "/transfer",
                Map.of("userId", "sx-reviewer2", "comment", "本人出差，请代为审核"));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.get("currentSteps").get(0).get("assignee").asText()).isEqualTo("sx-reviewer2");
    JsonNode entry = lastEntry(moved);
    assertThat(entry.get("decision").asText()).isEqualTo("TRANSFER");
    assertThat(entry.get("decisionLabel").asText()).isEqualTo("转办");
    assertThat(entry.get("user").asText()).isEqualTo("王审核");
    assertThat(entry.get("comment").asText()).isEqualTo("转办给钱审核：本人出差，请代为审核");

    // the old holder can no longer act; the new one decides
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + task + "/transfer",
                    Map.of("userId", "sx-reviewer2", "comment", "再转"))
                .status())
        .isEqualTo(409);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + task + "/complete",
                    Map.of("decision", "REJECT", "comment", "不同意"))
                .status())
        .isEqualTo(409);
    assertThat(api.as("sx-reviewer2").get("/api/tasks?size=200").text()).contains(task);
    // the new holder learns of it in 消息
    boolean told = false;
    for (JsonNode m : api.as("sx-reviewer2").get("/api/messages?size=200").get("items")) {
      told |=
          "TASK".equals(m.get("type").asText())
              && task.equals(m.path("taskId").asText())
              && m.get("message").asText().startsWith("王审核转办给您");
    }
    assertThat(told).as("a 转办 message to the new holder").isTrue();
    Response decided =
        api.as("sx-reviewer2")
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS));
    assertThat(decided.status()).as(decided.text()).isEqualTo(200);
    assertThat(lastEntry(decided).get("user").asText()).isEqualTo("钱审核");
    assertThat(
            api.as("sx-reviewer2")
                .post(
                    "/api/tasks/" + task + "/transfer",
                    Map.of("userId", "sx-reviewer", "comment", "退回原审核人"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void twoConcurrentTransfersGiveOneSuccessAndOneConflict() throws Exception {
    String[] id = new String[1];
    String task = atBureauReview(id);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Integer> transfer =
        () -> {
          go.await();
          return api.as("sx-reviewer")
              .post(
                  "/api/tasks/" + task + "/transfer",
                  Map.of("userId", "sx-reviewer2", "comment", "请代办"))
              .status();
        };
    List<Future<Integer>> results = List.of(pool.submit(transfer), pool.submit(transfer));
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> r : results) {
      statuses.add(r.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    JsonNode timeline = api.as("sx-reviewer2").get("/api/applications/" + id[0]).get("timeline");
    int transfers = 0;
    for (JsonNode e : timeline) {
      transfers += e.get("decision").asText().equals("TRANSFER") ? 1 : 0;
    }
    assertThat(transfers).isEqualTo(1);
  }

  @Test
  void unclaimPutsTheTaskBackIntoTheGroupPool() {
    String[] id = new String[1];
    String task = atBureauReview(id);
    assertThat(api.as("sx-reviewer2").post("/api/tasks/" + task + "/unclaim").status())
        .isEqualTo(403);
    assertThat(api.as("sx-jtt-head").post("/api/tasks/" + task + "/unclaim").status())
        .isEqualTo(403);
    Response released = api.as("sx-reviewer").post("/api/tasks/" + task + "/unclaim");
    assertThat(released.status()).as(released.text()).isEqualTo(200);
    assertThat(released.get("currentSteps").get(0).get("assignee").isNull()).isTrue();
    assertThat(lastEntry(released).get("decision").asText()).isEqualTo("UNCLAIM");
    assertThat(lastEntry(released).get("decisionLabel").asText()).isEqualTo("放弃认领");
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + task + "/unclaim").status())
        .isEqualTo(409);
    assertThat(api.as("sx-reviewer2").get("/api/tasks?size=200").text()).contains(task);
    assertThat(api.as("sx-reviewer2").post("/api/tasks/" + task + "/claim").status())
        .isEqualTo(200);
  }

  @Test
  void theBureauDirectorOfTheCasesGovernmentReassignsAnyOpenTask() {
    String[] id = new String[1];
    String task = atBureauReview(id);
    Response byReviewer =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + task + "/reassign",
                Map.of("userId", "sx-reviewer2", "comment", "调整分工"));
    assertThat(byReviewer.status()).isEqualTo(403);
    assertThat(
            api.as("sl-director")
                .post(
                    "/api/tasks/" + task + "/reassign",
                    Map.of("userId", "sx-reviewer2", "comment", "调整分工"))
                .status())
        .isEqualTo(403);
    assertThat(
            api.as("sl-director")
                .get("/api/tasks/" + task + "/candidates?action=reassign")
                .status())
        .isEqualTo(403);
    assertThat(
            ids(
                api.as("sx-director")
                    .get("/api/tasks/" + task + "/candidates?action=reassign")
                    .body()))
        .containsExactly("sx-reviewer2");
    Response toOtherRole =
        api.as("sx-director")
            .post(
                "/api/tasks/" + task + "/reassign",
                Map.of("userId", "sx-finance", "comment", "调整分工"));
    assertThat(toOtherRole.status()).isEqualTo(400);
    Response reassigned =
        api.as("sx-director")
            .post(
                "/api/tasks/" + task + "/reassign",
                Map.of("userId", "sx-reviewer2", "comment", "王审核休假"));
    assertThat(reassigned.status()).as(reassigned.text()).isEqualTo(200);
    assertThat(reassigned.get("currentSteps").get(0).get("assignee").asText())
        .isEqualTo("sx-reviewer2");
    JsonNode entry = lastEntry(reassigned);
    assertThat(entry.get("decision").asText()).isEqualTo("REASSIGN");
    assertThat(entry.get("user").asText()).isEqualTo("刘局长");
    assertThat(entry.get("comment").asText()).isEqualTo("由王审核改派给钱审核：王审核休假");
    assertThat(
            api.as("admin")
                .post(
                    "/api/tasks/" + task + "/reassign",
                    Map.of("userId", "sx-reviewer", "comment", "王审核已返岗"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void aDelegatedColleagueAnswersButCannotDecide() {
    String[] id = new String[1];
    String task = atBureauReview(id);
    Response people =
        api.as("sx-reviewer").get("/api/tasks/" + task + "/candidates?action=delegate");
    assertThat(ids(people.body()))
        .contains("sx-vehicle", "sx-reviewer2", "sx-director")
        .doesNotContain("sx-reviewer", "sx-jyt-staff", "sx-finance");
    assertThat(
            api.as("sx-reviewer")
                .post("/api/tasks/" + task + "/delegate", Map.of("userId", "sx-vehicle"))
                .status())
        .isEqualTo(400);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + task + "/delegate",
                    Map.of("userId", "sx-jtt-head", "comment", "请提意见"))
                .status())
        .isEqualTo(400);
    assertThat(
            api.as("sx-reviewer2")
                .post(
                    "/api/tasks/" + task + "/delegate",
                    Map.of("userId", "sx-vehicle", "comment", "请提意见"))
                .status())
        .isEqualTo(409);

    Response delegated =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + task + "/delegate",
                Map.of("userId", "sx-vehicle", "comment", "请就车库改建部分提出意见"));
    assertThat(delegated.status()).as(delegated.text()).isEqualTo(200);
    assertThat(lastEntry(delegated).get("decision").asText()).isEqualTo("DELEGATE");
    assertThat(lastEntry(delegated).get("comment").asText()).isEqualTo("委派李车管提出意见：请就车库改建部分提出意见");

    Response form = api.as("sx-vehicle").get("/api/tasks/" + task + "/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.get("actions").toString()).isEqualTo("[\"resolve\"]");
    assertThat(form.get("owner").asText()).isEqualTo("sx-reviewer");
    assertThat(api.as("sx-vehicle").get("/api/tasks?size=200").text()).contains(task);
    assertThat(
            api.as("sx-vehicle")
                .post(
                    "/api/tasks/" + task + "/complete",
                    Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS))
                .status())
        .isEqualTo(403);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + task + "/complete",
                    Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS))
                .status())
        .isEqualTo(409);
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/tasks/" + task + "/transfer",
                    Map.of("userId", "sx-reviewer2", "comment", "转办"))
                .status())
        .isEqualTo(409);
    assertThat(
            api.as("sx-reviewer")
                .post("/api/tasks/" + task + "/resolve", Map.of("comment", "自答"))
                .status())
        .isEqualTo(403);
    assertThat(api.as("sx-vehicle").post("/api/tasks/" + task + "/resolve", Map.of()).status())
        .isEqualTo(400);

    Response resolved =
        api.as("sx-vehicle")
            .post("/api/tasks/" + task + "/resolve", Map.of("comment", "车库改建符合公务用车管理要求"));
    assertThat(resolved.status()).as(resolved.text()).isEqualTo(200);
    assertThat(resolved.get("currentSteps").get(0).get("assignee").asText())
        .isEqualTo("sx-reviewer");
    assertThat(lastEntry(resolved).get("decision").asText()).isEqualTo("RESOLVE");
    assertThat(lastEntry(resolved).get("user").asText()).isEqualTo("李车管");
    assertThat(
            api.as("sx-vehicle")
                .post("/api/tasks/" + task + "/resolve", Map.of("comment", "再答"))
                .status())
        .isEqualTo(409);
    assertThat(api.as("sx-reviewer").get("/api/tasks/" + task + "/form").get("actions").toString())
        .contains("decide", "transfer", "delegate", "unclaim");
    Response decided =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("decision", "APPROVE", "form", TaskApiTest.OPINIONS));
    assertThat(decided.status()).as(decided.text()).isEqualTo(200);
  }
}
