package cn.affairs.approval.annualplan;

import static cn.affairs.approval.annualplan.AnnualPlanForms.form;
import static cn.affairs.approval.annualplan.AnnualPlanForms.need;
import static cn.affairs.approval.annualplan.AnnualPlanForms.nextYear;
import static cn.affairs.approval.annualplan.AnnualPlanForms.nextYearsNeeds;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * annual-plan through the HTTP API as the demo users (条例 第三十三至三十六条, 办法 第十二条): the form, the whole
 * procedure, and the plan it issues used by a plan-change.
 */
@AffairsTest
class AnnualPlanApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;

  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(String user, String processKey, Map<String, Object> form) {
    return api.as(user).post("/api/applications", Map.of("processKey", processKey, "form", form));
  }

  JsonNode step(String user, String id, String taskKey) {
    JsonNode detail = api.as(user).get("/api/applications/" + id).body();
    for (JsonNode step : detail.path("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step;
      }
    }
    throw new AssertionError(
        id + " has no open step " + taskKey + ": " + detail.path("currentSteps"));
  }

  ApiClient.Response complete(
      String user, String id, String taskKey, String decision, Map<String, Object> form) {
    String taskId = step(user, id, taskKey).path("taskId").asText();
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", "同意");
    body.put("form", form);
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  List<String> fieldNames(ApiClient.Response response) {
    List<String> names = new ArrayList<>();
    response.get("fields").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Walks next year's needs of sx-jyt to 已批准 as the demo users; returns the case id. */
  String approvedPlan(String ceiling) {
    ApiClient.Response submitted = submit("sx-jyt-staff", "annual-plan", nextYearsNeeds());
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String id = submitted.get("id").asText();
    assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", Map.of()).status())
        .isEqualTo(200);
    assertThat(complete("sx-reviewer", id, "Task_BureauReview", "APPROVE", Map.of()).status())
        .isEqualTo(200);
    ApiClient.Response finance =
        complete(
            "sx-finance",
            id,
            "Task_FinanceReview",
            "APPROVE",
            Map.of("ceiling", new BigDecimal(ceiling)));
    assertThat(finance.status()).as(finance.text()).isEqualTo(200);
    ApiClient.Response government =
        complete("sx-gov", id, "Task_GovernmentApproval", "APPROVE", Map.of());
    assertThat(government.status()).as(government.text()).isEqualTo(200);
    return id;
  }

  @Test
  void theFormIsOfferedAsTheSeventhFamily() {
    ApiClient.Response processes = api.as("sx-jyt-staff").get("/api/processes");
    assertThat(processes.body().findValuesAsText("key")).contains("annual-plan");
    ApiClient.Response form = api.as("sx-jyt-staff").get("/api/processes/annual-plan/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text()).contains("\"needs\"", "\"basis\"", "依据的实物定额或服务标准", "需求类别");
  }

  @Test
  void tiaoli35_everyWrongNeedIsNamedAndAYearWithAPlanIsRefused() {
    Map<String, Object> car = need("VEHICLES", "公务用车", "30", "配备标准");
    Map<String, Object> space = need("OPERATIONS", "经费", "10.123", "定额");
    space.put("area", 20);
    ApiClient.Response response =
        submit("sx-jyt-staff", "annual-plan", form(nextYear() - 1, car, space));
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldNames(response))
        .containsExactlyInAnyOrder("year", "needs[0].quantity", "needs[1].amount", "needs[1].area");
    assertThat(response.get("fields").get("year").asText())
        .contains("已有 " + (nextYear() - 1) + " 年度保障计划", "保障年度计划调整");
  }

  @Test
  void tiaoli33to36_banfa12_thePlanWalkedToApprovalIsThenChangedByAPlanChange() {
    // given: the plan approved through the API, ceiling 500
    String id = approvedPlan("500");
    JsonNode detail = api.as("sx-jyt-staff").get("/api/applications/" + id).body();
    assertThat(detail.get("status").asText()).isEqualTo("APPROVED");
    ApiClient.Response view = api.as("sx-jyt-staff").get("/api/plans/sx-jyt/" + nextYear());
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.text()).contains("办公楼改造", id);
    AnnualPlan plan = plans.find("sx-jyt", nextYear());
    assertThat(plan.ceiling()).isEqualByComparingTo("500");
    PlanItem renovation =
        plans.items(plan).stream()
            .filter(i -> i.description().equals("办公楼改造"))
            .findFirst()
            .orElseThrow();

    // when: a plan-change raises 办公楼改造 150 → 170 (480 → 500, within the ceiling)
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("itemId", renovation.id());
    change.put("newAmount", 170);
    Map<String, Object> changeForm = new HashMap<>();
    changeForm.put("year", nextYear());
    changeForm.put("changes", List.of(change));
    changeForm.put("reason", "改造范围扩大");
    changeForm.put("emergency", false);
    ApiClient.Response changed = submit("sx-jyt-staff", "plan-change", changeForm);
    assertThat(changed.status()).as(changed.text()).isEqualTo(201);
    String changeId = changed.get("id").asText();
    complete("sx-jyt-head", changeId, "Task_UnitHeadReview", "APPROVE", Map.of());
    complete("sx-reviewer", changeId, "Task_BureauReview", "APPROVE", Map.of());
    ApiClient.Response finance =
        complete("sx-finance", changeId, "Task_FinanceReview", "APPROVE", Map.of());
    assertThat(finance.status()).as(finance.text()).isEqualTo(200);

    // then: version 2 of the plan the annual-plan case issued
    AnnualPlan after = plans.find("sx-jyt", nextYear());
    assertThat(after.version()).isEqualTo(2);
    assertThat(plans.total(after)).isEqualByComparingTo("500");
    assertThat(api.as("sx-jyt-staff").get("/api/applications/" + changeId).get("status").asText())
        .isEqualTo("APPROVED");
  }

  @Test
  void tiaoli36_financeCannotSetACeilingBelowTheNeeds() {
    String id = submit("sx-jyt-staff", "annual-plan", nextYearsNeeds()).get("id").asText();
    complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", Map.of());
    complete("sx-reviewer", id, "Task_BureauReview", "APPROVE", Map.of());
    ApiClient.Response low =
        complete("sx-finance", id, "Task_FinanceReview", "APPROVE", Map.of("ceiling", 400));
    assertThat(low.status()).isEqualTo(400);
    assertThat(low.get("fields").get("ceiling").asText()).contains("低于需求合计 480 万元");
    ApiClient.Response missing =
        complete("sx-finance", id, "Task_FinanceReview", "APPROVE", Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fieldNames(missing)).contains("ceiling");
  }

  @Test
  void anotherUnitsHeadCannotApprove() {
    String id = submit("sx-jyt-staff", "annual-plan", nextYearsNeeds()).get("id").asText();
    String taskId = step("sx-jyt-head", id, "Task_UnitHeadReview").path("taskId").asText();
    ApiClient.Response other =
        api.as("sx-jtt-head")
            .post(
                "/api/tasks/" + taskId + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意", "form", Map.of()));
    assertThat(other.status()).isIn(403, 404);
  }
}
