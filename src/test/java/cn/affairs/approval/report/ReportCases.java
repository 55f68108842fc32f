package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ConstructionForms;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Cases the report tests walk through the HTTP API as the demo users, step by step. */
final class ReportCases {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final ApiClient api;

  ReportCases(ApiClient api) {
    this.api = api;
  }

  static int thisYear() {
    return LocalDate.now(ZONE).getYear();
  }

  /** Submits the form with the documents its family requires at submission. */
  String submit(String user, String processKey, Map<String, Object> form) {
    ApiClient.Response created =
        api.as(user)
            .post("/api/applications", Multipart.submission(api.as(user), processKey, form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  JsonNode decide(
      String user,
      String id,
      String taskKey,
      String decision,
      String comment,
      Map<String, Object> form) {
    ApiClient.Response detail = api.as(user).get("/api/applications/" + id);
    assertThat(detail.status()).as(detail.text()).isEqualTo(200);
    String taskId = null;
    for (JsonNode step : detail.get("currentSteps")) {
      if (taskKey.equals(step.get("taskKey").asText())) {
        taskId = step.get("taskId").asText();
      }
    }
    assertThat(taskId)
        .as("case " + id + " is at " + taskKey + ": " + detail.get("currentSteps"))
        .isNotNull();
    if ("APPROVE".equals(decision)) {
      uploadRequiredAt(user, id, detail.get("processKey").asText(), taskKey, detail.get("form"));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", form);
    ApiClient.Response done = api.as(user).post("/api/tasks/" + taskId + "/complete", body);
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    return done.body();
  }

  /**
   * Uploads, as the deciding user, a PDF for each document the family requires at this step of this
   * case.
   */
  private void uploadRequiredAt(
      String user, String id, String processKey, String taskKey, JsonNode form) {
    for (JsonNode document :
        api.as(user).get("/api/processes/" + processKey + "/documents").body()) {
      if (!taskKey.equals(document.path("step").asText(null))
          || !applies(document.path("when"), form)) {
        continue;
      }
      ApiClient.Response uploaded =
          Multipart.upload(
              api.as(user),
              "/api/applications/" + id + "/attachments",
              document.get("name").asText() + ".pdf",
              Multipart.pdf(document.get("type").asText()),
              Map.of("documentType", document.get("type").asText()));
      assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    }
  }

  private static boolean applies(JsonNode when, JsonNode form) {
    for (var condition : when.properties()) {
      String value = form.path(condition.getKey()).asText(null);
      boolean listed = false;
      for (JsonNode allowed : condition.getValue()) {
        listed |= value != null && allowed.asText().equals(value);
      }
      if (!listed) {
        return false;
      }
    }
    return true;
  }

  /**
   * A major repair of 省教育厅 (0.006 万元/㎡, under every threshold) up to 实施, entered in this year's
   * plan.
   */
  String majorRepairUpToImplementation(Object estimatedCost) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "省教育厅办公楼");
    form.put("repairType", "MAJOR");
    form.put("reasons", List.of("AGING"));
    form.put("items", "屋面防水、外墙保温");
    form.put("affectedArea", 10000);
    form.put("estimatedCost", estimatedCost);
    form.put("buildingCompletedYear", thisYear() - 30);
    String id = submit("sx-jyt-staff", "office-repair", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide("sx-reviewer", id, "Task_BureauAssessment", "APPROVE", "设施老化，确需维修", null);
    decide("sx-reviewer", id, "Task_CostReview", "APPROVE", "造价合理", null);
    return id;
  }

  void reportCompletion(String id, Object actualCost) {
    decide(
        "sx-jyt-staff",
        id,
        "Task_Implementation",
        "APPROVE",
        null,
        Map.of("completedOn", LocalDate.now(ZONE).toString(), "actualCost", actualCost));
  }

  void accept(String id) {
    JsonNode done = decide("sx-reviewer", id, "Task_Acceptance", "APPROVE", "验收合格", null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
  }

  /**
   * 省教育厅 replaces 晋A·J0001 (due for renewal) by a battery-electric car applied for at {@code
   * price}.
   */
  String vehicleReplacementUpToProcurement(Object price) {
    Map<String, Object> form = new HashMap<>();
    form.put("acquisitionType", "REPLACEMENT");
    form.put("replacedPlate", "晋A·J0001");
    form.put("category", "OTHER");
    form.put("brand", "比亚迪");
    form.put("model", "秦PLUS EV");
    form.put("madeInChina", true);
    form.put("domesticBrand", true);
    form.put("energyType", "BEV");
    form.put("price", price);
    form.put("luxuryOptions", List.of());
    form.put("source", "PURCHASE");
    form.put("justification", "原车使用年限和里程已达到更新标准");
    String id = submit("sx-jyt-staff", "vehicle-purchase", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide("sx-vehicle", id, "Task_BureauVehicleReview", "APPROVE", "符合更新条件", null);
    decide("sx-finance", id, "Task_FinanceReview", "APPROVE", "预算已安排", null);
    return id;
  }

  void procure(String id, Object finalPrice, String plate) {
    JsonNode done =
        decide(
            "sx-vehicle",
            id,
            "Task_CentralProcurement",
            "APPROVE",
            null,
            Map.of("supplier", "山西省政府采购中心定点供应商", "finalPrice", finalPrice, "plate", plate));
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
  }

  /**
   * A normal plan change of 省教育厅's plan of {@code year}, approved at every step (finance when the
   * total rises).
   */
  String approvedPlanChange(int year, List<Map<String, Object>> changes, boolean totalRises) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("changes", changes);
    form.put("reason", "新学期实验设备需求增加");
    form.put("emergency", false);
    String id = submit("sx-jyt-staff", "plan-change", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    JsonNode last = decide("sx-reviewer", id, "Task_BureauReview", "APPROVE", null, null);
    if (totalRises) {
      last = decide("sx-finance", id, "Task_FinanceReview", "APPROVE", "同意追加", null);
    }
    assertThat(last.get("status").asText()).isEqualTo("APPROVED");
    return id;
  }

  static Map<String, Object> existing(long itemId, String newAmount) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("itemId", itemId);
    change.put("newAmount", new BigDecimal(newAmount));
    return change;
  }

  static Map<String, Object> added(String category, String description, String amount) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("category", category);
    change.put("description", description);
    change.put("newAmount", new BigDecimal(amount));
    return change;
  }

  /**
   * An office-space construction case of 省教育厅 up to 本级政府审批: an expansion ({@code projectType}
   * EXPANSION) adding {@code area} ㎡ of office rooms at 300 万元 (no DRC or finance opinion).
   */
  String constructionUpToGovernment(String projectType, int area) {
    Map<String, Object> form = new HashMap<>(ConstructionForms.expansion(area));
    form.put("projectType", projectType);
    form.put("projectName", "省教育厅办公楼" + projectType + "工程");
    String id = submit("sx-jyt-staff", "office-space-construction", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide(
        "sx-reviewer",
        id,
        "Task_BureauReview",
        "APPROVE",
        "同意",
        Map.of(
            "opinionNecessity", "确有必要",
            "opinionStandard", "符合标准",
            "opinionLocation", "选址合理",
            "opinionFunding", "资金已落实"));
    return id;
  }

  /** 本级政府 approves: the project enters the plan and its office rooms the register. */
  void approveConstruction(String id) {
    JsonNode done = decide("sx-gov", id, "Task_GovernmentApproval", "APPROVE", "同意", null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
  }

  /** 省教育厅 borrows {@code area} ㎡ (no rent: no finance step), approved by 本级政府. */
  String approvedBorrow(Object area) {
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "BORROW");
    form.put("area", area);
    form.put("location", "太原市小店区长治路 8 号 3 层");
    form.put("counterparty", "山西省教育考试院");
    form.put("use", "OFFICE");
    form.put("termMonths", 12);
    form.put("reason", "临时工作专班用房");
    String id = submit("sx-jyt-staff", "office-space-lease", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide("sx-reviewer", id, "Task_BureauOpinion", "APPROVE", "同意，期满退还", null);
    JsonNode done = decide("sx-gov", id, "Task_GovernmentApproval", "APPROVE", "同意", null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    return id;
  }

  /**
   * A lease (租用, with rent, so 财政部门 gives its opinion) of {@code area} ㎡ for 12 months at {@code
   * annualRent} 万元 a year by 省教育厅, approved today.
   */
  String approvedLease(Object area, Object annualRent) {
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "LEASE");
    form.put("area", area);
    form.put("location", "太原市迎泽区新建南路 12 号 5 层");
    form.put("counterparty", "山西某置业有限公司");
    form.put("use", "OFFICE");
    form.put("termMonths", 12);
    form.put("annualRent", annualRent);
    form.put("reason", "机构改革后新增处室办公用房不足，本级无闲置用房可调剂");
    String id = submit("sx-jyt-staff", "office-space-lease", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide("sx-reviewer", id, "Task_BureauOpinion", "APPROVE", "同意租用", null);
    decide("sx-finance", id, "Task_FinanceOpinion", "APPROVE", "租金纳入年度预算", null);
    JsonNode done = decide("sx-gov", id, "Task_GovernmentApproval", "APPROVE", "同意", null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    return id;
  }

  /**
   * 省教育厅 receives {@code count} desktop computers from the 省 warehouse (the oldest are allocated).
   */
  String approvedDesktopsFromWarehouse(int count) {
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "FROM_WAREHOUSE");
    form.put("requests", List.of(Map.of("category", "DESKTOP", "quantity", count)));
    form.put("reason", "新增编制人员办公需要");
    String id = submit("sx-jyt-staff", "asset-transfer", form);
    decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    decide(
        "sx-asset",
        id,
        "Task_BureauAssetReview",
        "APPROVE",
        null,
        Map.of("allocatedAssets", List.of()));
    JsonNode done =
        decide("sx-jyt-staff", id, "Task_Handover", "APPROVE", null, Map.of("receivedBy", "孙经办"));
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    return id;
  }

  /** A routine repair (日常损耗, 办法 第二十条第一款) of 省教育厅 at {@code cost}, approved by the unit head. */
  String approvedRoutineRepair(Object cost) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "省教育厅办公楼");
    form.put("repairType", "ROUTINE");
    form.put("reasons", List.of("WEAR"));
    form.put("items", "更换走廊灯具");
    form.put("affectedArea", 800);
    form.put("estimatedCost", cost);
    form.put("buildingCompletedYear", thisYear() - 30);
    String id = submit("sx-jyt-staff", "office-repair", form);
    JsonNode done = decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null);
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    return id;
  }
}
