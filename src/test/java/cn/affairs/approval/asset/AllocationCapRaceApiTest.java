package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
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

/**
 * Two 调剂领用 cases of 省教育厅 (编制 72 人, so at most 72 台式计算机; 70 held) for 2 desktops each: each fits the
 * cap at submission, both together do not. Both are walked to 资产审核, where the warehouse items are
 * allocated, at the same moment: the cap is evaluated again under the unit's lock counting what is
 * allocated to the unit's other pending cases, so exactly one is allocated and the other is refused
 * (409) with the check's message; a later case counts the allocated items too.
 */
@AffairsTest
class AllocationCapRaceApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AssetMapper register;
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

  JsonNode allocationCheck(JsonNode checks) {
    for (JsonNode c : checks) {
      if (c.path("rule").asText().equals("allocationStandard")) {
        return c;
      }
    }
    throw new AssertionError("no allocationStandard check in " + checks);
  }

  Response submit() {
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Map.of("processKey", "asset-transfer", "form", fromWarehouse("DESKTOP", 2)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created;
  }

  String taskId(String user, String id, String taskKey) {
    for (JsonNode step : api.as(user).get("/api/applications/" + id).get("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step.path("taskId").asText();
      }
    }
    return null;
  }

  Response complete(String user, String id, String taskKey, Map<String, ?> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", "同意");
    body.put("form", form);
    return api.as(user).post("/api/tasks/" + taskId(user, id, taskKey) + "/complete", body);
  }

  @Test
  void twoCasesThatEachFitTheCapRaceToTheAllocationAndExactlyOneIsAllocated() throws Exception {
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(70);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Response created = submit();
      assertThat(allocationCheck(created.get("checks")).path("verdict").asText()).isEqualTo("PASS");
      ids.add(created.get("id").asText());
    }
    for (String id : ids) {
      assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", Map.of()).status())
          .isEqualTo(200);
    }
    List<List<String>> items =
        List.of(
            List.of("SXGWC-TS21-001", "SXGWC-TS21-002"),
            List.of("SXGWC-TS21-003", "SXGWC-TS21-004"));
    List<String> tasks =
        List.of(
            taskId("sx-asset", ids.get(0), "Task_BureauAssetReview"),
            taskId("sx-asset", ids.get(1), "Task_BureauAssetReview"));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Response>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", "APPROVE");
        body.put("comment", "同意");
        body.put("form", Map.of("allocatedAssets", items.get(i)));
        String task = tasks.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.as("sx-asset").post("/api/tasks/" + task + "/complete", body);
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
      int winner = responses.get(0).status() == 200 ? 0 : 1;
      String refused = responses.get(1 - winner).get("message").asText();
      assertThat(refused)
          .startsWith("调剂后台式计算机 74 台（现有 70 + 其他申请已调配 2 + 申请 2），超过配置标准上限 72 台（编制 72 人 × 1 台/人）");
      assertThat(register.reservedBy(ids.get(winner)))
          .extracting(Asset::code)
          .containsExactlyElementsOf(items.get(winner));
      assertThat(register.reservedBy(ids.get(1 - winner))).isEmpty();
      // the refused case is still at 资产审核, nothing of it written
      assertThat(taskId("sx-asset", ids.get(1 - winner), "Task_BureauAssetReview"))
          .isEqualTo(tasks.get(1 - winner));

      // a new case counts what is allocated to the unit but not yet in its register
      Response third =
          api.as("sx-jyt-staff")
              .post(
                  "/api/applications",
                  Map.of("processKey", "asset-transfer", "form", fromWarehouse("DESKTOP", 1)));
      assertThat(third.status()).as(third.text()).isEqualTo(201);
      JsonNode check = allocationCheck(third.get("checks"));
      assertThat(check.path("verdict").asText()).isEqualTo("FAIL");
      assertThat(check.path("message").asText())
          .startsWith("调剂后台式计算机 73 台（现有 70 + 其他申请已调配 2 + 申请 1），超过配置标准上限 72 台");

      // the winner ends in the register: the unit holds 72 desktops
      String won = ids.get(winner);
      if (taskId("sx-finance", won, "Task_FinanceConsent") != null) {
        assertThat(complete("sx-finance", won, "Task_FinanceConsent", Map.of()).status())
            .isEqualTo(200);
      }
      Response handedOver =
          complete("sx-jyt-staff", won, "Task_Handover", Map.of("receivedBy", "孙经办"));
      assertThat(handedOver.status()).as(handedOver.text()).isEqualTo(200);
      assertThat(handedOver.get("status").asText()).isEqualTo("APPROVED");
      assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(72);
    } finally {
      pool.shutdownNow();
    }
  }
}
