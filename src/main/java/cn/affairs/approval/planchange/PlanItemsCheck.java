package cn.affairs.approval.planchange;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every item a change names must be an item of the applying unit's own plan of that year: each unit
 * carries out and adjusts only its own plan as the bureau determined it (条例 第三十六、三十七条). The form is
 * refused when an item is foreign at submission; this check records the state again when the case
 * reaches the bureau and when the change is applied, since items may have gone since.
 */
@Component("planItemsCheck")
@StandardsRule(
    id = "planItems",
    fields = {"year", "changes"},
    name = "计划项目归属",
    basis = "《山西省机关运行保障条例（草案）》第三十六条、第三十七条",
    articles = {"条例 第三十六条第一款", "条例 第三十七条"},
    kind = RuleKind.FIGURE)
class PlanItemsCheck extends StandardsCheck {

  private final PlanChangeEffects effects;

  PlanItemsCheck(PlanChangeEffects effects) {
    this.effects = effects;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    PlanChangeEffect effect = effects.of(file);
    String unit = file.unit().name();
    if (!effect.hasPlan()) {
      return CheckOutcome.fail(
          unit + "没有 " + effect.year() + " 年度保障计划，调整无从实施",
          facts("year", effect.year(), "unitCode", file.unit().code()));
    }
    long existing = effect.lines().stream().filter(l -> l.itemId() != null).count();
    long added = effect.lines().stream().filter(l -> l.itemId() == null).count();
    var facts =
        facts(
            "year",
            effect.year(),
            "unitCode",
            file.unit().code(),
            "planId",
            effect.planId(),
            "existingItems",
            existing,
            "newItems",
            added,
            "unknownItemIds",
            effect.foreignItemIds());
    if (!effect.foreignItemIds().isEmpty()) {
      String ids =
          effect.foreignItemIds().stream().map(String::valueOf).collect(Collectors.joining("、"));
      return CheckOutcome.fail(
          "计划项目 "
              + ids
              + " 不是"
              + unit
              + " "
              + effect.year()
              + " 年度保障计划的项目（或已不存在），共 "
              + effect.foreignItemIds().size()
              + " 项无法调整",
          facts);
    }
    return CheckOutcome.pass(
        "调整现有项目 "
            + existing
            + " 项、新增项目 "
            + added
            + " 项，现有项目均属于"
            + unit
            + " "
            + effect.year()
            + " 年度保障计划",
        facts);
  }
}
