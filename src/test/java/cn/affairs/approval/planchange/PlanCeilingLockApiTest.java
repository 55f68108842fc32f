package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.normal;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan ceiling evaluated again under the plan's lock at 调整保障年度计划: 省教育厅's 2026 plan (ceiling
 * 500, items 420) and two changes of +50 each, both past every check: the first entered, the
 * second's last approval is refused (409) with the check's message and nothing of it is written —
 * one after the other, and when both last approvals are given at the same moment (a race).
 */
@AffairsTest
class PlanCeilingLockApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  @AfterEach
  void restore() {
    cases.resetRegisters();
  }

  ApiClient.Response complete(String user, String id, String taskKey, String comment) {
    String taskId = null;
    for (JsonNode step : api.as(user).get("/api/applications/" + id).get("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        taskId = step.path("taskId").asText();
      }
    }
    assertThat(taskId).as(id + " at " + taskKey).isNotNull();
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", comment);
    body.put("form", Map.of());
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  /** Two changes of +50 to 省教育厅's 2026 plan, both walked up to 财政部门审核. */
  String[] twoChangesAtFinance() {
    String[] ids = new String[2];
    for (int i = 0; i < 2; i++) {
      ApiClient.Response created =
          api.as("sx-jyt-staff")
              .post(
                  "/api/applications",
                  Map.of(
                      "processKey",
                      "plan-change",
                      "form",
                      normal(added("ENERGY", "照明节能改造 " + (i + 1), "50"))));
      assertThat(created.status()).as(created.text()).isEqualTo(201);
      ids[i] = created.get("id").asText();
    }
    for (String id : ids) {
      assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", null).status()).isEqualTo(200);
      assertThat(complete("sx-reviewer", id, "Task_BureauReview", null).status()).isEqualTo(200);
    }
    return ids;
  }

  @Test
  void twoChangesThatEachFitTheCeilingButNotBothEnterOneAfterTheOther() {
    String[] ids = twoChangesAtFinance();
    ApiClient.Response first = complete("sx-finance", ids[0], "Task_FinanceReview", "同意追加");
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(first.get("status").asText()).isEqualTo("APPROVED");
    assertThat(plans.total(plans.find("sx-jyt", 2026))).isEqualByComparingTo("470");

    ApiClient.Response second = complete("sx-finance", ids[1], "Task_FinanceReview", "同意追加");
    assertThat(second.status()).as(second.text()).isEqualTo(409);
    assertThat(second.get("message").asText())
        .startsWith("调整前计划总额 470 万元，调整后 520 万元，超过预算上限 500 万元（超出 20 万元）");
    assertThat(plans.total(plans.find("sx-jyt", 2026))).isEqualByComparingTo("470");
    assertThat(plans.items(plans.find("sx-jyt", 2026)))
        .extracting(i -> i.description())
        .doesNotContain("照明节能改造 2");
    assertThat(api.as("sx-finance").get("/api/applications/" + ids[1]).get("currentSteps"))
        .extracting(s -> s.path("taskKey").asText())
        .isEqualTo(List.of("Task_FinanceReview"));
  }

  @Test
  void twoChangesThatEachFitTheCeilingButNotBothRaceAndExactlyOneEnters() throws Exception {
    String[] ids = twoChangesAtFinance();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ApiClient.Response>> results = new java.util.ArrayList<>();
    try {
      for (String id : ids) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return complete("sx-finance", id, "Task_FinanceReview", "同意追加");
                }));
      }
      start.countDown();
      List<ApiClient.Response> responses = new java.util.ArrayList<>();
      for (Future<ApiClient.Response> f : results) {
        responses.add(f.get(120, TimeUnit.SECONDS));
      }
      assertThat(responses)
          .extracting(ApiClient.Response::status)
          .as(responses.toString())
          .containsExactlyInAnyOrder(200, 409);
      int winner = responses.get(0).status() == 200 ? 0 : 1;
      assertThat(responses.get(winner).get("status").asText()).isEqualTo("APPROVED");
      assertThat(responses.get(1 - winner).get("message").asText())
          .startsWith("调整前计划总额 470 万元，调整后 520 万元，超过预算上限 500 万元（超出 20 万元）")
          .contains("不能调整计划");
      assertThat(plans.total(plans.find("sx-jyt", 2026))).isEqualByComparingTo("470");
      assertThat(plans.items(plans.find("sx-jyt", 2026)))
          .extracting(i -> i.description())
          .contains("照明节能改造 " + (winner + 1))
          .doesNotContain("照明节能改造 " + (2 - winner));
      // the refused case still waits for 财政部门审核, nothing of its step written
      assertThat(
              api.as("sx-finance").get("/api/applications/" + ids[1 - winner]).get("currentSteps"))
          .extracting(s -> s.path("taskKey").asText())
          .isEqualTo(List.of("Task_FinanceReview"));
    } finally {
      pool.shutdownNow();
    }
  }
}
