package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Two new cars of one unit one short of its quota (省交通运输厅: quota 8, 7 in use), both passed at
 * submission and walked to 登记入册 at the same moment: the quota is evaluated again under the unit's
 * lock, so exactly one registers and the other is refused (409) with the check's message. A new car
 * approved but not registered (as on a process version before 登记公务用车) counts against the quota, at
 * submission and at registration.
 */
@AffairsTest
class VehicleQuotaRaceApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired VehicleMapper register;
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

  String submit() {
    Response created =
        api.as("sx-jtt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jtt-staff"), VehicleCases.KEY, newCar()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    for (JsonNode c : created.get("checks")) {
      if (c.path("rule").asText().equals("vehicleQuota")) {
        assertThat(c.path("verdict").asText()).isEqualTo("PASS");
      }
    }
    return created.get("id").asText();
  }

  String taskId(String user, String id, String taskKey) {
    for (JsonNode step : api.as(user).get("/api/applications/" + id).get("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step.path("taskId").asText();
      }
    }
    throw new AssertionError(id + " is not at " + taskKey);
  }

  void approve(String user, String id, String taskKey) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", "同意");
    Response done =
        api.as(user).post("/api/tasks/" + taskId(user, id, taskKey) + "/complete", body);
    assertThat(done.status()).as(done.text()).isEqualTo(200);
  }

  @Test
  void twoCasesOneShortOfTheQuotaRaceToTheRegisterAndExactlyOneRegisters() throws Exception {
    assertThat(register.activeCount("sx-jtt")).isEqualTo(7);
    List<String> ids = List.of(submit(), submit());
    for (String id : ids) {
      approve("sx-jtt-head", id, "Task_UnitHeadReview");
      approve("sx-vehicle", id, "Task_BureauVehicleReview");
      approve("sx-finance", id, "Task_FinanceReview");
    }
    List<String> plates = List.of("晋A·K7001", "晋A·K7002");
    List<String> tasks =
        List.of(
            taskId("sx-vehicle", ids.get(0), CentralProcurement.TASK),
            taskId("sx-vehicle", ids.get(1), CentralProcurement.TASK));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "APPROVE");
        body.put("form", VehiclePurchaseApiTest.procurement(15, plates.get(i)));
        String task = tasks.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.as("sx-vehicle").post("/api/tasks/" + task + "/complete", body);
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
      assertThat(refused.get("message").asText()).startsWith("本单位在用公务用车 8 辆，新增后 9 辆，超过编制 8 辆");
      int winner = responses.get(0).status() == 200 ? 0 : 1;
      assertThat(responses.get(winner).get("status").asText()).isEqualTo("APPROVED");

      assertThat(register.activeCount("sx-jtt")).isEqualTo(8);
      assertThat(register.byPlate(plates.get(winner))).isNotNull();
      assertThat(register.byPlate(plates.get(1 - winner))).isNull();
      // the refused case is still at 集中采购, nothing of it written
      assertThat(taskId("sx-vehicle", ids.get(1 - winner), CentralProcurement.TASK))
          .isEqualTo(tasks.get(1 - winner));
    } finally {
      pool.shutdownNow();
    }
  }

  static JsonNode quotaCheck(Response response) {
    for (JsonNode c : response.get("checks")) {
      if (c.path("rule").asText().equals("vehicleQuota")) {
        return c;
      }
    }
    throw new AssertionError("no vehicleQuota check in " + response.text());
  }

  void toProcurement(String id) {
    approve("sx-jtt-head", id, "Task_UnitHeadReview");
    approve("sx-vehicle", id, "Task_BureauVehicleReview");
    approve("sx-finance", id, "Task_FinanceReview");
  }

  Response procure(String id, String plate) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("form", VehiclePurchaseApiTest.procurement(15, plate));
    return api.as("sx-vehicle")
        .post(
            "/api/tasks/" + taskId("sx-vehicle", id, CentralProcurement.TASK) + "/complete", body);
  }

  @Test
  void aNewCarApprovedButNotRegisteredCountsAgainstTheQuota() {
    String approved = submit();
    String waiting = submit(); // passes too: 7 in use, nothing approved yet
    toProcurement(approved);
    Response registered = procure(approved, "晋A·K7101");
    assertThat(registered.status()).as(registered.text()).isEqualTo(200);
    assertThat(register.activeCount("sx-jtt")).isEqualTo(8);
    // as if approved on a process version without 登记公务用车: approved, its car not registered
    jdbc.update("DELETE FROM vehicle WHERE source_application = ?", approved);
    jdbc.update("DELETE FROM vehicle_entry WHERE application_id = ?", approved);
    try {
      assertPendingCounts(approved, waiting);
    } finally {
      // registered again, so that the tests after this one see no pending car
      jdbc.update(
          "INSERT INTO vehicle_entry (application_id, entered_at) VALUES (?, CURRENT_TIMESTAMP)",
          approved);
    }
  }

  void assertPendingCounts(String approved, String waiting) {
    assertThat(register.activeCount("sx-jtt")).isEqualTo(7);

    Response created =
        api.as("sx-jtt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jtt-staff"), VehicleCases.KEY, newCar()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode check = quotaCheck(created);
    assertThat(check.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(check.path("message").asText())
        .isEqualTo("本单位在用公务用车 7 辆（另有已批准尚未登记 1 辆），新增后 9 辆，超过编制 8 辆");
    assertThat(check.path("facts").path("pendingVehicles").asInt()).isEqualTo(1);
    assertThat(check.path("facts").path("pendingCases").get(0).asText()).isEqualTo(approved);

    // the case that passed before is refused at 登记公务用车, under the lock, with the same words
    toProcurement(waiting);
    Response refused = procure(waiting, "晋A·K7102");
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.get("message").asText())
        .startsWith("本单位在用公务用车 7 辆（另有已批准尚未登记 1 辆），新增后 9 辆，超过编制 8 辆")
        .contains("不能登记入册");
    assertThat(register.byPlate("晋A·K7102")).isNull();
    assertThat(taskId("sx-vehicle", waiting, CentralProcurement.TASK)).isNotNull();
  }
}
