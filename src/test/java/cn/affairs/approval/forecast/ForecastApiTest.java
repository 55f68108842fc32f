package cn.affairs.approval.forecast;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.standards.StandardsCatalogue;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 流程预测 (api.md: GET /api/applications/{id}/forecast) of office-space-construction cases. */
@AffairsTest
class ForecastApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired TaskService taskService;
  @Autowired StandardsCatalogue standards;
  @Autowired Clock clock;
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

  JsonNode forecast(String id) {
    Response forecast = api.as("sx-jyt-staff").get("/api/applications/" + id + "/forecast");
    assertThat(forecast.status()).as(forecast.text()).isEqualTo(200);
    return forecast.body();
  }

  static List<String> keys(JsonNode steps) {
    List<String> keys = new ArrayList<>();
    steps.forEach(s -> keys.add(s.get("taskKey").asText()));
    return keys;
  }

  static Map<String, String> dates(JsonNode steps) {
    Map<String, String> dates = new LinkedHashMap<>();
    steps.forEach(s -> dates.put(s.get("taskKey").asText(), s.get("expectedBy").asText()));
    return dates;
  }

  /** The unit head's step as if it had been opened so that it is due on the day before 中秋. */
  void dueBeforeTheHolidays(String id) {
    var task = cases.task(id, "Task_UnitHeadReview");
    taskService.setDueDate(
        task.getId(),
        Date.from(LocalDate.of(2026, 9, 24).atTime(18, 0).atZone(clock.getZone()).toInstant()));
  }

  @Test
  void anExpansionBelowTheThresholdGoesStraightFromTheBureauToTheGovernment() {
    // 300 万元, EXPANSION: no opinions of 发展改革、财政部门
    String id = start(expansion(10));
    JsonNode steps = forecast(id);
    assertThat(keys(steps))
        .containsExactly("Task_UnitHeadReview", "Task_BureauReview", "Task_GovernmentApproval");
    JsonNode head = steps.get(0);
    assertThat(head.get("current").asBoolean()).isTrue();
    assertThat(head.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(head.get("candidateGroups").toString()).contains("sx-jyt.UNIT_HEAD");
    assertThat(head.get("candidates").toString())
        .contains("sx-jyt-head")
        .doesNotContain("sx-jtt-head");
    assertThat(steps.get(1).get("current").asBoolean()).isFalse();
    assertThat(steps.get(1).get("candidates").toString())
        .contains("sx-reviewer")
        .doesNotContain("sl-reviewer");
    assertThat(steps.get(2).get("candidates").toString()).contains("sx-gov");
  }

  @Test
  void aNewBuildAsksDrcAndFinanceInParallelBeforeTheGovernment() {
    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    String id = start(form);
    JsonNode steps = forecast(id);
    assertThat(keys(steps))
        .containsExactly(
            "Task_UnitHeadReview",
            "Task_BureauReview",
            "Task_DrcOpinion",
            "Task_FinanceOpinion",
            "Task_GovernmentApproval");
    Map<String, String> dates = dates(steps);
    assertThat(dates.get("Task_DrcOpinion")).isEqualTo(dates.get("Task_FinanceOpinion"));
    assertThat(steps.get(2).get("candidates").toString()).contains("sx-drc");
    assertThat(steps.get(3).get("candidates").toString()).contains("sx-finance");
  }

  @Test
  void anExpansionFromTheCostThresholdAsksDrcAndFinanceToo() {
    Map<String, Object> form = expansion(10);
    form.put("estimatedCost", standards.value("localPolicy.drcFinanceOpinionCost"));
    assertThat(keys(forecast(start(form)))).contains("Task_DrcOpinion", "Task_FinanceOpinion");
    form.put(
        "estimatedCost",
        standards.value("localPolicy.drcFinanceOpinionCost").subtract(java.math.BigDecimal.ONE));
    assertThat(keys(forecast(start(form))))
        .doesNotContain("Task_DrcOpinion", "Task_FinanceOpinion");
  }

  @Test
  void datesCountWorkingDaysAcrossMidAutumnNationalDayAndTheMakeUpSaturday() {
    assertThat(standards.value("localPolicy.taskDueWorkingDays").intValue()).isEqualTo(5);
    String expansion = start(expansion(10));
    dueBeforeTheHolidays(expansion);
    // 09-24 + 5 working days: 中秋 09-25..27 and 国庆 10-01..07 are off → 10-09; then 10-10 (调休
    // Saturday) is a working day → 10-15
    assertThat(dates(forecast(expansion)))
        .containsExactly(
            Map.entry("Task_UnitHeadReview", "2026-09-24"),
            Map.entry("Task_BureauReview", "2026-10-09"),
            Map.entry("Task_GovernmentApproval", "2026-10-15"));

    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    String newBuild = start(form);
    dueBeforeTheHolidays(newBuild);
    // the government follows the two opinions given in parallel: 10-15 + 5 → 10-22
    assertThat(dates(forecast(newBuild)))
        .containsExactly(
            Map.entry("Task_UnitHeadReview", "2026-09-24"),
            Map.entry("Task_BureauReview", "2026-10-09"),
            Map.entry("Task_DrcOpinion", "2026-10-15"),
            Map.entry("Task_FinanceOpinion", "2026-10-15"),
            Map.entry("Task_GovernmentApproval", "2026-10-22"));
  }

  @Test
  void theRoadShortensAsStepsAreDecidedAndEndsWithTheCase() {
    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    String id = start(form);
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(keys(forecast(id)))
        .containsExactly(
            "Task_BureauReview",
            "Task_DrcOpinion",
            "Task_FinanceOpinion",
            "Task_GovernmentApproval");
    taskService.complete(
        cases.task(id, "Task_BureauReview").getId(),
        Map.of(
            "decision",
            "APPROVE",
            "opinionNecessity",
            "同意",
            "opinionStandard",
            "同意",
            "opinionLocation",
            "同意",
            "opinionFunding",
            "同意"));
    cases.decide(id, "Task_DrcOpinion", "APPROVE");
    JsonNode steps = forecast(id);
    assertThat(keys(steps)).containsExactly("Task_FinanceOpinion", "Task_GovernmentApproval");
    assertThat(steps.get(0).get("current").asBoolean()).isTrue();

    cases.decide(id, "Task_FinanceOpinion", "REJECT");
    assertThat(forecast(id)).isEmpty();
  }

  @Test
  void aReturnedCaseIsForecastFromTheRevisionOn() {
    String id = start(expansion(10));
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    JsonNode steps = forecast(id);
    assertThat(keys(steps))
        .containsExactly(
            "Task_ReviseApplication",
            "Task_UnitHeadReview",
            "Task_BureauReview",
            "Task_GovernmentApproval");
    assertThat(steps.get(0).get("candidates").toString()).contains("sx-jyt-staff");
  }

  @Test
  void onlyThoseWhoSeeTheCaseSeeItsRoad() {
    String id = start(expansion(10));
    assertThat(api.as("sx-jtt-staff").get("/api/applications/" + id + "/forecast").status())
        .isEqualTo(403);
    assertThat(api.as("sx-reviewer").get("/api/applications/" + id + "/forecast").status())
        .isEqualTo(200);
    assertThat(api.as("sx-jyt-staff").get("/api/applications/BG-1999-0001/forecast").status())
        .isEqualTo(404);
  }
}
