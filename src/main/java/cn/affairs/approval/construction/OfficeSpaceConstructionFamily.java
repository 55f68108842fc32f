package cn.affairs.approval.construction;

import static cn.affairs.approval.application.FormField.bool;
import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textarea;

import cn.affairs.approval.application.FormField;
import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.officespace.ApprovedOfficeSpace;
import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 办公用房新建、扩建、改建、购置 (办法 第十八条; 条例 第二十一、二十三条). */
@Component
class OfficeSpaceConstructionFamily implements ProcessFamily, ApprovedOfficeSpace {

  static final String KEY = "office-space-construction";

  private static final FormSpec FORM =
      FormSpec.of(
              choice(
                  "projectType",
                  "项目类型",
                  "NEW_BUILD",
                  "新建",
                  "EXPANSION",
                  "扩建",
                  "RENOVATION",
                  "改建",
                  "PURCHASE",
                  "购置"),
              text("projectName", "项目名称", 100),
              text("location", "建设地点", 200),
              FormField.nonNegative("addedOfficeRoomArea", "新增办公室用房使用面积", "㎡")
                  .withHelp("项目建成后本单位增加的办公室用房使用面积；改建不增加面积时填 0"),
              FormField.nonNegative("addedBasicOfficeArea", "新增基本办公用房使用面积", "㎡")
                  .withHelp("办公室用房、服务用房和设备用房使用面积合计（含上栏办公室用房），用于核算使用面积系数；不增加面积时填 0"),
              FormField.nonNegative("addedBuildingArea", "新增建筑面积", "㎡")
                  .withHelp("购置或改建不增加建筑面积时填 0"),
              FormField.positive("estimatedCost", "估算投资", "万元"),
              choice("fundingSource", "资金来源", "FISCAL", "财政预算", "SELF", "自有资金", "OTHER", "其他"),
              textarea("necessity", "必要性说明", 2000),
              bool("usesAgencyLand", "是否使用机关用地"),
              bool("highRise", "是否高层建筑").optional().withHelp("高层建筑和多层建筑的使用面积系数标准不同，见标准目录"))
          .withContext("unit-office-space");

  private static final FormSpec BUREAU_REVIEW =
      FormSpec.of(
          textarea("opinionNecessity", "建设必要性意见", 1000),
          textarea("opinionStandard", "建设标准意见", 1000),
          textarea("opinionLocation", "建设地点意见", 1000),
          textarea("opinionFunding", "资金来源意见", 1000));

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "办公用房新建、扩建、改建、购置";
  }

  @Override
  public String description() {
    return "向机关事务管理部门申请办公用房建设项目，审核必要性、建设标准、建设地点和资金来源后报本级政府批准（办法第十八条）";
  }

  @Override
  public String keyPrefix() {
    return "BG";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  @Override
  public Map<String, String> crossValidate(ObjectNode form, CurrentUser applicant) {
    Map<String, String> errors = new LinkedHashMap<>();
    BigDecimal office = form.get("addedOfficeRoomArea").decimalValue();
    BigDecimal basic = form.get("addedBasicOfficeArea").decimalValue();
    BigDecimal building = form.get("addedBuildingArea").decimalValue();
    if (basic.compareTo(office) < 0) {
      errors.put("addedBasicOfficeArea", "基本办公用房使用面积包含办公室用房，不能小于新增办公室用房使用面积");
    } else if (basic.compareTo(building) > 0
        && !"PURCHASE".equals(form.get("projectType").asText())
        && building.signum() > 0) {
      errors.put("addedBasicOfficeArea", "新增基本办公用房使用面积不能大于新增建筑面积");
    }
    if (office.compareTo(building) > 0
        && !"PURCHASE".equals(form.get("projectType").asText())
        && building.signum() > 0) {
      errors.put("addedOfficeRoomArea", "新增办公室用房使用面积不能大于新增建筑面积");
    }
    String type = form.get("projectType").asText();
    if (("NEW_BUILD".equals(type) || "EXPANSION".equals(type)) && building.signum() == 0) {
      errors.put("addedBuildingArea", "新建、扩建项目须填写新增建筑面积");
    }
    if (!form.has("highRise")) {
      form.put("highRise", false);
    }
    return errors;
  }

  /** An approved project brings its added office-room area for good (owned space). */
  @Override
  public BigDecimal areaHeld(JsonNode form, LocalDate approvedOn, LocalDate day) {
    return form.path("addedOfficeRoomArea").decimalValue();
  }

  @Override
  public String processKey() {
    return KEY;
  }

  @Override
  public String title(JsonNode form) {
    return form.get("projectName").asText();
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    return Map.of(
        "Task_BureauReview", List.of("办法 第十八条第二款", "条例 第二十一条第一款", "条例 第二十三条第一款"),
        "SubProcess_Opinions", List.of("办法 第七条第二款"),
        "Task_GovernmentApproval", List.of("办法 第十八条第二款"),
        "Task_EnterAnnualPlan", List.of("办法 第十二条", "办法 第十八条第一款", "条例 第三十三条"),
        "Task_RegisterOfficeSpace", List.of("办法 第十七条第一款", "办法 第十八条第二款", "办法 第十九条第一款"));
  }

  @Override
  public FormSpec stepForm(String taskDefinitionKey) {
    return "Task_BureauReview".equals(taskDefinitionKey) ? BUREAU_REVIEW : FormSpec.EMPTY;
  }
}
