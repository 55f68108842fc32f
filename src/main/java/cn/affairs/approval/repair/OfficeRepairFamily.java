package cn.affairs.approval.repair;

import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.choices;
import static cn.affairs.approval.application.FormField.date;
import static cn.affairs.approval.application.FormField.positive;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textarea;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.FieldType;
import cn.affairs.approval.application.FormField;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 办公用房维修改造 (办法 第二十条): routine upkeep is approved by the unit head and recorded; a major repair is
 * assessed and its cost reviewed by the bureau, entered in the annual repair plan, approved by 本级政府
 * from a configured amount, carried out by the unit and accepted by the bureau.
 */
@Component
class OfficeRepairFamily implements ProcessFamily {

  static final String KEY = "office-repair";
  static final String IMPLEMENTATION_TASK = RepairCompletionRecord.IMPLEMENTATION_TASK;

  /**
   * Office buildings of the three levels are not older than this; a smaller year is a typing error.
   */
  static final int EARLIEST_YEAR = 1900;

  private static final FormSpec FORM =
      FormSpec.of(
          text("building", "维修楼宇", 128).withHelp("与办公用房台账中的楼宇名称一致，如：省教育厅办公楼"),
          choice("repairType", "维修类别", "ROUTINE", "日常维修", "MAJOR", "维修改造")
              .withHelp("日常维修由本单位负责（办法第二十条第一款）；维修改造须报机关事务管理部门评估论证、造价审核（第二款）"),
          choices(
                  "reasons",
                  "维修原因",
                  "WEAR",
                  "日常损耗",
                  "AGING",
                  "设施设备老化",
                  "FUNCTION",
                  "功能不全",
                  "SAFETY",
                  "安全隐患",
                  "ENERGY",
                  "节能改造")
              .withHelp("设施设备老化、功能不全、安全隐患的，无论申报类别，均由机关事务管理部门评估论证（办法第二十条第二款）"),
          textarea("items", "维修项目及内容", 2000),
          positive("affectedArea", "维修面积", "㎡"),
          positive("estimatedCost", "估算投资", "万元"),
          year("buildingCompletedYear", "建成年份"),
          year("lastMajorRepairYear", "上次维修改造年份").optional().withHelp("未进行过维修改造的不填"));

  private static final FormSpec IMPLEMENTATION =
      FormSpec.of(date("completedOn", "竣工日期"), positive("actualCost", "实际费用", "万元"));

  private final Clock clock;
  private final RepairCompletionRecord completion;

  OfficeRepairFamily(Clock clock, RepairCompletionRecord completion) {
    this.clock = clock;
    this.completion = completion;
  }

  @Override
  public void recordStep(String taskDefinitionKey, ObjectNode stepForm, Application application) {
    if (IMPLEMENTATION_TASK.equals(taskDefinitionKey)) {
      completion.report(application.id(), stepForm);
    }
  }

  private static FormField year(String name, String label) {
    return new FormField(
        name,
        label,
        FieldType.INTEGER,
        true,
        "年",
        null,
        BigDecimal.valueOf(EARLIEST_YEAR),
        false,
        null,
        null,
        null,
        null);
  }

  /** 实施 and 验收 record what happened to the works rather than deciding on the application. */
  @Override
  public String decisionLabel(String taskDefinitionKey, Decision decision) {
    if ("Task_Implementation".equals(taskDefinitionKey)) {
      return switch (decision) {
        case APPROVE -> "报告竣工";
        case REJECT -> "放弃实施";
        case RETURN -> "退回修改申请";
        default -> decision.label();
      };
    }
    if ("Task_Acceptance".equals(taskDefinitionKey)) {
      return switch (decision) {
        case APPROVE -> "验收合格";
        case REJECT -> "验收不合格";
        case RETURN -> "整改后重新验收";
        default -> decision.label();
      };
    }
    return decision.label();
  }

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "办公用房维修改造";
  }

  @Override
  public String description() {
    return "办公用房因设施设备老化、功能不全等需要维修改造的，向机关事务管理部门申请评估论证、造价审核并纳入年度维修计划后组织实施；"
        + "日常维修由本单位负责人审核后记录（办法第二十条）";
  }

  @Override
  public String keyPrefix() {
    return "WX";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    int thisYear = LocalDate.now(clock).getYear();
    int completed = form.get("buildingCompletedYear").intValue();
    if (completed > thisYear) {
      errors.put("buildingCompletedYear", "建成年份不能晚于今年（" + thisYear + "年）");
    }
    if (form.hasNonNull("lastMajorRepairYear")) {
      int last = form.get("lastMajorRepairYear").intValue();
      if (last > thisYear) {
        errors.put("lastMajorRepairYear", "上次维修改造年份不能晚于今年（" + thisYear + "年）");
      } else if (last < completed) {
        errors.put("lastMajorRepairYear", "上次维修改造年份不能早于建成年份（" + completed + "年）");
      }
    }
    return errors;
  }

  @Override
  public String title(JsonNode form) {
    String type = FORM.field("repairType").optionLabel(form.get("repairType").asText());
    return form.get("building").asText() + type;
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    return Map.of(
        "Task_UnitHeadReview", List.of("办法 第二十条第二款"),
        "Task_RecordRoutineRepair", List.of("办法 第二十条第一款"),
        "Task_BureauAssessment", List.of("办法 第二十条第二款", "条例 第二十一条第一款"),
        "Task_CostReview", List.of("办法 第二十条第二款"),
        "Task_EnterRepairPlan", List.of("办法 第二十条第二款", "办法 第十二条", "条例 第三十三条", "条例 第三十四条第二款"),
        "Task_GovernmentApproval", List.of("办法 第十二条", "办法 第二十条第二款"),
        "Task_Implementation", List.of("办法 第二十条第二款", "条例 第三十七条"),
        "Task_Acceptance", List.of("办法 第二十条第二款", "条例 第二十一条第一款"));
  }

  @Override
  public FormSpec stepForm(String taskDefinitionKey) {
    return IMPLEMENTATION_TASK.equals(taskDefinitionKey) ? IMPLEMENTATION : FormSpec.EMPTY;
  }

  /** The completion date lies between the day the application was made and today. */
  @Override
  public Map<String, String> validateStep(
      String taskDefinitionKey, ObjectNode stepForm, Application application) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!IMPLEMENTATION_TASK.equals(taskDefinitionKey)) {
      return errors;
    }
    LocalDate completedOn = LocalDate.parse(stepForm.get("completedOn").asText());
    LocalDate today = LocalDate.now(clock);
    LocalDate applied = application.createdAt().toLocalDate();
    if (completedOn.isAfter(today)) {
      errors.put("completedOn", "竣工日期不能晚于今天（" + today + "）");
    } else if (completedOn.isBefore(applied)) {
      errors.put("completedOn", "竣工日期不能早于提出申请的日期（" + applied + "）");
    }
    return errors;
  }
}
