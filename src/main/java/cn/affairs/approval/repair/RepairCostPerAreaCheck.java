package cn.affairs.approval.repair;

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
 * Estimated cost per ㎡ of the area repaired above the cap the bureau sets (本级规定
 * localPolicy.repairCostCapPerM2, 万元/㎡): WARN, for the bureau's 造价审核 (办法 第二十条第二款). The comparison
 * is exact (cost against cap × area); the message shows the quotient.
 */
@Component("repairCostPerAreaCheck")
@StandardsRule(
    id = "repairCostPerArea",
    fields = {"affectedArea", "estimatedCost"},
    name = "维修单位面积造价",
    basis = "本级规定（可配置）：办公用房维修单位面积造价上限；《山西省机关事务管理办法》第二十条第二款（造价审核）",
    articles = {"办法 第二十条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_REVIEWER)
class RepairCostPerAreaCheck extends StandardsCheck {

  private final StandardsCatalogue catalogue;

  RepairCostPerAreaCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    BigDecimal cap = catalogue.value("localPolicy.repairCostCapPerM2");
    BigDecimal cost = form.estimatedCost();
    BigDecimal area = form.affectedArea();
    boolean over = cost.compareTo(cap.multiply(area)) > 0;
    BigDecimal perM2 = cost.divide(area, 4, RoundingMode.HALF_UP);
    if (over && perM2.compareTo(cap) <= 0) {
      perM2 = cost.divide(area, 8, RoundingMode.UP); // rounding must not hide an excess
    }
    var facts =
        facts("estimatedCost", cost, "affectedArea", area, "costPerM2", perM2, "capPerM2", cap);
    String text = "估算投资" + plain(cost) + "万元 ÷ 维修面积" + plain(area) + "㎡ = " + plain(perM2) + "万元/㎡";
    if (over) {
      return CheckOutcome.warn(text + "，超过本级规定的单位面积造价上限" + plain(cap) + "万元/㎡，造价审核须核实", facts);
    }
    return CheckOutcome.pass(text + "，未超过本级规定的单位面积造价上限" + plain(cap) + "万元/㎡", facts);
  }
}
