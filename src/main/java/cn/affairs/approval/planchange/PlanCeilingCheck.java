package cn.affairs.approval.planchange;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.planchange.PlanChangeEffects.amount;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import org.springframework.stereotype.Component;

/**
 * The unit's plan total after the change must stay within its budget ceiling (预算控制数, the {@code
 * ceiling} of its annual plan): 各级机关不得超出计划提供服务保障 (条例 第三十七条), and the plan is the basis of the
 * budget (条例 第三十三、三十六条). Over the ceiling is a FAIL.
 */
@Component("planCeilingCheck")
@StandardsRule(
    id = "planCeiling",
    fields = {"year", "changes"},
    name = "年度计划预算上限",
    basis = "《山西省机关运行保障条例（草案）》第三十七条",
    articles = {"条例 第三十七条"},
    kind = RuleKind.PROHIBITION)
class PlanCeilingCheck extends StandardsCheck {

  private final PlanChangeEffects effects;

  PlanCeilingCheck(PlanChangeEffects effects) {
    this.effects = effects;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    PlanChangeEffect effect = effects.of(file);
    if (!effect.hasPlan()) {
      return CheckOutcome.fail(
          "本单位没有 " + effect.year() + " 年度保障计划，无法核对预算上限", facts("year", effect.year()));
    }
    var facts =
        facts(
            "year",
            effect.year(),
            "ceiling",
            effect.ceiling(),
            "totalBefore",
            effect.totalBefore(),
            "totalAfter",
            effect.totalAfter(),
            "increase",
            effect.increase(),
            "lines",
            effect.lines(),
            "unknownItemIds",
            effect.foreignItemIds());
    String change = change(effect);
    if (effect.totalAfter().compareTo(effect.ceiling()) > 0) {
      return CheckOutcome.fail(overCeiling(effect), facts);
    }
    return CheckOutcome.pass(
        change
            + "，未超过预算上限 "
            + amount(effect.ceiling())
            + " 万元（尚余 "
            + amount(effect.ceiling().subtract(effect.totalAfter()))
            + " 万元）",
        facts);
  }

  private static String change(PlanChangeEffect effect) {
    return "调整前计划总额 "
        + amount(effect.totalBefore())
        + " 万元，调整后 "
        + amount(effect.totalAfter())
        + " 万元";
  }

  /** The message of a change over the ceiling; the step that writes the plan refuses with it. */
  static String overCeiling(PlanChangeEffect effect) {
    return change(effect)
        + "，超过预算上限 "
        + amount(effect.ceiling())
        + " 万元（超出 "
        + amount(effect.totalAfter().subtract(effect.ceiling()))
        + " 万元）";
  }
}
