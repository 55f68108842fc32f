package cn.affairs.approval.asset;

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
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 财政部门同意: the finance department manages and supervises agency assets (条例 第十五条); a transfer whose
 * assets' original value reaches the amount the bureau sets (本级规定
 * localPolicy.assetFinanceConsentValue) needs its consent. The verdict WARN routes the case to
 * 财政部门. For FROM_WAREHOUSE the value is first forecast from the oldest warehouse items and checked
 * again on the items the bureau allocates. A disposal (处置) needs that consent whatever its value:
 * 涉及资产处置的，应当经财政部门同意 (条例 第十五条第二款); the threshold is for the other types.
 */
@Component("assetValueCheck")
@StandardsRule(
    id = "assetValue",
    fields = {"transferType", "assets", "requests"},
    name = "资产原值与财政部门同意",
    basis = "《山西省机关运行保障条例（草案）》第十五条；本级规定 资产调剂处置报财政部门同意的原值限额",
    articles = {"条例 第十五条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.FINANCE)
class AssetValueCheck extends StandardsCheck {

  static final String THRESHOLD = "localPolicy.assetFinanceConsentValue";
  static final String DISPOSAL_BASIS = "《山西省机关运行保障条例（草案）》第十五条第二款";

  private final CaseAssets caseAssets;
  private final StandardsCatalogue catalogue;

  AssetValueCheck(CaseAssets caseAssets, StandardsCatalogue catalogue) {
    this.caseAssets = caseAssets;
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AssetTransferForm form = file.form(AssetTransferForm.class);
    CaseAssets.Found found = caseAssets.of(file, form);
    List<Asset> assets = found.assets();
    BigDecimal total =
        assets.stream().map(Asset::originalValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal threshold = catalogue.value(THRESHOLD);
    var facts =
        facts(
            "assetCount",
            assets.size(),
            "totalOriginalValue",
            total,
            "threshold",
            threshold,
            "projected",
            found.projected(),
            "assets",
            assets.stream().map(Asset::code).toList());
    String what =
        (found.projected() ? "按公物仓现有最早购置的同类资产预计，" : "")
            + form.type().label()
            + "资产 "
            + assets.size()
            + " 件，原值合计 "
            + plain(total)
            + " 万元";
    if (form.type() == TransferType.DISPOSAL) {
      return CheckOutcome.warn(what + "；涉及资产处置的，无论原值多少，均须经财政部门同意", facts).citing(DISPOSAL_BASIS);
    }
    if (total.compareTo(threshold) >= 0) {
      return CheckOutcome.warn(what + "，达到 " + plain(threshold) + " 万元，须经财政部门同意", facts);
    }
    return CheckOutcome.pass(what + "，低于 " + plain(threshold) + " 万元，无须报财政部门同意", facts);
  }
}
