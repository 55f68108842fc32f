package cn.affairs.approval.asset;

import static cn.affairs.approval.application.FormField.bool;
import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.integer;
import static cn.affairs.approval.application.FormField.list;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textList;
import static cn.affairs.approval.application.FormField.textarea;
import static cn.affairs.approval.application.FormRule.when;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.vehicle.VehicleDisposals;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** 闲置资产调剂与公物仓 (办法 第十四、十五条; 条例 第十五、二十二、二十六条). */
@Component
class AssetTransferFamily implements ProcessFamily {

  static final String KEY = "asset-transfer";
  static final String BUREAU_REVIEW = "Task_BureauAssetReview";
  static final String HANDOVER = "Task_Handover";

  private static final FormSpec FORM =
      FormSpec.of(
              choice(
                  "transferType",
                  "事项类型",
                  "TO_WAREHOUSE",
                  TransferType.TO_WAREHOUSE.label(),
                  "FROM_WAREHOUSE",
                  TransferType.FROM_WAREHOUSE.label(),
                  "DISPOSAL",
                  TransferType.DISPOSAL.label()),
              textList("assets", "资产")
                  .optional()
                  .withOptionsFrom("unit-assets")
                  .withHelp("移交公物仓、处置时选择本单位的资产（资产卡片编号，不区分大小写）"),
              list(
                      "requests",
                      "领用需求",
                      choice("category", "资产类别", AssetCategory.choiceOptions())
                          .withOptionsFrom("warehouse-stock"),
                      integer("quantity", "数量", "台/件", 1, 999))
                  .optional()
                  .withHelp("调剂领用时填写所需资产的类别和数量，公物仓按购置日期由早到晚调配"),
              textList("vehicles", "处置车辆号牌").optional().withHelp("处置时可填写本单位已更新、标记为待处置的公务用车号牌，每项一个"),
              bool("damagedBeyondRepair", "是否已毁损无法修复").optional().withHelp("处置未达最低使用年限的资产时须说明"),
              textarea("reason", "事由", 1000))
          // each type shows and takes only its own fields: the portal hides the others, the server
          // refuses them (as the lease and vehicle forms do)
          .withRules(
              when("transferType", "FROM_WAREHOUSE").requires("requests", "调剂领用须填写领用的资产类别和数量"),
              when("transferType", "TO_WAREHOUSE", "DISPOSAL")
                  .forbids("requests", "只有调剂领用填写领用需求；移交公物仓、处置请选择本单位的资产"),
              when("transferType", "FROM_WAREHOUSE").forbids("assets", "调剂领用从公物仓调配资产，不选择本单位的资产"),
              when("transferType", "TO_WAREHOUSE", "FROM_WAREHOUSE")
                  .forbids("vehicles", "只有处置时填写处置车辆号牌"),
              when("transferType", "TO_WAREHOUSE", "FROM_WAREHOUSE")
                  .forbids("damagedBeyondRepair", "只有处置时说明资产是否已毁损无法修复"))
          .withContext("unit-asset-holdings");

  private static final FormSpec BUREAU_REVIEW_FORM =
      FormSpec.of(
          textList("allocatedAssets", "调配的公物仓资产")
              .optional()
              .withHelp("调剂领用时填写调配的公物仓资产编号；不填则按购置日期由早到晚自动调配"));

  private static final FormSpec HANDOVER_FORM = FormSpec.of(text("receivedBy", "接收人", 64));

  private final AssetMapper register;
  private final Warehouse warehouse;
  private final ObjectMapper json;
  private final WarehouseAllocation allocation;
  private final AssetRegisterTransfer transfer;
  private final VehicleDisposals vehicles;

  AssetTransferFamily(
      AssetMapper register,
      Warehouse warehouse,
      ObjectMapper json,
      WarehouseAllocation allocation,
      AssetRegisterTransfer transfer,
      VehicleDisposals vehicles) {
    this.vehicles = vehicles;
    this.register = register;
    this.warehouse = warehouse;
    this.json = json;
    this.allocation = allocation;
    this.transfer = transfer;
  }

  @Override
  public void recordStep(String taskDefinitionKey, ObjectNode stepForm, Application application) {
    switch (taskDefinitionKey) {
      case BUREAU_REVIEW -> allocation.allocated(application.id(), stepForm);
      case HANDOVER -> transfer.handedOver(application.id(), stepForm);
      default -> {
        // no other step records anything later steps need
      }
    }
  }

  /** 交接确认 records the handover: the receiver confirms or refuses it. */
  @Override
  public String decisionLabel(String taskDefinitionKey, Decision decision) {
    if (!HANDOVER.equals(taskDefinitionKey)) {
      return decision.label();
    }
    return switch (decision) {
      case APPROVE -> "确认接收";
      case REJECT -> "拒收";
      case RETURN -> "退回修改申请";
      default -> decision.label();
    };
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "闲置资产调剂与公物仓";
  }

  @Override
  public String description() {
    return "将闲置资产移交公物仓、从公物仓调剂领用资产或处置资产，经机关事务管理部门审核、交接后变更资产账卡（办法第十四、十五条；条例第十五、二十六条）";
  }

  @Override
  public String keyPrefix() {
    return "ZC";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  /**
   * TO_WAREHOUSE and DISPOSAL list the unit's own assets (every wrong code named), none of them
   * moving in another pending case; FROM_WAREHOUSE lists requests, one line per category. Fields of
   * another type are refused by the form's rules before this runs.
   */
  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    TransferType type = TransferType.valueOf(form.get("transferType").asText());
    if (type == TransferType.FROM_WAREHOUSE) {
      if (!form.has("requests")) {
        errors.put("requests", "调剂领用须填写领用的资产类别和数量");
      } else {
        Map<String, Integer> seen = new HashMap<>();
        JsonNode requests = form.get("requests");
        for (int i = 0; i < requests.size(); i++) {
          String category = requests.get(i).path("category").asText();
          if (seen.putIfAbsent(category, i) != null) {
            errors.put(
                "requests[" + i + "].category",
                "资产类别“"
                    + AssetCategory.valueOf(category).label()
                    + "”已在第 "
                    + (seen.get(category) + 1)
                    + " 行填写，请合并数量");
          }
        }
      }
      return errors;
    }
    if (type == TransferType.DISPOSAL && !form.has("damagedBeyondRepair")) {
      form.put("damagedBeyondRepair", false);
    }
    if (type == TransferType.DISPOSAL && form.has("vehicles")) {
      validateVehicles(form, applicant, errors);
      if (!form.has("assets")) {
        return errors;
      }
    }
    if (!form.has("assets")) {
      errors.put(
          "assets",
          type.label() + (type == TransferType.DISPOSAL ? "须列出本单位的资产编号或待处置车辆号牌" : "须列出本单位的资产编号"));
      return errors;
    }
    upperCaseCodes(form, "assets");
    List<String> unknown = new ArrayList<>();
    List<String> notOurs = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    for (JsonNode item : form.get("assets")) {
      String code = item.asText();
      Asset asset = register.find(code);
      if (asset == null) {
        unknown.add(code);
      } else if (!applicant.unitCode().equals(asset.holderUnit())) {
        notOurs.add(code);
      } else {
        String other = register.blockingCase(code, applicant.id());
        if (other != null) {
          pending.add(code + "（" + other + "）");
        }
      }
    }
    List<String> parts = new ArrayList<>();
    if (!unknown.isEmpty()) {
      parts.add("资产登记簿中没有编号 " + String.join("、", unknown));
    }
    if (!notOurs.isEmpty()) {
      parts.add(String.join("、", notOurs) + " 不属于本单位");
    }
    if (!pending.isEmpty()) {
      parts.add(String.join("、", pending) + "已在其他申请中办理");
    }
    if (!parts.isEmpty()) {
      errors.put("assets", String.join("；", parts));
    }
    return errors;
  }

  /**
   * Asset codes are upper case on the cards (JYT-TS17-001); what a user types is read case-blind,
   * and the same code typed twice counts once.
   */
  static void upperCaseCodes(ObjectNode form, String field) {
    JsonNode codes = form.get(field);
    if (codes == null || !codes.isArray()) {
      return;
    }
    Set<String> upper = new LinkedHashSet<>();
    codes.forEach(c -> upper.add(c.asText().trim().toUpperCase(Locale.ROOT)));
    ArrayNode normalised = form.putArray(field);
    upper.forEach(normalised::add);
  }

  /**
   * The vehicles of a DISPOSAL: each a car of the applicant's unit marked TO_DISPOSE (replaced by a
   * new one), not being disposed of in another pending case; plates are stored canonical.
   */
  private void validateVehicles(
      ObjectNode form, CurrentUser applicant, Map<String, String> errors) {
    List<String> problems = new ArrayList<>();
    var plates = json.createArrayNode();
    for (JsonNode item : form.get("vehicles")) {
      String plate = vehicles.canonical(item.asText());
      VehicleDisposals.Disposable vehicle = plate == null ? null : vehicles.find(plate);
      if (vehicle == null) {
        problems.add(item.asText() + " 不在公务用车登记簿中");
        continue;
      }
      plates.add(vehicle.plate());
      if (!applicant.unitCode().equals(vehicle.unitCode())) {
        problems.add(vehicle.plate() + " 不属于本单位");
      } else if (!vehicle.toDispose()) {
        problems.add(vehicle.plate() + " 状态为" + vehicle.statusLabel() + "，只有待处置（已更新）的车辆可以处置");
      } else {
        String other = vehicles.pendingDisposal(vehicle.plate(), "");
        if (other != null) {
          problems.add(vehicle.plate() + " 已在申请 " + other + " 中处置");
        }
      }
    }
    form.set("vehicles", plates);
    if (!problems.isEmpty()) {
      errors.put("vehicles", String.join("；", problems));
    }
  }

  /** e.g. 移交公物仓：台式计算机 5 台、便携式计算机 2 台. */
  @Override
  public String title(JsonNode form) {
    TransferType type = TransferType.valueOf(form.get("transferType").asText());
    Map<AssetCategory, Integer> counts = new EnumMap<>(AssetCategory.class);
    if (type == TransferType.FROM_WAREHOUSE) {
      form.path("requests")
          .forEach(
              r ->
                  counts.merge(
                      AssetCategory.valueOf(r.get("category").asText()),
                      r.get("quantity").asInt(),
                      Integer::sum));
    } else {
      form.path("assets")
          .forEach(
              c -> {
                Asset asset = register.find(c.asText());
                if (asset != null) {
                  counts.merge(asset.categoryEnum(), 1, Integer::sum);
                }
              });
    }
    List<String> parts =
        new ArrayList<>(
            counts.entrySet().stream().map(e -> e.getKey().count(e.getValue())).toList());
    if (form.path("vehicles").size() > 0) {
      parts.add("公务用车 " + form.path("vehicles").size() + " 辆");
    }
    return type.label() + "：" + String.join("、", parts);
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    return Map.of(
        "Task_UnitHeadReview",
        List.of("办法 第十四条"),
        BUREAU_REVIEW,
        List.of("办法 第十五条第一款", "条例 第二十六条第一款"),
        "Task_AllocateWarehouseAssets",
        List.of("办法 第十五条第一款", "条例 第二十六条第一款", "条例 第十五条第四款"),
        "Task_FinanceConsent",
        List.of("条例 第十五条第二款"),
        HANDOVER,
        List.of("办法 第十四条"),
        "Task_MoveAssets",
        List.of("办法 第十四条", "条例 第二十六条第一款"));
  }

  @Override
  public FormSpec stepForm(String taskDefinitionKey) {
    return switch (taskDefinitionKey) {
      case BUREAU_REVIEW -> BUREAU_REVIEW_FORM;
      case HANDOVER -> HANDOVER_FORM;
      default -> FormSpec.EMPTY;
    };
  }

  /**
   * 资产审核: for FROM_WAREHOUSE the named items must be available in this government's warehouse and
   * match the requests; when none are named the oldest available items are written into the step
   * form, so the timeline shows what was allocated. 交接: the assets must still be movable.
   */
  @Override
  public Map<String, String> validateStep(
      String taskDefinitionKey, ObjectNode stepForm, Application application) {
    AssetTransferForm form = form(application);
    if (BUREAU_REVIEW.equals(taskDefinitionKey)) {
      return validateAllocation(stepForm, application, form);
    }
    if (HANDOVER.equals(taskDefinitionKey)) {
      return validateHandover(application, form);
    }
    return Map.of();
  }

  private Map<String, String> validateAllocation(
      ObjectNode stepForm, Application application, AssetTransferForm form) {
    if (form.type() != TransferType.FROM_WAREHOUSE) {
      if (stepForm.has("allocatedAssets")) {
        return Map.of("allocatedAssets", "只有调剂领用需要调配公物仓资产，" + form.type().label() + "不填写此项");
      }
      return Map.of();
    }
    String gov = application.govCode();
    if (stepForm.has("allocatedAssets")) {
      upperCaseCodes(stepForm, "allocatedAssets");
      List<String> codes = new ArrayList<>();
      stepForm.get("allocatedAssets").forEach(c -> codes.add(c.asText()));
      List<String> problems = warehouse.problems(gov, form.requestLines(), codes, application.id());
      return problems.isEmpty() ? Map.of() : Map.of("allocatedAssets", String.join("；", problems));
    }
    List<Asset> allocation =
        warehouse.defaultAllocation(gov, form.requestLines(), application.id());
    if (allocation.isEmpty()) {
      return Map.of("allocatedAssets", "公物仓中没有所申请类别的可调剂资产，不能同意调剂；请选择不同意或退回");
    }
    ArrayNode codes = stepForm.putArray("allocatedAssets");
    allocation.forEach(a -> codes.add(a.code()));
    return Map.of();
  }

  private Map<String, String> validateHandover(Application application, AssetTransferForm form) {
    List<String> problems = new ArrayList<>();
    if (form.type() == TransferType.FROM_WAREHOUSE) {
      if (register.reservedBy(application.id()).isEmpty()) {
        problems.add("没有为本申请调配的公物仓资产");
      }
    } else {
      for (String code : form.assetCodes()) {
        Asset asset = register.find(code);
        if (asset == null
            || !application.unitCode().equals(asset.holderUnit())
            || !asset.heldByUnit()) {
          problems.add(code + " 已不在本单位账上或不是在用、闲置状态");
        } else if (!application.id().equals(asset.reservedBy())) {
          String other = register.pendingCase(code);
          problems.add(code + (other != null ? " 已在申请 " + other + " 中办理" : " 未登记为本申请占用，请退回后重新提交"));
        }
      }
    }
    return problems.isEmpty() ? Map.of() : Map.of("assets", "不能交接：" + String.join("；", problems));
  }

  private AssetTransferForm form(Application application) {
    try {
      return json.readValue(application.formJson(), AssetTransferForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form of " + application.id() + " is not JSON", e);
    }
  }
}
