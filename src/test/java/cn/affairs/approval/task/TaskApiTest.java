package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.application.DecisionLogMapper;
import cn.affairs.approval.plan.AnnualPlanMapper;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** 待办 and decisions through HTTP: who may act, what each decision needs, conflicts and races. */
@AffairsTest
class TaskApiTest {

  static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity",
          "确有必要",
          "opinionStandard",
          "符合标准",
          "opinionLocation",
          "选址合理",
          "opinionFunding",
          "资金已落实");

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired DecisionLogMapper decisionLog;
  @Autowired AnnualPlanMapper plans;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  String start(Map<String, Object> form) {
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jyt-staff"), "office-space-construction", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  String currentTask(String id, String user) {
    JsonNode steps = api.as(user).get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).as("open steps of " + id).hasSize(1);
    return steps.get(0).get("taskId").asText();
  }

  Response complete(String user, String taskId, Map<String, ?> body) {
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  @Test
  void theTaskListShowsTheTasksOfOnesGroupsOnly() {
    String id = start(expansion(10));
    String task = currentTask(id, "sx-jyt-staff");
    Response head = api.as("sx-jyt-head").get("/api/tasks?size=200");
    assertThat(head.status()).isEqualTo(200);
    JsonNode item = null;
    for (JsonNode t : head.get("items")) {
      if (t.get("id").asText().equals(task)) {
        item = t;
      }
    }
    assertThat(item).isNotNull();
    assertThat(item.get("applicationId").asText()).isEqualTo(id);
    assertThat(item.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(item.get("processKey").asText()).isEqualTo("office-space-construction");
    assertThat(item.get("unitCode").asText()).isEqualTo("sx-jyt");
    assertThat(item.get("due").asText()).isNotBlank();
    assertThat(item.get("overdue").asBoolean()).isFalse();
    assertThat(api.as("sx-jtt-head").get("/api/tasks?size=200").text()).doesNotContain(task);
    assertThat(api.as("sx-reviewer").get("/api/tasks?size=200").text()).doesNotContain(task);
  }

  @Test
  void actingOutsideOnesRoleOrUnitIs403() {
    String id = start(expansion(10));
    String task = currentTask(id, "sx-jyt-staff");
    assertThat(complete("sx-jtt-head", task, Map.of("decision", "APPROVE")).status())
        .isEqualTo(403);
    assertThat(complete("sx-jyt-staff", task, Map.of("decision", "APPROVE")).status())
        .isEqualTo(403);
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + task + "/claim").status()).isEqualTo(403);
    assertThat(complete("sx-jyt-head", "no-such-task", Map.of("decision", "APPROVE")).status())
        .isEqualTo(404);
  }

  @Test
  void rejectAndReturnNeedACommentAndDecisionsAreChecked() {
    String id = start(expansion(10));
    String task = currentTask(id, "sx-jyt-staff");
    Response noComment = complete("sx-jyt-head", task, Map.of("decision", "REJECT"));
    assertThat(noComment.status()).isEqualTo(400);
    assertThat(noComment.get("fields").get("comment").asText()).contains("理由");
    assertThat(
            complete("sx-jyt-head", task, Map.of("decision", "RETURN"))
                .get("fields")
                .has("comment"))
        .isTrue();
    Response wrong = complete("sx-jyt-head", task, Map.of("decision", "RESUBMIT"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.get("fields").get("decision").asText()).contains("同意(APPROVE)");
    assertThat(complete("sx-jyt-head", task, Map.of()).get("fields").has("decision")).isTrue();
    Response rejected =
        complete("sx-jyt-head", task, Map.of("decision", "REJECT", "comment", "暂缓建设"));
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    assertThat(rejected.get("timeline").get(1).get("comment").asText()).isEqualTo("暂缓建设");
  }

  @Test
  void approvingOverAFailNeedsACommentAndIsRecordedAsAnOverride() {
    String id = start(expansion(40)); // 890 ㎡ against 882 ㎡: FAIL
    String task = currentTask(id, "sx-jyt-staff");
    Response refused = complete("sx-jyt-head", task, Map.of("decision", "APPROVE"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("comment").asText()).contains("不符合标准");
    Response approved =
        complete("sx-jyt-head", task, Map.of("decision", "APPROVE", "comment", "超标部分将移交调剂"));
    assertThat(approved.status()).isEqualTo(200);
    JsonNode entry = approved.get("timeline").get(1);
    assertThat(entry.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(entry.get("override").asBoolean()).isTrue();
    assertThat(entry.get("user").asText()).isEqualTo("吴处长");
  }

  @Test
  void aCompletedTaskIsAConflict() {
    String id = start(expansion(10));
    String task = currentTask(id, "sx-jyt-staff");
    assertThat(complete("sx-jyt-head", task, Map.of("decision", "APPROVE")).status())
        .isEqualTo(200);
    Response again = complete("sx-jyt-head", task, Map.of("decision", "APPROVE"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("error").asText()).isEqualTo("CONFLICT");
    assertThat(api.as("sx-jyt-head").post("/api/tasks/" + task + "/claim").status()).isEqualTo(409);
  }

  @Test
  void aTaskClaimedBySomeoneElseIsAConflict() {
    String id = start(expansion(10));
    complete("sx-jyt-head", currentTask(id, "sx-jyt-staff"), Map.of("decision", "APPROVE"));
    String review = currentTask(id, "sx-jyt-staff");
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(200);
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(200);
    assertThat(api.as("sx-reviewer2").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(409);
    Response other =
        complete("sx-reviewer2", review, Map.of("decision", "REJECT", "comment", "不同意"));
    assertThat(other.status()).isEqualTo(409);
    assertThat(api.as("sx-reviewer").get("/api/tasks?size=200").text()).contains(review);
    assertThat(api.as("sx-reviewer2").get("/api/tasks?size=200").text()).doesNotContain(review);
  }

  @Test
  void twoConcurrentCompletionsOfOneTaskGiveOneSuccessAndOneConflict() throws Exception {
    for (int round = 0; round < 3; round++) {
      String id = start(expansion(10));
      String task = currentTask(id, "sx-jyt-staff");
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Callable<Integer> approve =
          () -> {
            go.await();
            return complete("sx-jyt-head", task, Map.of("decision", "APPROVE")).status();
          };
      List<Future<Integer>> results = new ArrayList<>();
      results.add(pool.submit(approve));
      results.add(pool.submit(approve));
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> r : results) {
        statuses.add(r.get());
      }
      pool.shutdown();
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
      long decisions =
          decisionLog.timeline(id).stream().filter(d -> task.equals(d.taskId())).count();
      assertThat(decisions).isEqualTo(1);
      assertThat(cases.tasks(id))
          .extracting(t -> t.getTaskDefinitionKey())
          .containsExactly("Task_BureauReview");
    }
  }

  @Test
  void theBureauReviewNeedsItsFourOpinionsToApprove() {
    String id = start(expansion(10));
    complete("sx-jyt-head", currentTask(id, "sx-jyt-staff"), Map.of("decision", "APPROVE"));
    String review = currentTask(id, "sx-jyt-staff");
    Response form = api.as("sx-reviewer").get("/api/tasks/" + review + "/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.get("fields")).hasSize(4);
    Response refused =
        complete(
            "sx-reviewer",
            review,
            Map.of("decision", "APPROVE", "form", Map.of("opinionNecessity", "有必要")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").has("opinionStandard")).isTrue();
    assertThat(refused.get("fields").has("opinionLocation")).isTrue();
    assertThat(refused.get("fields").has("opinionFunding")).isTrue();
    assertThat(refused.get("fields").has("opinionNecessity")).isFalse();
    Response approved =
        complete("sx-reviewer", review, Map.of("decision", "APPROVE", "form", OPINIONS));
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.get("timeline").get(2).get("form").get("opinionFunding").asText())
        .isEqualTo("资金已落实");
  }

  @Test
  void aCaseWalksEveryStepToApprovedAndEntersThePlan() {
    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    form.put("estimatedCost", 1200);
    String id = start(form);
    complete("sx-jyt-head", currentTask(id, "sx-jyt-staff"), Map.of("decision", "APPROVE"));
    complete(
        "sx-reviewer",
        currentTask(id, "sx-jyt-staff"),
        Map.of("decision", "APPROVE", "form", OPINIONS));
    JsonNode steps = api.as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).hasSize(2);
    for (JsonNode step : steps) {
      String user = step.get("name").asText().startsWith("发展改革") ? "sx-drc" : "sx-finance";
      assertThat(
              complete(
                      user,
                      step.get("taskId").asText(),
                      Map.of("decision", "APPROVE", "comment", "同意"))
                  .status())
          .isEqualTo(200);
    }
    Response approved =
        complete("sx-gov", currentTask(id, "sx-jyt-staff"), Map.of("decision", "APPROVE"));
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("timeline")).hasSize(6);
    var plan = plans.find("sx-jyt", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
    assertThat(plans.items(plan.id()))
        .anySatisfy(
            i -> {
              assertThat(i.sourceApplication()).isEqualTo(id);
              assertThat(i.amount()).isEqualByComparingTo("1200");
            });
    Response done = api.as("sx-gov").get("/api/tasks/done?size=200");
    assertThat(done.text()).contains(id);
    assertThat(
            api.as("sx-gov")
                .get("/api/applications/" + id + "/diagram")
                .get("completedActivityIds")
                .toString())
        .contains("EndEvent_Approved", "SubProcess_Opinions");
  }

  @Test
  void returnedCasesAreRevisedAndCheckedAgainOrWithdrawn() {
    String id = start(expansion(40));
    Response returned =
        complete(
            "sx-jyt-head",
            currentTask(id, "sx-jyt-staff"),
            Map.of("decision", "RETURN", "comment", "面积超标，请核减"));
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    String revise = currentTask(id, "sx-jyt-staff");
    assertThat(api.as("sx-jyt-staff").get("/api/tasks?size=200").text()).contains(revise);
    assertThat(complete("sx-jyt-head", revise, Map.of("decision", "RESUBMIT")).status())
        .isEqualTo(403);
    Response form = api.as("sx-jyt-staff").get("/api/tasks/" + revise + "/form");
    assertThat(form.get("values").get("addedOfficeRoomArea").asInt()).isEqualTo(40);

    Map<String, Object> bad = expansion(30);
    bad.remove("projectName");
    Response invalid =
        complete("sx-jyt-staff", revise, Map.of("decision", "RESUBMIT", "form", bad));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.get("fields").has("projectName")).isTrue();

    Response resubmitted =
        complete("sx-jyt-staff", revise, Map.of("decision", "RESUBMIT", "form", expansion(30)));
    assertThat(resubmitted.status()).isEqualTo(200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RUNNING");
    JsonNode area = null;
    for (JsonNode c : resubmitted.get("checks")) {
      if (c.get("rule").asText().equals("officeRoomArea")) {
        area = c;
      }
    }
    assertThat(area.get("verdict").asText()).isEqualTo("PASS");
    assertThat(area.get("message").asText()).isEqualTo("申请后办公室用房 880㎡，未超过核定标准 882㎡");
    assertThat(resubmitted.get("form").get("addedOfficeRoomArea").asInt()).isEqualTo(30);

    complete(
        "sx-jyt-head",
        currentTask(id, "sx-jyt-staff"),
        Map.of("decision", "RETURN", "comment", "再议"));
    Response withdrawn =
        complete("sx-jyt-staff", currentTask(id, "sx-jyt-staff"), Map.of("decision", "WITHDRAW"));
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
  }
}
