package cn.affairs.approval.application;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application API of api.md, through HTTP as the demo users. */
@AffairsTest
class ApplicationApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  String start(String user, Map<String, Object> form) {
    Response created = api.as(user).post("/api/applications", request(form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  @Test
  void meDescribesTheUserTheirUnitAndGovernment() {
    Response me = api.as("sx-jyt-staff").get("/api/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.get("id").asText()).isEqualTo("sx-jyt-staff");
    assertThat(me.get("unit").get("code").asText()).isEqualTo("sx-jyt");
    assertThat(me.get("unit").get("name").asText()).isEqualTo("山西省教育厅");
    assertThat(me.get("government").get("code").asText()).isEqualTo("sx");
    assertThat(me.get("government").get("level").asText()).isEqualTo("PROVINCE");
    assertThat(me.get("roles").toString()).contains("UNIT_STAFF");
  }

  @Test
  void notSignedInIs401AsJsonAndAWrongPasswordToo() {
    Response anonymous = api.get("/api/applications");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.get("error").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(anonymous.get("message").asText()).isNotBlank();
    // Camunda throttles an account after a wrong password (loginDelayBase): use one no other test
    // signs in with
    assertThat(api.as("xl-drc", "wrong").get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void staffMayStartTheFamiliesOthersNone() {
    Response staff = api.as("sx-jyt-staff").get("/api/processes");
    assertThat(staff.status()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    staff.body().forEach(p -> keys.add(p.get("key").asText()));
    assertThat(keys).contains("office-space-construction");
    assertThat(staff.body().get(0).get("version").asInt()).isPositive();
    assertThat(api.as("sx-reviewer").get("/api/processes").body()).isEmpty();
  }

  @Test
  void formDescriptionListsFieldsWithTypesLabelsAndOptions() {
    Response form = api.as("sx-jyt-staff").get("/api/processes/office-space-construction/form");
    assertThat(form.status()).isEqualTo(200);
    JsonNode projectType = find(form.get("fields"), "projectType");
    assertThat(projectType.get("type").asText()).isEqualTo("ENUM");
    assertThat(projectType.get("label").asText()).isEqualTo("项目类型");
    assertThat(projectType.get("required").asBoolean()).isTrue();
    assertThat(projectType.get("options").toString()).contains("NEW_BUILD", "新建");
    assertThat(api.as("sx-jyt-staff").get("/api/processes/no-such-process/form").status())
        .isEqualTo(404);
  }

  @Test
  void anInvalidFormNamesEveryWrongFieldAndStartsNothing() {
    long before = api.as("sx-jyt-staff").get("/api/applications?scope=mine").get("total").asLong();
    Map<String, Object> form = expansion(10);
    form.put("addedOfficeRoomArea", -5);
    form.put("projectType", "DEMOLISH");
    form.remove("location");
    form.put("estimatedCost", "很多");
    Response refused = api.as("sx-jyt-staff").post("/api/applications", request(form));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("error").asText()).isEqualTo("VALIDATION_FAILED");
    JsonNode fields = refused.get("fields");
    assertThat(fields.has("addedOfficeRoomArea")).isTrue();
    assertThat(fields.get("projectType").asText()).contains("取值无效");
    assertThat(fields.get("location").asText()).isEqualTo("建设地点为必填项");
    assertThat(fields.get("estimatedCost").asText()).isEqualTo("估算投资：请输入数字");
    assertThat(api.as("sx-jyt-staff").get("/api/applications?scope=mine").get("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void crossFieldRulesAreCheckedToo() {
    Map<String, Object> form = expansion(10);
    form.put("addedBuildingArea", 0);
    Response refused = api.as("sx-jyt-staff").post("/api/applications", request(form));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("addedBuildingArea").asText())
        .contains("新建、扩建项目须填写新增建筑面积");
  }

  @Test
  void fieldErrorsAndCrossFieldErrorsComeTogether() {
    Map<String, Object> form = expansion(10);
    form.put("addedBuildingArea", 0);
    form.remove("location");
    Response refused = api.as("sx-jyt-staff").post("/api/applications", request(form));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").has("location")).isTrue();
    assertThat(refused.get("fields").get("addedBuildingArea").asText())
        .contains("新建、扩建项目须填写新增建筑面积");
  }

  @Test
  void unknownProcessMalformedJsonAndWrongRoleAreRefusedCleanly() {
    Response unknown =
        api.as("sx-jyt-staff")
            .post("/api/applications", Map.of("processKey", "x", "form", Map.of()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.get("fields").has("processKey")).isTrue();
    Response malformed = api.as("sx-jyt-staff").post("/api/applications", "{\"processKey\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.get("message").asText()).isNotBlank();
    Response reviewer = api.as("sx-reviewer").post("/api/applications", request(expansion(10)));
    assertThat(reviewer.status()).isEqualTo(403);
    assertThat(reviewer.get("error").asText()).isEqualTo("FORBIDDEN");
  }

  @Test
  void startingGivesABusinessKeyAndTheChecksWithTheirNumbers() {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(40)));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.get("id").asText()).matches("BG-\\d{4}-\\d{4}");
    assertThat(created.get("processKey").asText()).isEqualTo("office-space-construction");
    assertThat(created.get("status").asText()).isEqualTo("RUNNING");
    JsonNode area = findRule(created.get("checks"), "officeRoomArea");
    assertThat(area.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(area.get("message").asText()).isEqualTo("申请后办公室用房 890㎡，超过核定标准 882㎡");
    assertThat(area.get("basis").asText()).contains("党政机关办公用房建设标准");
    assertThat(area.get("facts").get("standardArea").decimalValue()).isEqualByComparingTo("882");
    assertThat(area.get("step").asText()).isEqualTo("Task_CheckOfficeRoomArea");
    String next = start("sx-jyt-staff", expansion(5));
    assertThat(Integer.parseInt(next.substring(8)))
        .isEqualTo(Integer.parseInt(created.get("id").asText().substring(8)) + 1);
  }

  Response submitOnce(String key) {
    try {
      String body =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .writeValueAsString(request(expansion(7)));
      return api.as("sx-jyt-staff")
          .send(
              api.as("sx-jyt-staff")
                  .request("/api/applications")
                  .header("Content-Type", "application/json")
                  .header("Idempotency-Key", key)
                  .POST(
                      java.net.http.HttpRequest.BodyPublishers.ofString(
                          body, java.nio.charset.StandardCharsets.UTF_8)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRepeatedSubmissionIsAConflictNotASecondCase() {
    String key = "form-" + System.nanoTime();
    Response first = submitOnce(key);
    assertThat(first.status()).isEqualTo(201);
    Response again = submitOnce(key);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("message").asText()).contains(first.get("id").asText());
    assertThat(submitOnce(key + "-other").status()).isEqualTo(201);
  }

  @Test
  void aDoubleClickRaceStartsOneCase() throws Exception {
    String key = "race-" + System.nanoTime();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.Callable<Integer> submit =
        () -> {
          go.await();
          return submitOnce(key).status();
        };
    var a = pool.submit(submit);
    var b = pool.submit(submit);
    go.countDown();
    List<Integer> statuses = List.of(a.get(), b.get());
    pool.shutdown();
    assertThat(statuses).containsExactlyInAnyOrder(201, 409);
  }

  @Test
  void detailShowsCurrentStepsChecksAndTimeline() {
    String id = start("sx-jyt-staff", expansion(10));
    Response detail = api.as("sx-jyt-staff").get("/api/applications/" + id);
    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.get("title").asText()).isEqualTo("办公楼扩建工程");
    assertThat(detail.get("unit").get("code").asText()).isEqualTo("sx-jyt");
    assertThat(detail.get("applicant").get("id").asText()).isEqualTo("sx-jyt-staff");
    assertThat(detail.get("processVersion").asInt()).isPositive();
    assertThat(detail.get("form").get("projectName").asText()).isEqualTo("办公楼扩建工程");
    JsonNode step = detail.get("currentSteps").get(0);
    assertThat(step.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(step.get("candidateGroups").toString()).contains("sx-jyt.UNIT_HEAD");
    assertThat(step.get("due").asText()).isNotBlank();
    assertThat(detail.get("checks")).hasSize(4);
    assertThat(detail.get("timeline").get(0).get("decision").asText()).isEqualTo("SUBMIT");
  }

  @Test
  void onlyTheUnitItsGovernmentsDecidersAndAdminsSeeACase() {
    String id = start("sx-jyt-staff", expansion(10));
    assertThat(api.as("sx-jyt-head").get("/api/applications/" + id).status()).isEqualTo(200);
    assertThat(api.as("sx-reviewer").get("/api/applications/" + id).status()).isEqualTo(200);
    assertThat(api.as("sx-gov").get("/api/applications/" + id).status()).isEqualTo(200);
    assertThat(api.as("admin").get("/api/applications/" + id).status()).isEqualTo(200);
    assertThat(api.as("sx-jtt-staff").get("/api/applications/" + id).status()).isEqualTo(403);
    assertThat(api.as("sl-reviewer").get("/api/applications/" + id).status()).isEqualTo(403);
    assertThat(api.as("sx-jtt-staff").get("/api/applications/" + id + "/diagram").status())
        .isEqualTo(403);
    assertThat(api.as("sx-jyt-staff").get("/api/applications/BG-1999-9999").status())
        .isEqualTo(404);
  }

  @Test
  void listsArePagedAndScoped() {
    String a = start("sx-jyt-staff", expansion(1));
    String b = start("sx-jyt-staff", expansion(2));
    String c = start("sx-jyt-staff", expansion(3));
    Response page0 = api.as("sx-jyt-staff").get("/api/applications?scope=mine&size=2&page=0");
    assertThat(page0.status()).isEqualTo(200);
    assertThat(page0.get("items")).hasSize(2);
    assertThat(page0.get("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(page0.get("items").get(0).get("id").asText()).isEqualTo(c);
    assertThat(page0.get("items").get(0).get("currentStep").asText()).isEqualTo("单位负责人审核");
    Response page1 = api.as("sx-jyt-staff").get("/api/applications?scope=mine&size=2&page=1");
    assertThat(page1.get("items").get(0).get("id").asText()).isEqualTo(a);

    assertThat(ids(api.as("sx-jyt-head").get("/api/applications?scope=unit&size=200")))
        .contains(a, b, c);
    assertThat(ids(api.as("sx-jtt-staff").get("/api/applications?scope=unit&size=200")))
        .doesNotContain(a);
    assertThat(ids(api.as("sx-reviewer").get("/api/applications?scope=all&size=200")))
        .contains(a, b, c);
    assertThat(ids(api.as("sl-reviewer").get("/api/applications?scope=all&size=200")))
        .doesNotContain(a);
    assertThat(
            ids(api.as("sx-reviewer").get("/api/applications?scope=all&status=APPROVED&size=200")))
        .doesNotContain(a);
    assertThat(
            ids(
                api.as("sx-reviewer")
                    .get(
                        "/api/applications?scope=all&processKey=office-space-construction&size=200")))
        .contains(a);

    assertThat(api.as("sx-jyt-staff").get("/api/applications?scope=all").status()).isEqualTo(403);
    assertThat(api.as("sx-jyt-staff").get("/api/applications?scope=everything").status())
        .isEqualTo(400);
    assertThat(api.as("sx-jyt-staff").get("/api/applications?status=UNKNOWN").status())
        .isEqualTo(400);
    assertThat(api.as("sx-jyt-staff").get("/api/applications?size=0").get("fields").has("size"))
        .isTrue();
  }

  @Test
  void diagramHasTheXmlAndTheActiveAndCompletedActivities() {
    String id = start("sx-jyt-staff", expansion(10));
    Response diagram = api.as("sx-jyt-staff").get("/api/applications/" + id + "/diagram");
    assertThat(diagram.status()).isEqualTo(200);
    assertThat(diagram.get("bpmnXml").asText())
        .contains("id=\"office-space-construction\"", "BPMNDiagram");
    assertThat(diagram.get("activeActivityIds").toString()).contains("Task_UnitHeadReview");
    assertThat(diagram.get("completedActivityIds").toString())
        .contains("StartEvent_Submitted", "Task_CheckOfficeRoomArea")
        .doesNotContain("Task_UnitHeadReview");
  }

  @Test
  void theApplicantWithdrawsWhileNobodyHasDecided() {
    String id = start("sx-jyt-staff", expansion(10));
    assertThat(api.as("sx-jyt-head").post("/api/applications/" + id + "/withdraw").status())
        .isEqualTo(403);
    Response withdrawn = api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.get("currentSteps")).isEmpty();
    assertThat(api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw").status())
        .isEqualTo(409);
    assertThat(api.as("sx-jyt-head").get("/api/tasks?size=200").text()).doesNotContain(id);
  }

  @Test
  void withdrawingAfterADecisionIsAConflict() {
    String id = start("sx-jyt-staff", expansion(10));
    String task =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    Response refused = api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.get("error").asText()).isEqualTo("CONFLICT");
  }

  static List<String> ids(Response list) {
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }

  static JsonNode find(JsonNode fields, String name) {
    for (JsonNode f : fields) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name);
  }

  static JsonNode findRule(JsonNode checks, String rule) {
    for (JsonNode c : checks) {
      if (c.get("rule").asText().equals(rule)) {
        return c;
      }
    }
    throw new AssertionError("no check " + rule + " in " + checks);
  }
}
