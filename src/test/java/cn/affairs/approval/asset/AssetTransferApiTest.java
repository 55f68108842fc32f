package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.codes;
import static cn.affairs.approval.asset.AssetForms.disposal;
import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
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
 * asset-transfer through the HTTP API as the demo users: form rules, step forms, every step to
 * APPROVED.
 */
@AffairsTest
class AssetTransferApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AssetMapper register;

  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  Response start(String user, Object form) {
    return api.as(user)
        .post("/api/applications", Map.of("processKey", "asset-transfer", "form", form));
  }

  String started(String user, Object form) {
    Response response = start(user, form);
    assertThat(response.status()).as(response.text()).isEqualTo(201);
    return response.get("id").asText();
  }

  JsonNode detail(String user, String id) {
    Response response = api.as(user).get("/api/applications/" + id);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  JsonNode step(String user, String id, String taskKey) {
    for (JsonNode step : detail(user, id).path("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step;
      }
    }
    throw new AssertionError(
        id + " is not waiting at " + taskKey + ": " + detail(user, id).path("currentSteps"));
  }

  Response complete(
      String user,
      String id,
      String taskKey,
      String decision,
      String comment,
      Map<String, ?> form) {
    String taskId = step(user, id, taskKey).path("taskId").asText();
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", form == null ? Map.of() : form);
    return api.as(user).post("/api/tasks/" + taskId + "/complete", body);
  }

  void approve(String user, String id, String taskKey, Map<String, ?> form) {
    Response response = complete(user, id, taskKey, "APPROVE", null, form);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
  }

  JsonNode check(JsonNode detail, String rule) {
    for (JsonNode c : detail.path("checks")) {
      if (rule.equals(c.path("rule").asText())) {
        return c;
      }
    }
    throw new AssertionError("no check " + rule);
  }

  // ---- the form -----------------------------------------------------------------------------

  @Test
  void theFormDescribesEveryField() {
    Response response = api.as("sx-jyt-staff").get("/api/processes/asset-transfer/form");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.get("fields").findValuesAsText("name"))
        .contains(
            "transferType",
            "assets",
            "requests",
            "category",
            "quantity",
            "damagedBeyondRepair",
            "reason");
    assertThat(response.get("fields").get(2).path("fields").get(0).path("options")).hasSize(6);
  }

  @Test
  void missingFieldsAreNamedAtOnceAndNothingStarts() {
    long before =
        api.as("sx-jyt-staff")
            .get("/api/applications?scope=mine&processKey=asset-transfer")
            .get("total")
            .asLong();
    Response response = start("sx-jyt-staff", Map.of("assets", List.of("JYT-TS17-001")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("error").asText()).isEqualTo("VALIDATION_FAILED");
    assertThat(response.get("fields").path("transferType").asText()).isEqualTo("事项类型为必填项");
    assertThat(response.get("fields").path("reason").asText()).isEqualTo("事由为必填项");
    assertThat(
            api.as("sx-jyt-staff")
                .get("/api/applications?scope=mine&processKey=asset-transfer")
                .get("total")
                .asLong())
        .isEqualTo(before);
  }

  @Test
  void handingOverOrDisposingNeedsAssetCodes() {
    Map<String, Object> form = toWarehouse(List.of());
    form.remove("assets");
    Response response = start("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").path("assets").asText()).isEqualTo("移交公物仓须列出本单位的资产编号");
    Response disposal = start("sx-jyt-staff", Map.of("transferType", "DISPOSAL", "reason", "报废"));
    assertThat(disposal.get("fields").path("assets").asText()).isEqualTo("处置须列出本单位的资产编号或待处置车辆号牌");
  }

  @Test
  void everyWrongAssetCodeIsNamed() {
    Response response =
        start("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-001", "NOPE-1", "SXGWC-TS18-001")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").path("assets").asText())
        .isEqualTo("资产登记簿中没有编号 NOPE-1；SXGWC-TS18-001 不属于本单位");
    Response otherUnit =
        start("sx-jtt-staff", disposal(List.of("JYT-TS17-001", "JYT-TS17-002"), false));
    assertThat(otherUnit.status()).isEqualTo(400);
    assertThat(otherUnit.get("fields").path("assets").asText())
        .isEqualTo("JYT-TS17-001、JYT-TS17-002 不属于本单位");
  }

  @Test
  void anAssetInAnotherPendingCaseIsRefused() {
    String first = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-030")));
    Response second =
        start("sx-jyt-staff", disposal(List.of("JYT-TS17-029", "JYT-TS17-030"), false));
    assertThat(second.status()).isEqualTo(400);
    assertThat(second.get("fields").path("assets").asText())
        .isEqualTo("JYT-TS17-030（" + first + "）已在其他申请中办理");
  }

  @Test
  void requestsAreRequiredAndEveryWrongLineIsNamed() {
    Map<String, Object> empty = fromWarehouse();
    empty.remove("requests");
    assertThat(start("sx-jyt-staff", empty).get("fields").path("requests").asText())
        .isEqualTo("调剂领用须填写领用的资产类别和数量");
    Response lines = start("sx-jyt-staff", fromWarehouse("DESKTOP", 0, "PLANE", 1, "LAPTOP", 1.5));
    assertThat(lines.status()).isEqualTo(400);
    assertThat(lines.get("fields").path("requests[0].quantity").asText()).isEqualTo("数量不能小于1台/件");
    assertThat(lines.get("fields").path("requests[1].category").asText()).startsWith("资产类别的取值无效");
    assertThat(lines.get("fields").path("requests[2].quantity").asText()).isEqualTo("数量必须是整数");
    Response twice = start("sx-jyt-staff", fromWarehouse("DESKTOP", 1, "COPIER", 1, "DESKTOP", 2));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.get("fields").path("requests[2].category").asText())
        .isEqualTo("资产类别“台式计算机”已在第 1 行填写，请合并数量");
  }

  @Test
  void fieldsOfAnotherTypeAreRefusedWithTheFieldTheyConcern() {
    Map<String, Object> form = toWarehouse(List.of("JYT-TS17-030"));
    form.put("requests", List.of(Map.of("category", "DESKTOP", "quantity", 1)));
    form.put("damagedBeyondRepair", true);
    form.put("vehicles", List.of("晋A12345"));
    Response refused = start("sx-jyt-staff", form);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").path("requests").asText())
        .isEqualTo("只有调剂领用填写领用需求；移交公物仓、处置请选择本单位的资产");
    assertThat(refused.get("fields").path("damagedBeyondRepair").asText())
        .isEqualTo("只有处置时说明资产是否已毁损无法修复");
    assertThat(refused.get("fields").path("vehicles").asText()).isEqualTo("只有处置时填写处置车辆号牌");

    Map<String, Object> take = fromWarehouse("DESKTOP", 1);
    take.put("assets", List.of("JYT-TS17-030"));
    Response takeRefused = start("sx-jyt-staff", take);
    assertThat(takeRefused.status()).isEqualTo(400);
    assertThat(takeRefused.get("fields").path("assets").asText())
        .isEqualTo("调剂领用从公物仓调配资产，不选择本单位的资产");

    String id = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-030")));
    assertThat(detail("sx-jyt-staff", id).path("title").asText()).isEqualTo("移交公物仓：台式计算机 1 台");

    Map<String, Object> dispose = disposal(List.of("JYT-TS17-001"), false);
    dispose.remove("damagedBeyondRepair");
    JsonNode disposed = detail("sx-jyt-staff", started("sx-jyt-staff", dispose)).path("form");
    assertThat(disposed.path("damagedBeyondRepair").asBoolean(true)).isFalse();
  }

  @Test
  void theSchemaStatesWhichFieldsEachTypeTakes() {
    JsonNode schema =
        api.as("sx-jyt-staff").get("/api/processes/asset-transfer/form").get("schema");
    List<String> forbidden = new java.util.ArrayList<>();
    schema
        .path("allOf")
        .forEach(
            rule -> {
              if (rule.path("then").has("not")) {
                forbidden.add(
                    rule.path("if").path("properties").path("transferType").path("enum")
                        + " "
                        + rule.path("x-rule").path("field").asText());
              }
            });
    assertThat(forbidden)
        .containsExactlyInAnyOrder(
            "[\"TO_WAREHOUSE\",\"DISPOSAL\"] requests",
            "[\"FROM_WAREHOUSE\"] assets",
            "[\"TO_WAREHOUSE\",\"FROM_WAREHOUSE\"] vehicles",
            "[\"TO_WAREHOUSE\",\"FROM_WAREHOUSE\"] damagedBeyondRepair");
  }

  // ---- walking every step -------------------------------------------------------------------

  @Test
  void fromWarehouseWalksEveryStepToApprovedAndTheUnitReceivesTheNamedItems() {
    // 经办人 applies
    Response started = start("sx-jyt-staff", fromWarehouse("DESKTOP", 2));
    assertThat(started.status()).isEqualTo(201);
    String id = started.get("id").asText();
    assertThat(id).matches("ZC-\\d{4}-\\d{4}");
    assertThat(started.get("checks").findValuesAsText("rule"))
        .containsExactly(
            "assetRegister",
            "warehouseFirst",
            "allocationStandard",
            "minimumServiceLife",
            "assetValue");
    assertThat(detail("sx-jyt-staff", id).path("title").asText()).isEqualTo("调剂领用：台式计算机 2 台");
    // 单位负责人审核
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    // 机关事务管理部门（资产）审核: wrong items are refused, every one named
    assertThat(
            step("sx-asset", id, "Task_BureauAssetReview").path("candidateGroups").get(0).asText())
        .isEqualTo("sx.BUREAU_ASSET");
    Response wrong =
        complete(
            "sx-asset",
            id,
            "Task_BureauAssetReview",
            "APPROVE",
            null,
            Map.of(
                "allocatedAssets",
                List.of(
                    "SXGWC-BJ20-001",
                    "NOPE-9",
                    "JYT-TS17-001",
                    "SXGWC-TS21-001",
                    "SXGWC-TS21-002",
                    "SXGWC-TS21-003")));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.get("fields").path("allocatedAssets").asText())
        .isEqualTo(
            "SXGWC-BJ20-001 是便携式计算机，不是申请领用的资产类别；"
                + "NOPE-9 不在资产登记簿中；JYT-TS17-001 不在本级公物仓中；台式计算机调配 3 台，超过申请的 2 台");
    approve(
        "sx-asset",
        id,
        "Task_BureauAssetReview",
        Map.of("allocatedAssets", List.of("SXGWC-TS21-001", "SXGWC-TS21-002")));
    assertThat(register.reservedBy(id))
        .extracting(Asset::code)
        .containsExactly("SXGWC-TS21-001", "SXGWC-TS21-002");
    // 交接: the applicant confirms receipt, naming who received
    JsonNode handover = step("sx-jyt-staff", id, "Task_Handover");
    assertThat(handover.path("name").asText()).isEqualTo("交接确认");
    assertThat(handover.path("assignee").asText()).isEqualTo("sx-jyt-staff");
    assertThat(
            complete("sx-asset", id, "Task_Handover", "APPROVE", null, Map.of("receivedBy", "赵资产"))
                .status())
        .isEqualTo(403);
    Response noName = complete("sx-jyt-staff", id, "Task_Handover", "APPROVE", null, Map.of());
    assertThat(noName.status()).isEqualTo(400);
    assertThat(noName.get("fields").path("receivedBy").asText()).isEqualTo("接收人为必填项");
    Response done =
        complete("sx-jyt-staff", id, "Task_Handover", "APPROVE", null, Map.of("receivedBy", "孙经办"));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    // then
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(done.get("timeline").findValuesAsText("stepKey"))
        .containsSubsequence(
            "StartEvent_Submitted",
            "Task_UnitHeadReview",
            "Task_BureauAssetReview",
            "Task_Handover");
    for (String code : List.of("SXGWC-TS21-001", "SXGWC-TS21-002")) {
      Asset asset = register.find(code);
      assertThat(asset.holderUnit()).isEqualTo("sx-jyt");
      assertThat(asset.status()).isEqualTo(Asset.IN_USE);
    }
    assertThat(register.find("SXGWC-TS18-001").status()).isEqualTo(Asset.IN_WAREHOUSE);
    assertThat(register.movements(id))
        .hasSize(2)
        .allSatisfy(
            m -> {
              assertThat(m.receivedBy()).isEqualTo("孙经办");
              assertThat(m.fromHolder()).isEqualTo("warehouse:sx");
            });
    JsonNode assets = api.as("sx-jyt-staff").get("/api/assets").body();
    assertThat(assets.path("summary").get(0).path("count").asInt()).isEqualTo(72);
  }

  @Test
  void toWarehouseAtTheConsentAmountWalksThroughFinanceToApproved() {
    List<String> fifty = AssetTransferProcessTest.FIFTY_WAN;
    String id = started("sx-jyt-staff", toWarehouse(fifty));
    assertThat(check(detail("sx-jyt-staff", id), "assetValue").path("verdict").asText())
        .isEqualTo("WARN");
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-asset", id, "Task_BureauAssetReview", null);
    approve("sx-finance", id, "Task_FinanceConsent", null);
    assertThat(step("sx-asset", id, "Task_Handover").path("candidateGroups").get(0).asText())
        .isEqualTo("sx.BUREAU_ASSET");
    approve("sx-asset", id, "Task_Handover", Map.of("receivedBy", "赵资产"));
    assertThat(detail("sx-jyt-staff", id).path("status").asText()).isEqualTo("APPROVED");
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(12);
    assertThat(register.warehouse("sx")).hasSize(20 + 88);
    assertThat(register.movements(id))
        .hasSize(88)
        .allSatisfy(m -> assertThat(m.receivedBy()).isEqualTo("赵资产"));
  }

  @Test
  void disposalOverridingAFailedServiceLifeNeedsAComment() {
    String id = started("sx-jyt-staff", disposal(List.of("JYT-TS24-001"), false));
    assertThat(check(detail("sx-jyt-staff", id), "minimumServiceLife").path("verdict").asText())
        .isEqualTo("FAIL");
    Response silent = complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    assertThat(silent.status()).isEqualTo(400);
    assertThat(silent.get("fields").has("comment")).isTrue();
    Response rejected =
        complete("sx-jyt-head", id, "Task_UnitHeadReview", "REJECT", "未到使用年限，继续使用", null);
    assertThat(rejected.status()).isEqualTo(200);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    assertThat(register.find("JYT-TS24-001").reservedBy()).isNull();
  }

  @Test
  void tiaoli15_2_aDisposalOf30WanYuanReachesFinanceForItsConsent() {
    // given six copiers of 5 万元 bought in 2016 (past their service life): 30 万元, under the 50 万元
    // from which the other types need finance's consent
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String code = "JYT-TEST-FY0" + i;
      register.insert(
          AssetForms.unitAsset(
              code, "sx-jyt", AssetCategory.COPIER, LocalDate.of(2016, 5, 1), "5", Asset.IN_USE));
      codes.add(code);
    }
    String id = started("sx-jyt-staff", disposal(codes, false));
    JsonNode value = check(detail("sx-jyt-staff", id), "assetValue");
    assertThat(value.path("verdict").asText()).isEqualTo("WARN");
    assertThat(value.path("message").asText())
        .isEqualTo("处置资产 6 件，原值合计 30 万元；涉及资产处置的，无论原值多少，均须经财政部门同意");
    assertThat(value.path("basis").asText()).isEqualTo("《山西省机关运行保障条例（草案）》第十五条第二款");
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-asset", id, "Task_BureauAssetReview", null);
    assertThat(step("sx-finance", id, "Task_FinanceConsent").path("candidateGroups").toString())
        .contains("sx.FINANCE");
    approve("sx-finance", id, "Task_FinanceConsent", null);
    approve("sx-asset", id, "Task_Handover", Map.of("receivedBy", "省机关事务管理局资产处"));
    assertThat(detail("sx-jyt-staff", id).path("status").asText()).isEqualTo("APPROVED");
    assertThat(register.find("JYT-TEST-FY01").status()).isEqualTo(Asset.DISPOSED);
  }

  @Test
  void theBureausDefaultAllocationIsShownInTheTimeline() {
    String id = started("sx-jyt-staff", fromWarehouse("LAPTOP", 2));
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-asset", id, "Task_BureauAssetReview", null);
    JsonNode timeline = detail("sx-jyt-staff", id).path("timeline");
    JsonNode bureau = timeline.get(timeline.size() - 1);
    assertThat(bureau.path("stepKey").asText()).isEqualTo("Task_BureauAssetReview");
    List<String> allocated = new ArrayList<>();
    bureau.path("form").path("allocatedAssets").forEach(c -> allocated.add(c.asText()));
    assertThat(allocated).containsExactly("SXGWC-BJ20-001", "SXGWC-BJ20-002");
    assertThat(register.reservedBy(id))
        .extracting(Asset::code)
        .containsExactlyElementsOf(allocated);
  }

  @Test
  void anAllocatedItemOfHighValueIsCheckedAgainAndGoesToFinance() {
    // given a copier worth 50 万元, newer than the demo copiers, so the forecast does not pick it
    register.insert(
        AssetForms.warehouseAsset(
            "TEST-FY-EXP", "sx", AssetCategory.COPIER, LocalDate.of(2025, 1, 1), "50"));
    String id = started("sx-jyt-staff", fromWarehouse("COPIER", 1));
    JsonNode forecast = check(detail("sx-jyt-staff", id), "assetValue");
    assertThat(forecast.path("verdict").asText()).isEqualTo("PASS");
    assertThat(forecast.path("message").asText()).contains("原值合计 3.2 万元");
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    // when the bureau names it
    approve(
        "sx-asset",
        id,
        "Task_BureauAssetReview",
        Map.of("allocatedAssets", List.of("TEST-FY-EXP")));
    // then
    JsonNode after = detail("sx-jyt-staff", id);
    JsonNode value = check(after, "assetValue");
    assertThat(value.path("verdict").asText()).isEqualTo("WARN");
    assertThat(value.path("step").asText()).isEqualTo("Task_CheckAllocatedValue");
    assertThat(value.path("message").asText()).isEqualTo("调剂领用资产 1 件，原值合计 50 万元，达到 50 万元，须经财政部门同意");
    assertThat(
            step("sx-finance", id, "Task_FinanceConsent").path("candidateGroups").get(0).asText())
        .isEqualTo("sx.FINANCE");
  }

  @Test
  void theBureauCannotApproveWhenTheWarehouseHasNothingToGive() {
    String id = started("xl-jyj-staff", fromWarehouse("DESKTOP", 1));
    approve("xl-jyj-head", id, "Task_UnitHeadReview", null);
    Response response = complete("xl-asset", id, "Task_BureauAssetReview", "APPROVE", null, null);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").path("allocatedAssets").asText())
        .isEqualTo("公物仓中没有所申请类别的可调剂资产，不能同意调剂；请选择不同意或退回");
    Response rejected =
        complete("xl-asset", id, "Task_BureauAssetReview", "REJECT", "公物仓暂无该类资产", null);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
  }

  @Test
  void onlyARequestFromTheWarehouseTakesAllocatedItems() {
    String id = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-030")));
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    Response response =
        complete(
            "sx-asset",
            id,
            "Task_BureauAssetReview",
            "APPROVE",
            null,
            Map.of("allocatedAssets", List.of("SXGWC-TS18-001")));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").path("allocatedAssets").asText())
        .isEqualTo("只有调剂领用需要调配公物仓资产，移交公物仓不填写此项");
  }

  @Test
  void handoverIsRefusedWhenTheAssetsAreNoLongerTheCases() {
    String id = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-030")));
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-asset", id, "Task_BureauAssetReview", null);
    register.release(id);
    Response response =
        complete("sx-asset", id, "Task_Handover", "APPROVE", null, Map.of("receivedBy", "赵资产"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").path("assets").asText())
        .isEqualTo("不能交接：JYT-TS17-030 未登记为本申请占用，请退回后重新提交");
    assertThat(register.find("JYT-TS17-030").status()).isEqualTo(Asset.IDLE);
  }

  @Test
  void aReturnedCaseResubmittedWithOtherAssetsMovesItsReservation() {
    String id = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-029", "JYT-TS17-030")));
    Response returned = complete("sx-jyt-head", id, "Task_UnitHeadReview", "RETURN", "只移交一台", null);
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    // still reserved while the applicant revises: the applicant's own new case may list the asset
    // (the form cannot tell it from a resubmission), but the register check fails it
    String meanwhile = started("sx-jyt-staff", disposal(List.of("JYT-TS17-029"), false));
    JsonNode conflict = check(detail("sx-jyt-staff", meanwhile), "assetRegister");
    assertThat(conflict.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(conflict.path("message").asText()).contains("JYT-TS17-029 已在申请 " + id + " 中办理");
    assertThat(register.find("JYT-TS17-029").reservedBy()).isEqualTo(id);
    Response bad =
        complete(
            "sx-jyt-staff",
            id,
            "Task_ReviseApplication",
            "RESUBMIT",
            null,
            toWarehouse(List.of("SXGWC-TS18-001")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.get("fields").path("assets").asText()).isEqualTo("SXGWC-TS18-001 不属于本单位");
    Response resubmitted =
        complete(
            "sx-jyt-staff",
            id,
            "Task_ReviseApplication",
            "RESUBMIT",
            null,
            toWarehouse(List.of("JYT-TS17-030")));
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RUNNING");
    assertThat(register.reservedBy(id)).extracting(Asset::code).containsExactly("JYT-TS17-030");
    assertThat(register.find("JYT-TS17-029").reservedBy()).isNull();
  }

  @Test
  void withdrawnBeforeAnyDecisionFreesTheAssets() {
    String id = started("sx-jyt-staff", toWarehouse(List.of("JYT-TS17-030")));
    assertThat(api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw").status())
        .isEqualTo(200);
    assertThat(started("sx-jyt-staff", disposal(List.of("JYT-TS17-030"), false))).isNotEqualTo(id);
  }

  // ---- the register views -------------------------------------------------------------------

  @Test
  void aUnitSeesItsOwnAssets() {
    Response response = api.as("sx-jyt-staff").get("/api/assets");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.get("unit").path("code").asText()).isEqualTo("sx-jyt");
    assertThat(response.get("items")).hasSize(100);
    assertThat(response.get("summary").toString())
        .contains("\"category\":\"DESKTOP\",\"label\":\"台式计算机\",\"count\":70")
        .contains("\"category\":\"LAPTOP\",\"label\":\"便携式计算机\",\"count\":30");
    assertThat(api.as("sx-jyt-staff").get("/api/assets?unit=sx-jtt").status()).isEqualTo(403);
    assertThat(api.as("sx-asset").get("/api/assets?unit=sx-jyt").get("items")).hasSize(100);
    assertThat(api.as("sl-asset").get("/api/assets?unit=sx-jyt").status()).isEqualTo(403);
    assertThat(api.as("sx-asset").get("/api/assets?unit=nope").status()).isEqualTo(404);
  }

  @Test
  void everyoneSeesTheWarehouseOfTheirGovernment() {
    String id = started("sx-jyt-staff", fromWarehouse("COPIER", 1));
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-asset", id, "Task_BureauAssetReview", null);
    Response response = api.as("sx-jyt-staff").get("/api/assets/warehouse");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.get("government").path("code").asText()).isEqualTo("sx");
    assertThat(response.get("items")).hasSize(20);
    assertThat(response.get("summary").toString())
        .contains("\"category\":\"DESKTOP\",\"label\":\"台式计算机\",\"count\":12,\"available\":12")
        .contains("\"category\":\"LAPTOP\",\"label\":\"便携式计算机\",\"count\":5,\"available\":5")
        .contains("\"category\":\"COPIER\",\"label\":\"复印机\",\"count\":3,\"available\":2");
    assertThat(response.get("items").toString()).contains("\"pendingCase\":\"" + id + "\"");
    assertThat(api.as("xl-jyj-staff").get("/api/assets/warehouse").get("items")).isEmpty();
    assertThat(api.as("xl-jyj-staff").get("/api/assets/warehouse?gov=sx").status()).isEqualTo(403);
    assertThat(api.as("admin").get("/api/assets/warehouse?gov=sx").get("items")).hasSize(20);
  }
}
