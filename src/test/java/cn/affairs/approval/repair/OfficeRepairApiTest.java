package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static cn.affairs.approval.repair.RepairForms.routine;
import static cn.affairs.approval.repair.RepairForms.thisYear;
import static cn.affairs.approval.repair.RepairForms.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlanMapper;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * office-repair through the HTTP API as the demo users: form validation and every step to APPROVED.
 */
@AffairsTest
class OfficeRepairApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlanMapper plans;
  @Autowired RepairProjectMapper register;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(String user, Map<String, Object> form) {
    return api.as(user)
        .post("/api/applications", Map.of("processKey", "office-repair", "form", form));
  }

  JsonNode detail(String user, String id) {
    ApiClient.Response response = api.as(user).get("/api/applications/" + id);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  /** The task id of the one open step of the case, asserting which step it is. */
  String openStep(String user, String id, String taskKey) {
    JsonNode steps = detail(user, id).get("currentSteps");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("taskKey").asText()).isEqualTo(taskKey);
    return steps.get(0).get("taskId").asText();
  }

  ApiClient.Response complete(
      String user, String taskId, String decision, String comment, Map<String, Object> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", form);
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  JsonNode decide(
      String user,
      String id,
      String taskKey,
      String decision,
      String comment,
      Map<String, Object> form) {
    ApiClient.Response response =
        complete(user, openStep(user, id, taskKey), decision, comment, form);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  List<String> fieldNames(ApiClient.Response response) {
    List<String> names = new ArrayList<>();
    response.get("fields").fieldNames().forEachRemaining(names::add);
    return names;
  }

  long myApplications() {
    return api.as("sx-jyt-staff")
        .get("/api/applications?scope=mine&processKey=office-repair")
        .get("total")
        .asLong();
  }

  // ---- the form
  // -----------------------------------------------------------------------------------

  @Test
  void theFormDescribesEveryField() {
    ApiClient.Response response = api.as("sx-jyt-staff").get("/api/processes/office-repair/form");
    assertThat(response.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    response.get("fields").forEach(f -> names.add(f.get("name").asText()));
    assertThat(names)
        .containsExactly(
            "building",
            "repairType",
            "reasons",
            "items",
            "affectedArea",
            "estimatedCost",
            "buildingCompletedYear",
            "lastMajorRepairYear");
    assertThat(response.get("fields").get(2).get("type").asText()).isEqualTo("MULTI_ENUM");
    assertThat(response.get("fields").get(7).get("required").asBoolean()).isFalse();
    var processes = api.as("sx-jyt-staff").get("/api/processes");
    assertThat(processes.body().findValuesAsText("key")).contains("office-repair");
  }

  @Test
  void anInvalidFormNamesEveryWrongFieldAndStartsNothing() {
    long before = myApplications();
    Map<String, Object> form = new HashMap<>();
    form.put("repairType", "OVERHAUL");
    form.put("reasons", List.of("AGING", "BEAUTY"));
    form.put("affectedArea", 0);
    form.put("estimatedCost", -5);
    form.put("buildingCompletedYear", 1850);
    form.put("lastMajorRepairYear", "去年");
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("error").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(fieldNames(response))
        .containsExactlyInAnyOrder(
            "building",
            "repairType",
            "reasons",
            "items",
            "affectedArea",
            "estimatedCost",
            "buildingCompletedYear",
            "lastMajorRepairYear");
    JsonNode fields = response.get("fields");
    assertThat(fields.get("building").asText()).isEqualTo("维修楼宇为必填项");
    assertThat(fields.get("repairType").asText()).contains("日常维修(ROUTINE)").contains("维修改造(MAJOR)");
    assertThat(fields.get("reasons").asText()).contains("节能改造(ENERGY)");
    assertThat(fields.get("affectedArea").asText()).isEqualTo("维修面积必须大于0㎡");
    assertThat(fields.get("estimatedCost").asText()).isEqualTo("估算投资必须大于0万元");
    assertThat(fields.get("buildingCompletedYear").asText()).isEqualTo("建成年份不能小于1900年");
    assertThat(fields.get("lastMajorRepairYear").asText()).isEqualTo("上次维修改造年份：请输入数字");
    assertThat(myApplications()).isEqualTo(before);
  }

  @Test
  void yearsInTheFutureAreRefused() {
    Map<String, Object> form =
        with(
            with(major(300), "buildingCompletedYear", thisYear() + 1),
            "lastMajorRepairYear",
            thisYear() + 1);
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").get("buildingCompletedYear").asText())
        .isEqualTo("建成年份不能晚于今年（" + thisYear() + "年）");
    assertThat(response.get("fields").get("lastMajorRepairYear").asText())
        .isEqualTo("上次维修改造年份不能晚于今年（" + thisYear() + "年）");
  }

  @Test
  void theLastMajorRepairCannotPrecedeCompletion() {
    long before = myApplications();
    ApiClient.Response response =
        submit(
            "sx-jyt-staff",
            with(with(major(300), "buildingCompletedYear", 2000), "lastMajorRepairYear", 1999));
    assertThat(response.status()).isEqualTo(400);
    assertThat(fieldNames(response)).containsExactly("lastMajorRepairYear");
    assertThat(response.get("fields").get("lastMajorRepairYear").asText())
        .isEqualTo("上次维修改造年份不能早于建成年份（2000年）");
    assertThat(myApplications()).isEqualTo(before);
    // this year is allowed for both
    ApiClient.Response ok =
        submit(
            "sx-jyt-staff",
            with(
                with(major(300), "buildingCompletedYear", thisYear()),
                "lastMajorRepairYear",
                thisYear()));
    assertThat(ok.status()).as(ok.text()).isEqualTo(201);
  }

  // ---- routine
  // ------------------------------------------------------------------------------------

  @Test
  void aRoutineRepairIsApprovedByTheUnitHeadAlone() {
    ApiClient.Response created = submit("sx-jyt-staff", routine(30));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(id).startsWith("WX-" + thisYear() + "-");
    JsonNode done = decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(done.get("title").asText()).isEqualTo("综合办公楼日常维修");
    assertThat(register.ofApplication(id).status()).isEqualTo("RECORDED");
  }

  @Test
  void banfa20_aRoutineRepairForAgeingReachesTheBureauWhateverItsLabel() {
    String id =
        submit("sx-jyt-staff", with(routine(30), "reasons", List.of("AGING"))).get("id").asText();
    JsonNode scope = findCheck(detail("sx-jyt-staff", id), "repairScope");
    assertThat(scope.get("verdict").asText()).isEqualTo("WARN");
    assertThat(scope.get("message").asText()).startsWith("申报为日常维修，但维修原因为设施设备老化：按维修改造办理");
    JsonNode approved = decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    assertThat(approved.get("status").asText()).isEqualTo("RUNNING");
    assertThat(approved.get("currentSteps"))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.path("taskKey").asText()).isEqualTo("Task_BureauAssessment");
              assertThat(step.path("candidateGroups").toString()).contains("sx.BUREAU_REVIEWER");
            });
  }

  @Test
  void banfa20_aRoutineRepairOfGovernmentSizeReachesTheBureauAndThenTheGovernmentPath() {
    String id =
        submit("sx-jyt-staff", with(routine(600), "affectedArea", 10000)).get("id").asText();
    assertThat(findCheck(detail("sx-jyt-staff", id), "repairScope").get("verdict").asText())
        .isEqualTo("WARN");
    JsonNode approved = decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    assertThat(approved.get("currentSteps"))
        .singleElement()
        .satisfies(
            step -> assertThat(step.path("taskKey").asText()).isEqualTo("Task_BureauAssessment"));
  }

  // ---- major, every step
  // ----------------------------------------------------------------------------

  @Test
  void aMajorRepairWalksThroughEveryStepToApproved() {
    // given: 600 万元 reaches 本级政府 (500) and tendering (400); 0.06 万元/㎡ is under the cap
    ApiClient.Response created = submit("sx-jyt-staff", major(600));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    JsonNode detail = detail("sx-jyt-staff", id);
    assertThat(detail.get("status").asText()).isEqualTo("RUNNING");
    assertThat(detail.get("checks").findValuesAsText("rule"))
        .containsExactlyInAnyOrder(
            "repairScope", "repairInterval", "repairCostPerArea", "tenderingThreshold");
    assertThat(findCheck(detail, "tenderingThreshold").get("verdict").asText()).isEqualTo("WARN");

    // when: every step as its demo user
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", "同意申报", null);
    assertThat(
            Multipart.upload(
                    api.as("sx-reviewer"),
                    "/api/applications/" + id + "/attachments",
                    "评估论证意见.pdf",
                    Multipart.pdf("assessment"),
                    Map.of("documentType", "ASSESSMENT_OPINION"))
                .status())
        .isEqualTo(201);
    decide("sx-reviewer", id, "Task_BureauAssessment", "APPROVE", "设施老化属实，维修改造必要", null);
    decide("sx-reviewer", id, "Task_CostReview", "APPROVE", "造价合理", null);
    assertThat(planItem("sx-jyt", id).amount()).isEqualByComparingTo("600");
    decide("sx-gov", id, "Task_GovernmentApproval", "APPROVE", null, null);

    String implementation = openStep("sx-jyt-staff", id, "Task_Implementation");
    assertThat(complete("sx-jyt-head", implementation, "APPROVE", null, null).status())
        .isEqualTo(403);
    ApiClient.Response missing =
        complete("sx-jyt-staff", implementation, "APPROVE", null, Map.of());
    assertThat(missing.status()).isEqualTo(400);
    assertThat(fieldNames(missing)).containsExactlyInAnyOrder("completedOn", "actualCost");
    LocalDate today = LocalDate.now(RepairForms.ZONE);
    ApiClient.Response future =
        complete(
            "sx-jyt-staff",
            implementation,
            "APPROVE",
            null,
            Map.of("completedOn", today.plusDays(1).toString(), "actualCost", 590));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.get("fields").get("completedOn").asText())
        .isEqualTo("竣工日期不能晚于今天（" + today + "）");
    ApiClient.Response early =
        complete(
            "sx-jyt-staff",
            implementation,
            "APPROVE",
            null,
            Map.of("completedOn", today.minusYears(1).toString(), "actualCost", 590));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.get("fields").get("completedOn").asText()).startsWith("竣工日期不能早于提出申请的日期");
    decide(
        "sx-jyt-staff",
        id,
        "Task_Implementation",
        "APPROVE",
        null,
        Map.of("completedOn", today.toString(), "actualCost", 590));
    assertThat(register.ofApplication(id).status()).isEqualTo("COMPLETED");

    JsonNode rework =
        decide("sx-reviewer", id, "Task_Acceptance", "RETURN", "屋面防水未达标，整改后重新报验", null);
    assertThat(rework.get("status").asText()).isEqualTo("RUNNING");
    assertThat(rework.get("currentSteps").get(0).get("taskKey").asText())
        .isEqualTo("Task_Implementation");
    decide(
        "sx-jyt-staff",
        id,
        "Task_Implementation",
        "APPROVE",
        "整改完成",
        Map.of("completedOn", today.toString(), "actualCost", 596.5));
    JsonNode approved = decide("sx-reviewer", id, "Task_Acceptance", "APPROVE", "验收合格", null);

    // then
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(approved.get("currentSteps")).isEmpty();
    assertThat(approved.get("timeline").findValuesAsText("stepKey"))
        .containsSubsequence(
            "StartEvent_Submitted",
            "Task_UnitHeadReview",
            "Task_BureauAssessment",
            "Task_CostReview",
            "Task_GovernmentApproval",
            "Task_Implementation",
            "Task_Acceptance",
            "Task_Implementation",
            "Task_Acceptance");
    RepairProject row = register.ofApplication(id);
    assertThat(row.status()).isEqualTo("ACCEPTED");
    assertThat(row.completedOn()).isEqualTo(today);
    assertThat(row.actualCost()).isEqualByComparingTo("596.5");
    assertThat(row.acceptedOn()).isEqualTo(today);
    assertThat(planItem("sx-jyt", id).amount()).isEqualByComparingTo("600");
    assertThat(planItem("sx-jyt", id).category()).isEqualTo("OFFICE_REPAIR");
  }

  @Test
  void aCityRepairGoesToTheCitysBureau() {
    String id = submit("sl-jyj-staff", major(200)).get("id").asText();
    decide("sl-jyj-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    String assessment = openStep("sl-reviewer", id, "Task_BureauAssessment");
    assertThat(complete("sx-reviewer", assessment, "APPROVE", null, null).status()).isIn(403, 404);
    decide("sl-reviewer", id, "Task_BureauAssessment", "REJECT", "本年度已安排同楼宇维修", null);
    assertThat(detail("sl-jyj-staff", id).get("status").asText()).isEqualTo("REJECTED");
  }

  private PlanItem planItem(String unit, String id) {
    AnnualPlan plan = plans.find(unit, thisYear());
    return plans.items(plan.id()).stream()
        .filter(i -> id.equals(i.sourceApplication()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no plan item of " + id));
  }

  private static JsonNode findCheck(JsonNode detail, String rule) {
    for (JsonNode check : detail.get("checks")) {
      if (rule.equals(check.get("rule").asText())) {
        return check;
      }
    }
    throw new AssertionError("no check " + rule + " in " + detail);
  }
}
