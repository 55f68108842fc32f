package cn.affairs.approval.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ceiling in every spending approval (条例 第三十七条, 办法 第十一条): repairs and vehicle purchases spend
 * from an item of the unit's approved plan of their plan year, or are refused. The demo plan of
 * sx-jyt has 办公楼日常维护 60 万元 (OFFICE_SPACE), of sx-jtt 公务用车运行维护 50 万元 (VEHICLES).
 */
@AffairsTest
class PlanCeilingApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;

  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  static int thisYear() {
    return LocalDate.now().getYear();
  }

  ApiClient.Response submit(String user, String processKey, Map<String, Object> form) {
    return api.as(user).post("/api/applications", Map.of("processKey", processKey, "form", form));
  }

  JsonNode check(String user, String id, String rule) {
    for (JsonNode c : api.as(user).get("/api/applications/" + id).body().path("checks")) {
      if (rule.equals(c.path("rule").asText())) {
        return c;
      }
    }
    throw new AssertionError(id + " has no result of " + rule);
  }

  ApiClient.Response approve(String user, String id, String taskKey) {
    JsonNode detail = api.as(user).get("/api/applications/" + id).body();
    for (JsonNode step : detail.path("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "APPROVE");
        body.put("comment", "经研究同意");
        body.put("form", Map.of());
        return api.as(user).post("/api/tasks/" + step.path("taskId").asText() + "/complete", body);
      }
    }
    throw new AssertionError(id + " has no open step " + taskKey);
  }

  static Map<String, Object> routineRepair(Object cost) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "综合办公楼");
    form.put("repairType", "ROUTINE");
    form.put("reasons", List.of("WEAR"));
    form.put("items", "更换走廊灯具、粉刷墙面");
    form.put("affectedArea", 10000);
    form.put("estimatedCost", cost);
    form.put("buildingCompletedYear", thisYear() - 30);
    return form;
  }

  static Map<String, Object> car(Object planYear) {
    Map<String, Object> form = new HashMap<>();
    form.put("acquisitionType", "NEW");
    form.put("category", "OTHER");
    form.put("brand", "比亚迪");
    form.put("model", "秦PLUS EV");
    form.put("madeInChina", true);
    form.put("domesticBrand", true);
    form.put("energyType", "BEV");
    form.put("price", 15);
    form.put("source", "PURCHASE");
    form.put("justification", "业务量增加，现有车辆不能满足公务出行需要");
    if (planYear != null) {
      form.put("planYear", planYear);
    }
    return form;
  }

  @Test
  void tiaoli37_banfa11_aRepairOverItsPlanItemIsAProhibitionNoApproverPasses() {
    ApiClient.Response submitted = submit("sx-jyt-staff", "office-repair", routineRepair(80));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String id = submitted.get("id").asText();
    JsonNode ceiling = check("sx-jyt-staff", id, "repairPlanCeiling");
    assertThat(ceiling.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(ceiling.get("message").asText())
        .contains("办公楼日常维护", "安排 60 万元", "本申请 80 万元", "超出计划 20 万元");
    assertThat(ceiling.get("basis").asText()).contains("第三十七条", "第十一条");
    ApiClient.Response refused = approve("sx-jyt-head", id, "Task_UnitHeadReview");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("decision").asText()).isNotBlank();
  }

  @Test
  void tiaoli37_aRepairWithinItsItemIsLinkedToItWhenApproved() {
    String id = submit("sx-jyt-staff", "office-repair", routineRepair(20)).get("id").asText();
    assertThat(check("sx-jyt-staff", id, "repairPlanCeiling").get("verdict").asText())
        .isEqualTo("PASS");
    ApiClient.Response approved = approve("sx-jyt-head", id, "Task_UnitHeadReview");
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    // a routine repair ends with the unit head's approval (办法 第二十条第一款)
    assertThat(api.as("sx-jyt-staff").get("/api/applications/" + id).get("status").asText())
        .isEqualTo("APPROVED");
    PlanItemUse use = plans.useOf(id);
    assertThat(use.amount()).isEqualByComparingTo("20");
    assertThat(plans.item(use.itemId()).description()).isEqualTo("办公楼日常维护");
  }

  @Test
  void banfa11_aCaseOfAUnitWithoutAnApprovedPlanOfItsYearIsToldSo() {
    int next = thisYear() + 1;
    String id = submit("sx-jtt-staff", "vehicle-purchase", car(next)).get("id").asText();
    JsonNode ceiling = check("sx-jtt-staff", id, "vehiclePlanCeiling");
    assertThat(ceiling.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(ceiling.get("message").asText())
        .contains("山西省交通运输厅没有经批准的 " + next + " 年度机关运行保障计划", "不得安排支出");
    assertThat(approve("sx-jtt-head", id, "Task_UnitHeadReview").status()).isEqualTo(400);

    // the same car in the current year's plan (公务用车运行维护 50 万元) fits
    String inPlan = submit("sx-jtt-staff", "vehicle-purchase", car(null)).get("id").asText();
    JsonNode fits = check("sx-jtt-staff", inPlan, "vehiclePlanCeiling");
    assertThat(fits.get("verdict").asText()).isEqualTo("PASS");
    assertThat(fits.get("facts").get("planYear").asInt()).isEqualTo(thisYear());
  }

  @Test
  void aPlanYearOtherThanThisOrTheNextIsRefused() {
    ApiClient.Response response = submit("sx-jtt-staff", "vehicle-purchase", car(thisYear() + 2));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").get("planYear").asText()).contains("本年度", "下一年度");
  }
}
