package cn.affairs.approval.construction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.officespace.OfficeSpaceMapper;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.ConstructionForms;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office-area standard counts what is pending and holds under a race. 省教育厅 holds 850㎡ of a
 * standard of 882㎡: two expansions of 20㎡ each fit alone but not both. Walked to 本级政府审批 and
 * approved at the same moment, the standard is evaluated again under the unit's lock at 登记办公用房, so
 * exactly one registers and the other is refused (409) with the check's message. A case approved
 * but not registered (as on a process version before 登记办公用房) counts against the standard until the
 * bureau registers its space.
 */
@AffairsTest
class OfficeAreaRaceApiTest {

  static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity", "确有必要",
          "opinionStandard", "符合标准",
          "opinionLocation", "选址合理",
          "opinionFunding", "资金已落实");

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;
  @Autowired JdbcTemplate jdbc;
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

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  Response submit(int area) {
    Map<String, Object> form = ConstructionForms.expansion(area);
    form.put("projectName", "办公楼扩建工程" + area + "-" + System.nanoTime() % 100000);
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jyt-staff"), "office-space-construction", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created;
  }

  static JsonNode check(Response detail, String rule) {
    for (JsonNode c : detail.get("checks")) {
      if (c.path("rule").asText().equals(rule)) {
        return c;
      }
    }
    throw new AssertionError("no check " + rule + " in " + detail.text());
  }

  String taskId(String id, String taskKey) {
    for (JsonNode step : api.as("sx-reviewer").get("/api/applications/" + id).get("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step.path("taskId").asText();
      }
    }
    throw new AssertionError(id + " is not at " + taskKey);
  }

  Response decide(String user, String id, String taskKey, Map<String, Object> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", "同意");
    if (form != null) {
      body.put("form", form);
    }
    return api.as(user).post("/api/tasks/" + taskId(id, taskKey) + "/complete", body);
  }

  /** Walks a submitted case up to 本级政府审批. */
  void toGovernment(String id) {
    assertThat(decide("sx-jyt-head", id, "Task_UnitHeadReview", null).status()).isEqualTo(200);
    assertThat(decide("sx-reviewer", id, "Task_BureauReview", OPINIONS).status()).isEqualTo(200);
  }

  @Test
  void twoCasesThatEachFitButNotBothRaceToTheRegisterAndExactlyOneRegisters() throws Exception {
    assertThat(register.occupiedArea("sx-jyt", today())).isEqualByComparingTo("850");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Response created = submit(20);
      assertThat(check(created, "officeRoomArea").path("verdict").asText()).isEqualTo("PASS");
      ids.add(created.get("id").asText());
    }
    ids.forEach(this::toGovernment);
    List<String> tasks =
        List.of(
            taskId(ids.get(0), "Task_GovernmentApproval"),
            taskId(ids.get(1), "Task_GovernmentApproval"));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results = new ArrayList<>();
    try {
      for (String task : tasks) {
        Map<String, Object> body = Map.of("decision", "APPROVE", "comment", "同意");
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.as("sx-gov").post("/api/tasks/" + task + "/complete", body);
                }));
      }
      start.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : results) {
        responses.add(f.get(120, TimeUnit.SECONDS));
      }
      assertThat(responses)
          .extracting(Response::status)
          .as(responses.toString())
          .containsExactlyInAnyOrder(200, 409);
      Response refused =
          responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
      assertThat(refused.get("message").asText())
          .startsWith("申请后办公室用房 890㎡，超过核定标准 882㎡")
          .contains("不能登记办公用房");
      int winner = responses.get(0).status() == 200 ? 0 : 1;
      assertThat(responses.get(winner).get("status").asText()).isEqualTo("APPROVED");

      assertThat(register.occupiedArea("sx-jyt", today())).isEqualByComparingTo("870");
      assertThat(register.ofApplication(ids.get(winner)))
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.ownership()).isEqualTo("OWNED");
                assertThat(s.area()).isEqualByComparingTo("20");
                assertThat(s.buildingArea()).isEqualByComparingTo("40");
                assertThat(s.room()).isEqualTo("依申请 " + ids.get(winner));
              });
      assertThat(register.ofApplication(ids.get(1 - winner))).isEmpty();
      // the refused case still waits at 本级政府审批, nothing of its step written
      assertThat(taskId(ids.get(1 - winner), "Task_GovernmentApproval"))
          .isEqualTo(tasks.get(1 - winner));
      assertThat(cases.application(ids.get(1 - winner)).status()).hasToString("RUNNING");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anApprovedCaseNotYetRegisteredCountsAgainstTheStandardUntilTheBureauRegistersIt() {
    String approved = submit(20).get("id").asText();
    toGovernment(approved);
    assertThat(decide("sx-gov", approved, "Task_GovernmentApproval", null).status()).isEqualTo(200);
    // as if approved on a process version without 登记办公用房: approved, nothing registered
    jdbc.update("DELETE FROM office_space WHERE source_application = ?", approved);
    jdbc.update("DELETE FROM office_space_entry WHERE application_id = ?", approved);
    assertThat(register.occupiedArea("sx-jyt", today())).isEqualByComparingTo("850");

    Response second = submit(20);
    JsonNode result = check(second, "officeRoomArea");
    assertThat(result.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(result.path("message").asText())
        .isEqualTo("申请后办公室用房 890㎡（含已批准尚未登记 20㎡），超过核定标准 882㎡");
    assertThat(result.path("facts").path("pendingArea").decimalValue()).isEqualByComparingTo("20");
    assertThat(result.path("facts").path("pendingCases").get(0).path("id").asText())
        .isEqualTo(approved);
    Response small = submit(12);
    assertThat(check(small, "officeRoomArea").path("message").asText())
        .isEqualTo("申请后办公室用房 882㎡，未超过核定标准 882㎡");

    // the bureau registers the approved space, citing the case: no longer pending, now in the
    // register
    Map<String, Object> row = new HashMap<>();
    row.put("unitCode", "sx-jyt");
    row.put("building", "省教育厅办公楼扩建部分");
    row.put("tenure", "OWNED");
    row.put("usableArea", "20");
    row.put("sourceApplication", approved);
    Response registered = api.as("sx-reviewer").post("/api/registers/office-space", row);
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    assertThat(registered.get("sourceApplication").asText()).isEqualTo(approved);
    row.put("building", "又一处");
    assertThat(
            api.as("sx-reviewer")
                .post("/api/registers/office-space", row)
                .get("fields")
                .get("sourceApplication")
                .asText())
        .isEqualTo("申请 " + approved + " 的办公用房已登记");
    Response third = submit(12);
    assertThat(check(third, "officeRoomArea").path("message").asText())
        .isEqualTo("申请后办公室用房 882㎡，未超过核定标准 882㎡");
    assertThat(check(third, "officeRoomArea").path("facts").path("currentArea").decimalValue())
        .isEqualByComparingTo("870");
  }
}
