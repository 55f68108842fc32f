package cn.affairs.approval.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 车辆处置: a car replaced by a vehicle-purchase case is marked TO_DISPOSE; its disposal is an
 * asset-transfer DISPOSAL case listing the plate, which goes to 财政部门 like every disposal, and the
 * car becomes DISPOSED when the case is approved. Cars in use, other units' cars and a car already
 * being disposed of are refused.
 */
@AffairsTest
class VehicleDisposalApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired VehicleCases vehicleCases;
  @Autowired VehicleMapper register;
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

  static Map<String, Object> disposal(List<String> plates) {
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "DISPOSAL");
    form.put("vehicles", plates);
    form.put("reason", "车辆已由新车更新，按规定处置");
    return form;
  }

  Response submit(String user, List<String> plates) {
    return api.as(user)
        .post(
            "/api/applications", Map.of("processKey", "asset-transfer", "form", disposal(plates)));
  }

  Response approve(String user, String id, String taskKey, Map<String, ?> form) {
    String taskId = null;
    for (JsonNode step : api.as(user).get("/api/applications/" + id).get("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        taskId = step.path("taskId").asText();
      }
    }
    assertThat(taskId).as(id + " at " + taskKey).isNotNull();
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", "同意");
    body.put("form", form);
    Response done = api.as(user).post("/api/tasks/" + taskId + "/complete", body);
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    return done;
  }

  @Test
  void aReplacedCarIsDisposedOfThroughFinanceAndEndsDisposed() {
    String purchase = vehicleCases.start("sx-jyt-staff", VehicleCases.replacing("晋A·J0001"));
    vehicleCases.approveUpToProcurement(purchase);
    vehicleCases.procure(purchase, 15, "晋A·K9001");
    assertThat(register.byPlate("晋A·J0001").status()).isEqualTo(Vehicle.TO_DISPOSE);

    // a car in use and an unknown plate cannot be disposed of here
    Response refused = submit("sx-jyt-staff", List.of("晋A·J0005", "晋A·Z9999"));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("fields").get("vehicles").asText())
        .contains("晋A·J0005 状态为在用", "晋A·Z9999 不在公务用车登记簿中");
    // another unit's car neither
    assertThat(submit("sx-jtt-staff", List.of("晋A·J0001")).get("fields").get("vehicles").asText())
        .contains("不属于本单位");

    Response started = submit("sx-jyt-staff", List.of("晋A J0001"));
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String id = started.get("id").asText();
    assertThat(started.get("title").asText()).isEqualTo("处置：公务用车 1 辆");
    // the same car cannot be in two disposals
    Response twice = submit("sx-jyt-staff", List.of("晋A·J0001"));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.get("fields").get("vehicles").asText()).contains("已在申请 " + id + " 中处置");

    approve("sx-jyt-head", id, "Task_UnitHeadReview", Map.of());
    approve("sx-asset", id, "Task_BureauAssetReview", Map.of());
    // every disposal needs 财政部门's consent (条例 第十五条第二款)
    approve("sx-finance", id, "Task_FinanceConsent", Map.of());
    assertThat(register.byPlate("晋A·J0001").status()).isEqualTo(Vehicle.TO_DISPOSE);
    Response done = approve("sx-asset", id, "Task_Handover", Map.of("receivedBy", "省机关事务管理局车管处"));
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(register.byPlate("晋A·J0001").status()).isEqualTo(Vehicle.DISPOSED);
    assertThat(register.byPlate("晋A·K9001").status()).isEqualTo(Vehicle.ACTIVE);
  }
}
