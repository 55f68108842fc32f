package cn.affairs.approval.annualplan;

import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.integer;
import static cn.affairs.approval.application.FormField.list;
import static cn.affairs.approval.application.FormField.positive;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textarea;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.FormField;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.asset.AssetCategory;
import cn.affairs.approval.check.Numbers;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.plan.AnnualPlans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 机关运行保障年度计划编制 (条例 第三十三至三十六条, 办法 第十二条): a unit files its needs for a plan year (需求提报), the unit
 * head approves, the bureau reviews and consolidates them against the standards, 财政部门 sets the
 * budget ceiling, 本级人民政府 approves, and the needs become the unit's annual plan of that year. A unit
 * files for the current or the next year, and only for a year it has no plan of yet: an existing
 * plan changes through {@code plan-change} (第三十八条).
 */
@Component
class AnnualPlanFamily implements ProcessFamily {

  static final String KEY = "annual-plan";
  static final String FINANCE_TASK = "Task_FinanceReview";

  /** The kinds of need a plan covers (条例 第三十四条第二款); the same codes as plan-change's new items. */
  static final String[] CATEGORIES = {
    "OPERATIONS", "机关运行经费",
    "LAND", "机关用地规划利用",
    "OFFICE_SPACE", "办公用房配置维修",
    "HOUSING", "周转住房建设维修",
    "VEHICLES", "公务用车配备更新",
    "RECEPTION", "公务接待",
    "ENERGY", "节能改造",
    "SERVICES", "后勤服务购买",
    "ASSETS", "通用资产配置"
  };

  private static final FormSpec FORM =
      FormSpec.of(
          integer("year", "计划年度", "年", 2000, 2100).withHelp("本年度或下一年度；本单位尚无该年度保障计划"),
          list(
              "needs",
              "保障需求",
              choice("category", "需求类别", CATEGORIES),
              text("description", "具体项目", 200),
              positive("amount", "经费", "万元").withHelp("最多保留两位小数"),
              text("basis", "依据的实物定额或服务标准", 200)
                  .withHelp("条例第三十六条：依据实物定额、服务标准审核需求，如《党政机关办公用房建设标准》"),
              integer("quantity", "数量", null, 0, 100000)
                  .optional()
                  .withHelp("公务用车：新增车辆数（更新车辆填 0）；通用资产：配置件数"),
              FormField.nonNegative("area", "新增办公室用房面积", "㎡")
                  .optional()
                  .withHelp("办公用房需求增加本单位办公室用房使用面积时填写"),
              choice("equipment", "资产品目", equipmentOptions())
                  .optional()
                  .withHelp("通用资产配置须选择办公设备家具品目")),
          textarea("situation", "保障资源配置现状与需求说明", 2000).withHelp("条例第三十四条：资源配置现状、需求内容、配备使用、处置利用等"));

  private static final FormSpec FINANCE_REVIEW =
      FormSpec.of(
          positive("ceiling", "预算控制数", "万元").withHelp("财政部门核定的本单位该年度机关运行保障预算上限（条例第三十六条第二款、第三十七条）"));

  private final AnnualPlans plans;
  private final CeilingMapper ceilings;
  private final ObjectMapper json;
  private final Clock clock;

  AnnualPlanFamily(AnnualPlans plans, CeilingMapper ceilings, ObjectMapper json, Clock clock) {
    this.plans = plans;
    this.ceilings = ceilings;
    this.json = json;
    this.clock = clock;
  }

  private static String[] equipmentOptions() {
    List<String> options = new ArrayList<>();
    for (AssetCategory category : AssetCategory.values()) {
      options.add(category.name());
      options.add(category.label());
    }
    return options.toArray(String[]::new);
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "机关运行保障年度计划编制";
  }

  @Override
  public String description() {
    return "按类别提报下一年度机关运行保障需求（列明项目、数量、经费及依据的实物定额和服务标准），"
        + "经单位负责人审核、机关事务管理部门汇总审核、财政部门核定预算控制数、本级政府批准后形成本单位保障年度计划（条例第三十三至三十六条，办法第十二条）";
  }

  @Override
  public String keyPrefix() {
    return "ND";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    int year = form.get("year").asInt();
    int now = LocalDate.now(clock).getYear();
    if (year != now && year != now + 1) {
      errors.put("year", "只能提报本年度（" + now + "）或下一年度（" + (now + 1) + "）的保障需求");
    } else if (plans.find(applicant.unitCode(), year) != null) {
      errors.put("year", applicant.unit().name() + "已有 " + year + " 年度保障计划，如需变更请提交保障年度计划调整申请");
    }
    JsonNode needs = form.get("needs");
    for (int i = 0; i < needs.size(); i++) {
      JsonNode need = needs.get(i);
      String at = "needs[" + i + "].";
      String category = need.get("category").asText();
      if (need.get("amount").decimalValue().stripTrailingZeros().scale() > 2) {
        errors.put(at + "amount", "经费最多保留两位小数（万元）");
      }
      if (("VEHICLES".equals(category) || "ASSETS".equals(category)) && !need.has("quantity")) {
        errors.put(
            at + "quantity",
            "VEHICLES".equals(category) ? "公务用车需求须填写新增车辆数（更新车辆填 0）" : "通用资产需求须填写配置件数");
      }
      if ("ASSETS".equals(category) && !need.has("equipment")) {
        errors.put(at + "equipment", "通用资产需求须选择资产品目");
      }
      if (!"ASSETS".equals(category) && need.has("equipment")) {
        errors.put(at + "equipment", "只有通用资产需求选择资产品目");
      }
      if (!"OFFICE_SPACE".equals(category) && need.has("area")) {
        errors.put(at + "area", "只有办公用房需求填写新增办公室用房面积");
      }
    }
    return errors;
  }

  @Override
  public String title(JsonNode form) {
    return form.get("year").asInt() + " 年度机关运行保障计划（" + form.get("needs").size() + " 项需求）";
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    Map<String, List<String>> articles = new LinkedHashMap<>();
    articles.put("StartEvent_Submitted", List.of("条例 第三十五条", "条例 第三十四条第一款", "条例 第三十四条第二款"));
    articles.put("Task_UnitHeadReview", List.of("条例 第三十五条"));
    articles.put("Task_BureauReview", List.of("条例 第三十六条第一款", "条例 第三十三条", "办法 第十二条"));
    articles.put(FINANCE_TASK, List.of("条例 第三十六条第二款", "办法 第十一条"));
    articles.put("Task_GovernmentApproval", List.of("办法 第十二条"));
    articles.put("Task_IssuePlan", List.of("条例 第三十三条", "条例 第三十六条第一款"));
    return articles;
  }

  @Override
  public FormSpec stepForm(String taskDefinitionKey) {
    return FINANCE_TASK.equals(taskDefinitionKey) ? FINANCE_REVIEW : FormSpec.EMPTY;
  }

  /**
   * The ceiling may not be below the needs the plan will hold: a plan over its ceiling from the
   * first day could not be carried out (第三十七条); finance returns the needs to be cut instead.
   */
  @Override
  public Map<String, String> validateStep(
      String taskDefinitionKey, ObjectNode stepForm, Application application) {
    if (!FINANCE_TASK.equals(taskDefinitionKey)) {
      return Map.of();
    }
    BigDecimal ceiling = stepForm.get("ceiling").decimalValue();
    BigDecimal total = form(application).total();
    if (ceiling.stripTrailingZeros().scale() > 2) {
      return Map.of("ceiling", "预算控制数最多保留两位小数（万元）");
    }
    if (ceiling.compareTo(total) < 0) {
      return Map.of(
          "ceiling",
          "预算控制数 "
              + Numbers.plain(ceiling)
              + " 万元低于需求合计 "
              + Numbers.plain(total)
              + " 万元；请退回单位调减需求，或核定不低于需求合计的控制数");
    }
    return Map.of();
  }

  @Override
  public void recordStep(String taskDefinitionKey, ObjectNode stepForm, Application application) {
    if (FINANCE_TASK.equals(taskDefinitionKey)) {
      ceilings.delete(application.id());
      ceilings.insert(
          application.id(),
          stepForm.get("ceiling").decimalValue(),
          java.time.LocalDateTime.now(clock));
    }
  }

  private AnnualPlanForm form(Application application) {
    try {
      return json.readValue(application.formJson(), AnnualPlanForm.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("form of " + application.id() + " cannot be read", e);
    }
  }
}
