package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.CheckOverrides;
import cn.affairs.approval.check.CheckRecorder;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 办法 第二十四条 is a list of 不得: a FAIL of a prohibition blocks approval at every step of
 * vehicle-purchase, whatever the comment (issue 15), while a figure named by no body (办法 第二十三条
 * 严格执行编制) cannot be approved over either.
 */
@AffairsTest
class VehicleProhibitionsApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired Checks checks;
  @Autowired CheckRecorder recorder;
  @Autowired CheckOverrides overrides;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(Map<String, Object> form) {
    return api.as("sx-jyt-staff")
        .post(
            "/api/applications",
            Multipart.submission(api.as("sx-jyt-staff"), "vehicle-purchase", form));
  }

  String taskId(String user, String id, String taskKey) {
    for (JsonNode step : api.as(user).get("/api/applications/" + id).body().path("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step.path("taskId").asText();
      }
    }
    throw new AssertionError(id + " is not at " + taskKey);
  }

  ApiClient.Response complete(
      String user,
      String id,
      String taskKey,
      String decision,
      String comment,
      Map<String, Object> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", form);
    return api.as(user).post("/api/tasks/" + taskId(user, id, taskKey) + "/complete", body);
  }

  static JsonNode check(JsonNode detail, String rule) {
    for (JsonNode c : detail.path("checks")) {
      if (rule.equals(c.path("rule").asText())) {
        return c;
      }
    }
    throw new AssertionError("no " + rule + " in " + detail.path("checks"));
  }

  @Test
  void everyRuleOfArticle24IsAProhibitionAndTheFiguresOfArticle23AreNot() {
    assertThat(checks.rule("vehicleLuxuryOptions").orElseThrow().kind())
        .isEqualTo(RuleKind.PROHIBITION);
    assertThat(checks.rule("vehicleSource").orElseThrow().kind()).isEqualTo(RuleKind.PROHIBITION);
    assertThat(checks.rule("vehicleQuota").orElseThrow().kind()).isEqualTo(RuleKind.FIGURE);
    assertThat(checks.rule("vehicleQuota").orElseThrow().overridableBy()).isEmpty();
  }

  @Test
  void banfa24_aLuxuryOptionFailIsRefusedAtEveryStepWhateverTheComment() {
    Map<String, Object> form = replacing("晋A·J0001");
    form.put("luxuryOptions", List.of("真皮座椅"));
    ApiClient.Response created = submit(form);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(check(created.body(), "vehicleLuxuryOptions").path("verdict").asText())
        .isEqualTo("FAIL");

    // the unit head: refused with and without a reason, the field is the decision, the article
    // named
    for (String comment : new String[] {null, "确因工作需要"}) {
      ApiClient.Response refused =
          complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", comment, null);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.get("fields").path("decision").asText())
          .isEqualTo("「高档配置和豪华内饰」（办法 第二十四条第一项）不符合禁止性规定，任何环节都不得同意；请退回申请人修改或不同意");
    }
    assertThat(api.as("sx-jyt-head").get("/api/applications/" + id).get("status").asText())
        .isEqualTo("RUNNING");

    // it can be returned; without the options the checks pass and the case moves on
    assertThat(
            complete("sx-jyt-head", id, "Task_UnitHeadReview", "RETURN", "去掉真皮座椅", null).status())
        .isEqualTo(200);
    ApiClient.Response resubmitted =
        complete(
            "sx-jyt-staff", id, "Task_ReviseApplication", "RESUBMIT", null, replacing("晋A·J0001"));
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
    assertThat(check(resubmitted.body(), "vehicleLuxuryOptions").path("verdict").asText())
        .isEqualTo("PASS");
    String applicationId = resubmitted.get("id").asText();

    // at each later step, a luxury-option FAIL found there (recorded as the check would) blocks the
    // approval of that step too: the bureau, 财政部门 and 集中采购
    StandardsRule luxury = checks.rule("vehicleLuxuryOptions").orElseThrow();
    assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null).status())
        .isEqualTo(200);
    record(applicationId, luxury, "Task_BureauVehicleReview");
    assertRefused(complete("sx-vehicle", id, "Task_BureauVehicleReview", "APPROVE", "特殊需要", null));
    clear(applicationId, luxury);
    assertThat(
            complete("sx-vehicle", id, "Task_BureauVehicleReview", "APPROVE", "符合编制和配备标准", null)
                .status())
        .isEqualTo(200);
    record(applicationId, luxury, "Task_FinanceReview");
    assertRefused(complete("sx-finance", id, "Task_FinanceReview", "APPROVE", "预算已安排", null));
    clear(applicationId, luxury);
    assertThat(complete("sx-finance", id, "Task_FinanceReview", "APPROVE", "预算已安排", null).status())
        .isEqualTo(200);
    record(applicationId, luxury, CentralProcurement.TASK);
    Map<String, Object> procurement =
        Map.of("supplier", "定点供应商", "finalPrice", 17.6, "plate", "晋A·J0007");
    assertRefused(
        complete("sx-vehicle", id, CentralProcurement.TASK, "APPROVE", "采购已完成", procurement));
    clear(applicationId, luxury);
    ApiClient.Response done =
        complete("sx-vehicle", id, CentralProcurement.TASK, "APPROVE", null, procurement);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(overrides.of(applicationId)).isEmpty();
  }

  @Test
  void banfa23_aNewCarOverTheQuotaCannotBeApprovedByTheUnitHeadForNoBodyMayExceedIt() {
    ApiClient.Response created = submit(VehicleCases.newCar());
    String id = created.get("id").asText();
    assertThat(check(created.body(), "vehicleQuota").path("verdict").asText()).isEqualTo("FAIL");
    ApiClient.Response refused =
        complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", "确需增加", null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").path("decision").asText())
        .startsWith("「公务用车编制」（办法 第二十二条、办法 第二十三条第一款）不得超出标准，条文未规定可批准超标准的机关");
  }

  void record(String applicationId, StandardsRule rule, String step) {
    recorder.record(
        applicationId, rule, CheckOutcome.fail("车辆加装真皮座椅", CheckOutcome.facts("count", 1)), step);
  }

  void clear(String applicationId, StandardsRule rule) {
    recorder.record(
        applicationId,
        rule,
        CheckOutcome.pass("未增加高档配置或豪华内饰", CheckOutcome.facts("count", 0)),
        "Task_CheckLuxuryOptions");
  }

  static void assertRefused(ApiClient.Response response) {
    assertThat(response.status()).as(response.text()).isEqualTo(400);
    assertThat(response.get("fields").path("decision").asText()).contains("不符合禁止性规定，任何环节都不得同意");
  }
}
