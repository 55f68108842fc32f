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

/** 撤回 through HTTP: only one's own approval, only while the next step is untouched, once. */
@AffairsTest
class TaskTakeBackApiTest {

  @LocalServerPort int port;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  String startAndApproveByHead() {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    String head =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + head + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    return id;
  }

  @Test
  void theApproverTakesBackTheirApprovalAndTheCaseIsBackAtTheirStep() {
    String id = startAndApproveByHead();
    assertThat(api.as("sx-jyt-staff").post("/api/applications/" + id + "/take-back").status())
        .isEqualTo(403);
    assertThat(api.as("sx-reviewer").post("/api/applications/" + id + "/take-back").status())
        .isEqualTo(403);
    assertThat(api.as("sl-director").post("/api/applications/" + id + "/take-back").status())
        .isEqualTo(403);

    Response back =
        api.as("sx-jyt-head")
            .post("/api/applications/" + id + "/take-back", Map.of("comment", "需再核实"));
    assertThat(back.status()).as(back.text()).isEqualTo(200);
    JsonNode step = back.get("currentSteps").get(0);
    assertThat(back.get("currentSteps")).hasSize(1);
    assertThat(step.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(step.get("assignee").asText()).isEqualTo("sx-jyt-head");
    JsonNode timeline = back.get("timeline");
    JsonNode last = timeline.get(timeline.size() - 1);
    assertThat(last.get("decision").asText()).isEqualTo("TAKE_BACK");
    assertThat(last.get("decisionLabel").asText()).isEqualTo("撤回审批");
    assertThat(last.get("comment").asText()).isEqualTo("需再核实");
    assertThat(api.as("sx-jyt-head").post("/api/applications/" + id + "/take-back").status())
        .isEqualTo(409);
    assertThat(api.as("sx-reviewer").get("/api/tasks?size=200").text()).doesNotContain(id);
    JsonNode diagram = api.as("sx-jyt-head").get("/api/applications/" + id + "/diagram").body();
    assertThat(diagram.get("activeActivityIds").toString())
        .contains("Task_UnitHeadReview")
        .doesNotContain("Task_BureauReview");
    JsonNode action = diagram.get("actions").get(0);
    assertThat(action.get("activityId").asText()).isEqualTo("Task_UnitHeadReview");
    assertThat(action.get("decision").asText()).isEqualTo("TAKE_BACK");
    assertThat(action.get("label").asText()).isEqualTo("撤回审批");
    assertThat(action.get("user").asText()).isEqualTo("吴处长");
  }

  @Test
  void onceTheNextStepIsClaimedTheApprovalStands() {
    String id = startAndApproveByHead();
    String review =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    assertThat(api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status())
        .isEqualTo(200);
    Response late = api.as("sx-jyt-head").post("/api/applications/" + id + "/take-back");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.get("message").asText()).contains("签收");
  }

  @Test
  void aTakeBackRacingTheNextClaimGivesOneOfThem() throws Exception {
    String id = startAndApproveByHead();
    String review =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Callable<Integer> takeBack =
        () -> {
          go.await();
          return api.as("sx-jyt-head").post("/api/applications/" + id + "/take-back").status();
        };
    Callable<Integer> claim =
        () -> {
          go.await();
          return api.as("sx-reviewer").post("/api/tasks/" + review + "/claim").status();
        };
    List<Future<Integer>> results = List.of(pool.submit(takeBack), pool.submit(claim));
    go.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> r : results) {
      statuses.add(r.get());
    }
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    JsonNode steps = api.as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).hasSize(1);
  }
}
