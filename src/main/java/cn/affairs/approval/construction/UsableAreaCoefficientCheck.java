package cn.affairs.approval.construction;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;

/**
 * 《党政机关办公用房建设标准》 defines the usable-area coefficient on 基本办公用房 (办公室用房, 服务用房 and 设备用房), not on the
 * office rooms alone: the added basic office space's usable area ÷ the added building area should
 * reach the coefficient of the building's kind (multi-storey or high-rise, figures in standards.yml
 * usableAreaCoefficient); below it the design wastes building area: WARN.
 */
@Component("usableAreaCoefficientCheck")
@StandardsRule(
    id = "usableAreaCoefficient",
    fields = {"addedBasicOfficeArea", "addedBuildingArea", "highRise"},
    name = "使用面积系数",
    basis = "《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 基本办公用房使用面积系数",
    articles = {"办法 第十八条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class UsableAreaCoefficientCheck extends StandardsCheck {

  private final StandardsCatalogue catalogue;

  UsableAreaCoefficientCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    ConstructionForm form = file.form(ConstructionForm.class);
    if (form.addedBuildingArea().signum() == 0) {
      return CheckOutcome.notApplicable("项目不新增建筑面积，不涉及使用面积系数", facts("addedBuildingArea", 0));
    }
    BigDecimal coefficient =
        catalogue.value(
            form.isHighRise()
                ? "usableAreaCoefficient.highRise"
                : "usableAreaCoefficient.multiStorey");
    BigDecimal ratio =
        form.addedBasicOfficeArea().divide(form.addedBuildingArea(), 4, RoundingMode.HALF_UP);
    String kind = form.isHighRise() ? "高层" : "多层";
    var facts =
        facts(
            "basicOfficeUsableArea",
            form.addedBasicOfficeArea(),
            "buildingArea",
            form.addedBuildingArea(),
            "ratio",
            ratio,
            "coefficient",
            coefficient,
            "highRise",
            form.isHighRise());
    String shown = ratio.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    if (ratio.compareTo(coefficient) < 0) {
      return CheckOutcome.warn(
          "基本办公用房使用面积 "
              + plain(form.addedBasicOfficeArea())
              + "㎡ ÷ 建筑面积 "
              + plain(form.addedBuildingArea())
              + "㎡ = "
              + shown
              + "，低于"
              + kind
              + "建筑使用面积系数标准 "
              + plain(coefficient),
          facts);
    }
    return CheckOutcome.pass(
        "基本办公用房使用面积系数 " + shown + "，达到" + kind + "建筑标准 " + plain(coefficient), facts);
  }
}
