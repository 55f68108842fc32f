package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.emergency;
import static cn.affairs.approval.planchange.PlanChangeForms.existing;
import static cn.affairs.approval.planchange.PlanChangeForms.item;
import static cn.affairs.approval.planchange.PlanChangeForms.normal;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanVersion;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** plan-change through the HTTP API as the demo users: form validation and whole cases. */
@AffairsTest
class PlanChangeApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  @Autowired ManagementService management;
  @Autowired ApplicationMapper applications;
  @Autowired TaskService taskService;

  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(String user, Map<String, Object> form) {
    return api.as(user)
        .post("/api/applications", Map.of("processKey", "plan-change", "form", form));
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  List<String> fieldNames(ApiClient.Response response) {
    List<String> names = new ArrayList<>();
    response.get("fields").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The open step of a case with this task key, as the portal finds it. */
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
      String user, String id, String taskKey, String decision, String comment) {
    String taskId = step(user, id, taskKey).path("taskId").asText();
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", Map.of());
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  // ---- form ---------------------------------------------------------------------------------

  @Test
  void theFormIsOfferedWithItsChangeList() {
    ApiClient.Response processes = api.as("sx-jyt-staff").get("/api/processes");
    assertThat(processes.body().findValuesAsText("key")).contains("plan-change");
    ApiClient.Response form = api.as("sx-jyt-staff").get("/api/processes/plan-change/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text())
        .contains("\"changes\"", "\"itemId\"", "\"newAmount\"", "\"adjustedOn\"", "先行调整日期");
  }

  @Test
  void everyWrongFieldIsNamedAtOnce() {
    Map<String, Object> form =
        map(
            "changes",
                List.of(
                    map("newAmount", -1, "category", "PARTY"),
                    map("itemId", 1.5, "newAmount", "many")),
            "emergency", "maybe",
            "adjustedOn", "2026-13-01");
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("error").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(fieldNames(response))
        .containsExactlyInAnyOrder(
            "year",
            "changes[0].category",
            "changes[0].newAmount",
            "changes[1].itemId",
            "changes[1].newAmount",
            "reason",
            "emergency",
            "adjustedOn");
    assertThat(response.get("fields").get("changes[0].newAmount").asText())
        .isEqualTo("调整后金额不能小于0万元");
  }

  @Test
  void changesAreCheckedAgainstTheUnitsOwnPlan() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    long operations = item(plans, "sx-jyt", "机关运行经费").id();
    long otherUnits = item(plans, "sx-jtt", "公务用车运行维护").id();
    Map<String, Object> withDescription = existing(operations, "280");
    withDescription.put("description", "改个名字");
    Map<String, Object> form =
        normal(
            existing(assets, "30"),
            existing(otherUnits, "10"),
            withDescription,
            map("category", "ENERGY", "newAmount", 5),
            existing(assets, "40"),
            added("SERVICES", "物业服务", "1.234"),
            added("SERVICES", "保洁服务", "0"),
            existing(operations + 1000, "0")); // an id no item has yet
    form.put("adjustedOn", "2026-09-24");
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    JsonNode fields = response.get("fields");
    assertThat(fieldNames(response))
        .containsExactlyInAnyOrder(
            "changes[1].itemId",
            "changes[2].description",
            "changes[3].description",
            "changes[4].itemId",
            "changes[5].newAmount",
            "changes[6].newAmount",
            "changes[7].itemId",
            "adjustedOn");
    assertThat(fields.get("changes[6].newAmount").asText()).isEqualTo("新增项目的计划金额须大于 0");
    assertThat(fields.get("changes[5].newAmount").asText()).isEqualTo("调整后金额最多保留两位小数（万元）");
    assertThat(fields.get("changes[1].itemId").asText())
        .isEqualTo("计划项目 " + otherUnits + " 不是本单位 2026 年度保障计划的项目");
    assertThat(fields.get("changes[4].itemId").asText()).isEqualTo("与第 1 项调整的是同一计划项目 " + assets);
    assertThat(fields.get("changes[3].description").asText()).isEqualTo("新增项目须填写项目说明");
    assertThat(fields.get("adjustedOn").asText()).startsWith("非先行调整不填写先行调整日期");
  }

  @Test
  void aYearWithoutPlanIsRefused() {
    Map<String, Object> form = normal(added("ENERGY", "照明节能改造", "5"));
    form.put("year", 2031);
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldNames(response)).containsExactly("year");
    assertThat(response.get("fields").get("year").asText()).isEqualTo("山西省教育厅没有 2031 年度保障计划，不能调整");
  }

  @Test
  void anEmergencyChangeNeedsItsDayAndNotOneInTheFuture() {
    Map<String, Object> noDay = emergency("2026-09-24", added("ENERGY", "应急照明", "5"));
    noDay.remove("adjustedOn");
    ApiClient.Response missing = submit("sx-jyt-staff", noDay);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.get("fields").get("adjustedOn").asText()).isEqualTo("先行调整须填写先行调整日期");

    String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    ApiClient.Response future =
        submit("sx-jyt-staff", emergency(tomorrow, added("ENERGY", "应急照明", "5")));
    assertThat(future.status()).isEqualTo(400);
    assertThat(fieldNames(future)).containsExactly("adjustedOn");
    assertThat(future.get("fields").get("adjustedOn").asText()).startsWith("先行调整日期不能晚于今天");
  }

  // ---- whole cases --------------------------------------------------------------------------

  @Test
  void ordinaryChangeWalksEveryStepToApproved() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    ApiClient.Response created =
        submit("sx-jyt-staff", normal(existing(assets, "60"), added("ENERGY", "照明节能改造", "20")));
    assertThat(created.status()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(id).matches("JH-\\d{4}-\\d{4}");
    assertThat(created.get("status").asText()).isEqualTo("RUNNING");
    assertThat(created.get("checks").findValuesAsText("rule")).contains("planCeiling", "planItems");

    assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null).status())
        .isEqualTo(200);
    assertThat(complete("sx-reviewer", id, "Task_BureauReview", "APPROVE", null).status())
        .isEqualTo(200);
    ApiClient.Response last = complete("sx-finance", id, "Task_FinanceReview", "APPROVE", "同意追加");
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.get("status").asText()).isEqualTo("APPROVED");
    assertThat(last.get("currentSteps")).isEmpty();
    assertThat(last.get("timeline").findValuesAsText("stepKey"))
        .contains("Task_UnitHeadReview", "Task_BureauReview", "Task_FinanceReview");

    var plan = plans.find("sx-jyt", 2026);
    assertThat(plans.total(plan)).isEqualByComparingTo("480");
    assertThat(item(plans, "sx-jyt", "办公设备购置").amount()).isEqualByComparingTo("60");
    assertThat(plans.versions(plan))
        .extracting(PlanVersion::applicationId)
        .containsExactly(null, id);
  }

  /** Today in the bureau's time zone: an emergency change adjusted today is filed in time. */
  static String today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
  }

  @Test
  void tiaoli38_aTimelyFilingIsNotOverdueAndTheBureauConfirmsIt() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    ApiClient.Response created = submit("sx-jyt-staff", emergency(today(), existing(assets, "50")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    // in force at once; filed in time: no 督办, the case is not flagged
    assertThat(item(plans, "sx-jyt", "办公设备购置").amount()).isEqualByComparingTo("50");
    JsonNode detail = api.as("sx-jyt-staff").get("/api/applications/" + id).body();
    assertThat(detail.path("overdue").asBoolean()).isFalse();
    assertThat(detail.path("currentSteps").findValuesAsText("taskKey"))
        .containsExactly("Task_FilingReview");
    JsonNode filing = step("sx-reviewer", id, "Task_FilingReview");
    assertThat(filing.path("name").asText()).isEqualTo("先行调整备案");
    assertThat(filing.path("overdue").asBoolean()).isFalse();
    // the applicant cannot take it back alone
    ApiClient.Response withdraw =
        api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdraw.status()).isEqualTo(409);
    assertThat(withdraw.get("message").asText()).contains("先行调整已计入保障年度计划");
    ApiClient.Response done = complete("sx-reviewer", id, "Task_FilingReview", "APPROVE", null);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(applications.isOverdue(id)).isFalse();
  }

  @Test
  void tiaoli38_aLateFilingIsFlaggedAtOnceAndTheDirectorSupervisesTheUnit() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    // adjusted on 2026-09-24, due by the end of 2026-10-22 (15 working days, 国庆 and 中秋 off);
    // the unit files only now
    ApiClient.Response created =
        submit("sx-jyt-staff", emergency("2026-09-24", existing(assets, "50")));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    JsonNode detail = api.as("sx-jyt-staff").get("/api/applications/" + id).body();
    assertThat(detail.path("overdue").asBoolean()).as("the unit filed late").isTrue();
    assertThat(detail.path("currentSteps").findValuesAsText("taskKey"))
        .containsExactlyInAnyOrder("Task_FilingReview", "Task_SuperviseFiling");
    assertThat(step("sx-director", id, "Task_SuperviseFiling").path("name").asText())
        .isEqualTo("督办逾期备案");
    assertThat(complete("sx-jyt-staff", id, "Task_SuperviseFiling", "APPROVE", null).status())
        .isEqualTo(403);
    assertThat(complete("sx-director", id, "Task_SuperviseFiling", "APPROVE", "已督促单位按时备案").status())
        .isEqualTo(200);
    ApiClient.Response done = complete("sx-reviewer", id, "Task_FilingReview", "APPROVE", null);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(applications.isOverdue(id)).isTrue();
    assertThat(item(plans, "sx-jyt", "办公设备购置").amount()).isEqualByComparingTo("50");
  }

  @Test
  void tiaoli38_theBureauSlowToConfirmATimelyFilingIsAnOverdueStepNotAnOverdueUnit() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    String id =
        submit("sx-jyt-staff", emergency(today(), existing(assets, "50"))).get("id").asText();
    // the bureau lets its own step's due date pass (as if its period had run out)
    String taskId = step("sx-reviewer", id, "Task_FilingReview").path("taskId").asText();
    taskService.setDueDate(taskId, Date.from(Instant.now().minus(Duration.ofDays(3))));
    JsonNode detail = api.as("sx-reviewer").get("/api/applications/" + id).body();
    assertThat(detail.path("overdue").asBoolean()).as("the unit filed in time").isFalse();
    assertThat(step("sx-reviewer", id, "Task_FilingReview").path("overdue").asBoolean())
        .as("the bureau's step is overdue")
        .isTrue();
    assertThat(detail.path("currentSteps").findValuesAsText("taskKey"))
        .doesNotContain("Task_SuperviseFiling");
    assertThat(api.as("sx-reviewer").get("/api/tasks?overdue=true&size=200").text()).contains(id);
    assertThat(api.as("sx-director").get("/api/tasks?size=200").text()).doesNotContain(id);
  }

  @Test
  void correctionOrderedAtFilingComesBackToTheApplicantWithThePlanAsBefore() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    String id =
        submit("sx-jyt-staff", emergency(today(), existing(assets, "50"))).get("id").asText();
    assertThat(complete("sx-reviewer", id, "Task_FilingReview", "RETURN", null).status())
        .isEqualTo(400);
    ApiClient.Response returned =
        complete("sx-reviewer", id, "Task_FilingReview", "RETURN", "请补充突发事件说明并核减金额");
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    assertThat(item(plans, "sx-jyt", "办公设备购置").amount()).isEqualByComparingTo("20");
    // the unit corrects the amount and files again: in force at once again
    String taskId = step("sx-jyt-staff", id, "Task_ReviseApplication").path("taskId").asText();
    ApiClient.Response resubmitted =
        api.as("sx-jyt-staff")
            .post(
                "/api/tasks/" + taskId + "/complete",
                Map.of("decision", "RESUBMIT", "form", emergency(today(), existing(assets, "35"))));
    assertThat(resubmitted.status()).isEqualTo(200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RUNNING");
    assertThat(item(plans, "sx-jyt", "办公设备购置").amount()).isEqualByComparingTo("35");
    assertThat(
            complete("sx-reviewer", id, "Task_FilingReview", "APPROVE", null)
                .get("status")
                .asText())
        .isEqualTo("APPROVED");
  }

  @Test
  void tiaoli37_aFilingOverTheCeilingIsNeverConfirmedOnlyReturnedOrRejected() {
    String id =
        submit("sx-jyt-staff", emergency(today(), added("SERVICES", "应急物资储备", "100")))
            .get("id")
            .asText();
    for (String comment : new String[] {null, "突发事件确需超出，已报财政部门追加预算"}) {
      ApiClient.Response refused =
          complete("sx-reviewer", id, "Task_FilingReview", "APPROVE", comment);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.get("fields").path("decision").asText())
          .isEqualTo("「年度计划预算上限」（条例 第三十七条）不符合禁止性规定，任何环节都不得同意；请退回申请人修改或不同意");
    }
    ApiClient.Response returned =
        complete("sx-reviewer", id, "Task_FilingReview", "RETURN", "超出年度计划预算上限，请核减");
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
  }
}
