package cn.affairs.approval.planchange;

import static cn.affairs.approval.application.FormField.bool;
import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.date;
import static cn.affairs.approval.application.FormField.integer;
import static cn.affairs.approval.application.FormField.list;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textarea;
import static cn.affairs.approval.application.FormRule.when;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Comparison;
import cn.affairs.approval.application.FormField;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 保障年度计划调整 (条例 第三十三至三十九条, 第四十六条): a unit changes item amounts of its annual guarantee plan or adds
 * items; normally approved before the plan changes, or, to meet an emergency, changed at once and
 * filed with the bureau within fifteen working days (第三十八条).
 */
@Component
class PlanChangeFamily implements ProcessFamily {

  static final String KEY = "plan-change";

  /** The kinds of need a plan covers (条例 第三十四条), for new items. */
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

  /** The label of a category code, e.g. OPERATIONS → 机关运行经费. */
  static String categoryLabel(String code) {
    for (int i = 0; i + 1 < CATEGORIES.length; i += 2) {
      if (CATEGORIES[i].equals(code)) {
        return CATEGORIES[i + 1];
      }
    }
    return code;
  }

  private static final FormSpec FORM =
      FormSpec.of(
              integer("year", "计划年度", "年", 2000, 2100).withHelp("须为本单位已有保障年度计划的年度"),
              list(
                  "changes",
                  "调整事项",
                  integer("itemId", "计划项目", null, 1, Integer.MAX_VALUE)
                      .optional()
                      .withOptionsFrom("plan-items", "year")
                      .comparedWith("newAmount")
                      .withHelp("调整现有项目时选择；新增项目不选"),
                  choice("category", "项目类别", CATEGORIES).optional().withHelp("新增项目时选择"),
                  text("description", "项目说明", 200).optional().withHelp("新增项目时填写"),
                  FormField.nonNegative("newAmount", "调整后金额", "万元")
                      .withHelp("现有项目填写调整后的金额（调减至 0 即取消该项目）；新增项目填写计划金额")),
              textarea("reason", "调整理由", 2000),
              bool("emergency", "为应对突发事件先行调整")
                  .withHelp("条例第三十八条：确需调整的，可以先行调整，并在调整后规定的工作日内向机关事务管理部门备案（期限见标准目录）"),
              date("adjustedOn", "先行调整日期").optional().withHelp("仅先行调整时填写，不能晚于今天"))
          .withRules(
              when("emergency", true).requires("adjustedOn", "先行调整须填写先行调整日期"),
              when("emergency", false).forbids("adjustedOn", "非先行调整不填写先行调整日期；按程序审批后计划才调整"));

  private final AnnualPlans plans;
  private final PlanAdjustmentMapper adjustments;
  private final Clock clock;
  private final PlanChangeComparison comparison;

  PlanChangeFamily(
      AnnualPlans plans,
      PlanAdjustmentMapper adjustments,
      Clock clock,
      PlanChangeComparison comparison) {
    this.plans = plans;
    this.adjustments = adjustments;
    this.clock = clock;
    this.comparison = comparison;
  }

  @Override
  public Comparison comparison(Application application) {
    return comparison.of(application);
  }

  @Override
  public Map<String, Map<String, String>> valueLabels(Application application) {
    return comparison.itemNames(application);
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "保障年度计划调整";
  }

  @Override
  public String description() {
    return "调整本单位机关运行保障年度计划的项目金额或新增项目，经审核后形成新的计划版本；" + "为应对突发事件可先行调整，并在规定期限内报机关事务管理部门备案（条例第三十八条）";
  }

  @Override
  public String keyPrefix() {
    return "JH";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    int year = form.get("year").asInt();
    AnnualPlan plan = plans.find(applicant.unitCode(), year);
    if (plan == null) {
      errors.put("year", applicant.unit().name() + "没有 " + year + " 年度保障计划，不能调整");
    }
    Set<Long> planItems =
        plan == null
            ? Set.of()
            : plans.items(plan).stream().map(PlanItem::id).collect(Collectors.toSet());
    Map<Long, Integer> firstChangeOfItem = new HashMap<>();
    JsonNode changes = form.get("changes");
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      String at = "changes[" + i + "].";
      if (change.has("itemId")) {
        long itemId = change.get("itemId").asLong();
        if (change.has("category")) {
          errors.put(at + "category", "调整现有项目时不填写类别，类别沿用原项目");
        }
        if (change.has("description")) {
          errors.put(at + "description", "调整现有项目时不填写项目说明，说明沿用原项目");
        }
        Integer first = firstChangeOfItem.putIfAbsent(itemId, i);
        if (plan != null && !planItems.contains(itemId)) {
          errors.put(at + "itemId", "计划项目 " + itemId + " 不是本单位 " + year + " 年度保障计划的项目");
        } else if (first != null) {
          errors.put(at + "itemId", "与第 " + (first + 1) + " 项调整的是同一计划项目 " + itemId);
        }
      } else {
        if (!change.has("category")) {
          errors.put(at + "category", "新增项目须选择项目类别");
        }
        if (!change.has("description")) {
          errors.put(at + "description", "新增项目须填写项目说明");
        }
      }
      BigDecimal amount = change.get("newAmount").decimalValue();
      if (amount.stripTrailingZeros().scale() > 2) {
        errors.put(at + "newAmount", "调整后金额最多保留两位小数（万元）");
      } else if (!change.has("itemId") && amount.signum() == 0) {
        errors.put(at + "newAmount", "新增项目的计划金额须大于 0");
      }
    }
    boolean emergency = form.path("emergency").asBoolean();
    if (emergency
        && form.has("adjustedOn")
        && LocalDate.parse(form.get("adjustedOn").asText()).isAfter(LocalDate.now(clock))) {
      errors.put("adjustedOn", "先行调整日期不能晚于今天（" + LocalDate.now(clock) + "）");
    }
    return errors;
  }

  @Override
  public String title(JsonNode form) {
    return form.get("year").asInt()
        + " 年度保障计划调整（"
        + form.get("changes").size()
        + " 项"
        + (form.path("emergency").asBoolean() ? "，先行调整" : "")
        + "）";
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    Map<String, List<String>> articles = new LinkedHashMap<>();
    articles.put("Task_UnitHeadReview", List.of("条例 第三十五条"));
    articles.put("Task_BureauReview", List.of("条例 第三十六条第一款"));
    articles.put("Task_FinanceReview", List.of("条例 第三十六条第二款"));
    articles.put("Task_ApplyPlanChange", List.of("条例 第三十三条"));
    articles.put("Task_ApplyEmergencyChange", List.of("条例 第三十八条", "条例 第三十三条"));
    articles.put("Task_FilingReview", List.of("条例 第三十八条"));
    articles.put("Gateway_FiledInTime", List.of("条例 第三十八条"));
    articles.put("Task_MarkFilingOverdue", List.of("条例 第三十八条", "条例 第四十六条第四项"));
    articles.put("Task_SuperviseFiling", List.of("条例 第四十二条", "条例 第四十六条第四项"));
    articles.put("Task_RevertRejectedChange", List.of("条例 第四十六条第三项"));
    articles.put("Task_RevertReturnedChange", List.of("条例 第四十六条第三项"));
    return articles;
  }

  /**
   * An emergency change is in the plan from the moment it is submitted, and the filing of 第三十八条 is
   * owed: the applicant cannot take it back alone. The bureau returns it (责令改正) or refuses it.
   */
  @Override
  public String withdrawRefusal(Application application) {
    return adjustments.inForce(application.id()).isEmpty()
        ? null
        : "先行调整已计入保障年度计划，须向机关事务管理部门备案，不能自行撤回；如需更正，请联系机关事务管理部门退回修改";
  }
}
