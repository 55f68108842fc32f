package cn.affairs.approval.officespace;

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
import org.springframework.stereotype.Component;

/**
 * Works whose estimated cost reaches the works-tendering threshold must be publicly tendered
 * (国家发展改革委令第16号, 400 万元). Reads {@code estimatedCost} (万元) of construction and repair forms.
 */
@Component("tenderingThresholdCheck")
@StandardsRule(
    id = "tenderingThreshold",
    fields = {"estimatedCost"},
    name = "工程招标限额",
    basis = "《必须招标的工程项目规定》(国家发展改革委令第16号) 施工单项合同估算价400万元",
    articles = {"办法 第十八条", "办法 第二十条"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class TenderingThresholdCheck extends StandardsCheck {

  private final StandardsCatalogue catalogue;

  TenderingThresholdCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    BigDecimal cost = file.form().get("estimatedCost").decimalValue();
    BigDecimal threshold = catalogue.value("procurement.publicTenderWorks");
    var facts = facts("estimatedCost", cost, "threshold", threshold);
    if (cost.compareTo(threshold) >= 0) {
      return CheckOutcome.warn(
          "估算投资" + plain(cost) + "万元，达到工程招标限额" + plain(threshold) + "万元，须依法公开招标", facts);
    }
    return CheckOutcome.pass("估算投资" + plain(cost) + "万元，低于工程招标限额" + plain(threshold) + "万元", facts);
  }
}
