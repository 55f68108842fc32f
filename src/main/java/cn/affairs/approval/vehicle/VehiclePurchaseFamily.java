package cn.affairs.approval.vehicle;

import static cn.affairs.approval.application.FormField.bool;
import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.positive;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textList;
import static cn.affairs.approval.application.FormField.textarea;
import static cn.affairs.approval.application.FormRule.when;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 公务用车配备更新 (办法 第二十二至二十五条; 条例 第二十四条). */
@Component
class VehiclePurchaseFamily implements ProcessFamily {

  static final String KEY = "vehicle-purchase";

  /**
   * The largest price the forms take, 万元: far above any cap of the standards, and what the
   * register's {@code vehicle.price DECIMAL(10,2)} holds (V2__vehicles.sql).
   */
  static final BigDecimal MAX_PRICE = new BigDecimal("1000");

  /**
   * The largest displacement, litres: above any passenger car, within {@code vehicle.displacement
   * DECIMAL(4,2)}.
   */
  static final BigDecimal MAX_DISPLACEMENT = new BigDecimal("10");

  static final FormSpec FORM =
      FormSpec.of(
              choice("acquisitionType", "配备方式", "NEW", "新增配备", "REPLACEMENT", "更新"),
              choice(
                  "category",
                  "车辆类别",
                  "CONFIDENTIAL",
                  "机要通信用车",
                  "EMERGENCY",
                  "应急保障用车",
                  "LAW_ENFORCEMENT",
                  "执法执勤用车",
                  "SPECIAL",
                  "特种专业技术用车",
                  "SPECIAL_CASE",
                  "确因工作需要的小型、中型客车",
                  "LARGE_BUS",
                  "大中型客车",
                  "OTHER",
                  "其他公务用车"),
              text("brand", "品牌", 64),
              text("model", "车型", 64),
              bool("madeInChina", "是否国产（境内生产）"),
              bool("domesticBrand", "是否国产自主品牌"),
              choice(
                  "energyType",
                  "能源类型",
                  "BEV",
                  "纯电动",
                  "PHEV",
                  "插电式混合动力",
                  "FCEV",
                  "燃料电池",
                  "ICE",
                  "燃油"),
              positive("displacement", "排气量", "L")
                  .withMax(MAX_DISPLACEMENT)
                  .optional()
                  .withHelp("燃油车和插电式混合动力车必填；纯电动、燃料电池汽车没有排气量，不填"),
              positive("price", "价格", "万元").withMax(MAX_PRICE).withHelp("含税车价，不含车辆购置税"),
              textList("luxuryOptions", "高档配置或豪华内饰").optional().withHelp("如真皮座椅、全景天窗、按摩座椅；没有则不填"),
              choice(
                  "source",
                  "车辆来源",
                  "PURCHASE",
                  "购置",
                  "DONATION",
                  "接受捐赠",
                  "BORROW",
                  "借用",
                  "TRANSFER",
                  "调剂划转"),
              text("replacedPlate", "被更新车辆号牌", 16)
                  .optional()
                  .withOptionsFrom("unit-vehicles")
                  .withHelp("仅更新时选择，须为本单位登记在用的公务用车"),
              textarea("justification", "配备理由", 2000)
                  .withHelp(
                      "执法执勤用车超过一般标准（价格和排气量上限见标准目录）的，须说明特殊地理环境等确需提高标准的理由；确因工作需要配备小型、中型客车的，须说明工作需要"))
          .withRules(
              when("energyType", "BEV").forbids("displacement", "纯电动汽车没有排气量，请不要填写"),
              when("energyType", "FCEV").forbids("displacement", "燃料电池汽车没有排气量，请不要填写"),
              when("energyType", "ICE").requires("displacement", "燃油车须填写排气量"),
              when("energyType", "PHEV").requires("displacement", "插电式混合动力车须填写排气量"),
              when("acquisitionType", "NEW").forbids("replacedPlate", "新增配备不涉及被更新车辆，请不要填写被更新车辆号牌"),
              when("acquisitionType", "REPLACEMENT").requires("replacedPlate", "更新车辆须填写被更新车辆号牌"));

  static final FormSpec PROCUREMENT =
      FormSpec.of(
          text("supplier", "供应商", 100),
          positive("finalPrice", "成交价格", "万元").withMax(MAX_PRICE),
          text("plate", "新车号牌", 16).withHelp("新车上牌号码，如 晋A·J0007；不能与登记簿中已有号牌重复"));

  private final VehicleMapper register;
  private final CentralProcurement procurement;

  VehiclePurchaseFamily(VehicleMapper register, CentralProcurement procurement) {
    this.register = register;
    this.procurement = procurement;
  }

  /** The label of a code of one of the form's choice fields, e.g. category OTHER → 其他公务用车. */
  static String label(String field, String code) {
    return FORM.field(field).optionLabel(code);
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "公务用车配备更新";
  }

  @Override
  public String description() {
    return "在编制和配备标准内新增或更新公务用车，经机关事务管理部门和财政部门审核后集中采购，登记入公务用车登记簿" + "（办法第二十二至二十五条）";
  }

  @Override
  public String keyPrefix() {
    return "CL";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    boolean replacement = "REPLACEMENT".equals(form.path("acquisitionType").asText());
    if (replacement && form.hasNonNull("replacedPlate")) {
      String plate = LicencePlate.canonical(form.get("replacedPlate").asText());
      Vehicle vehicle = plate == null ? null : register.byPlate(plate);
      if (plate == null) {
        errors.put("replacedPlate", "号牌格式不正确（如 晋A·J0001）");
      } else if (vehicle == null || !vehicle.unitCode().equals(applicant.unitCode())) {
        errors.put("replacedPlate", "号牌 " + plate + " 不是本单位登记的公务用车");
      } else {
        form.put("replacedPlate", plate);
      }
    }
    if (!form.has("luxuryOptions")) {
      form.putArray("luxuryOptions");
    }
    return errors;
  }

  @Override
  public String title(JsonNode form) {
    String car = form.get("brand").asText() + " " + form.get("model").asText();
    return "REPLACEMENT".equals(form.get("acquisitionType").asText())
        ? "更新公务用车：" + car + "（替换 " + form.get("replacedPlate").asText() + "）"
        : "新增公务用车：" + car;
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    return Map.of(
        "Task_BureauVehicleReview",
        List.of("办法 第二十二条", "办法 第二十三条第一款", "办法 第二十三条第二款", "条例 第二十四条"),
        "Task_FinanceReview",
        List.of("办法 第七条第二款", "办法 第十一条"),
        CentralProcurement.TASK,
        List.of("条例 第十四条第二款", "条例 第二十四条"),
        "Task_CheckFinalPrice",
        List.of("办法 第二十三条第一款"),
        "Task_RegisterVehicle",
        List.of("办法 第二十二条", "办法 第二十五条", "条例 第二十四条"));
  }

  /** 集中采购 records the purchase rather than deciding on the application. */
  @Override
  public String decisionLabel(String taskDefinitionKey, Decision decision) {
    if (!CentralProcurement.TASK.equals(taskDefinitionKey)) {
      return decision.label();
    }
    return switch (decision) {
      case APPROVE -> "采购完成";
      case REJECT -> "终止采购";
      case RETURN -> "退回修改申请";
      default -> decision.label();
    };
  }

  @Override
  public FormSpec stepForm(String taskDefinitionKey) {
    return CentralProcurement.TASK.equals(taskDefinitionKey) ? PROCUREMENT : FormSpec.EMPTY;
  }

  @Override
  public void recordStep(String taskDefinitionKey, ObjectNode stepForm, Application application) {
    if (CentralProcurement.TASK.equals(taskDefinitionKey)) {
      procurement.record(application.id(), stepForm);
    }
  }

  /** The new car's plate must be a plate, and new to the register (it is unique there). */
  @Override
  public Map<String, String> validateStep(
      String taskDefinitionKey, ObjectNode stepForm, Application application) {
    if (!CentralProcurement.TASK.equals(taskDefinitionKey)) {
      return Map.of();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String plate = LicencePlate.canonical(stepForm.get("plate").asText());
    if (plate == null) {
      errors.put("plate", "号牌格式不正确（如 晋A·J0007）");
    } else {
      Vehicle existing = register.byPlate(plate);
      if (existing != null) {
        errors.put(
            "plate",
            "号牌 "
                + plate
                + " 已在公务用车登记簿中（"
                + existing.brand()
                + " "
                + existing.model()
                + "，"
                + Vehicle.statusLabel(existing.status())
                + "）");
      } else {
        stepForm.put("plate", plate);
      }
    }
    return errors;
  }
}
