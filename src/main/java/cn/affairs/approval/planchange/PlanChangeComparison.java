package cn.affairs.approval.planchange;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Comparison;
import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.check.Numbers;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A plan change's lines before → after for its case page and timeline. Once the change is in the
 * plan (approved, or an emergency change in force) the amounts before are those recorded when it
 * was applied ({@code plan_adjustment}); until then they are the plan's amounts now.
 */
@Component
class PlanChangeComparison {

  private final AnnualPlans plans;
  private final PlanChangeEffects effects;
  private final PlanAdjustmentMapper adjustments;
  private final ObjectMapper json;

  PlanChangeComparison(
      AnnualPlans plans,
      PlanChangeEffects effects,
      PlanAdjustmentMapper adjustments,
      ObjectMapper json) {
    this.plans = plans;
    this.effects = effects;
    this.adjustments = adjustments;
    this.json = json;
  }

  Comparison of(Application application) {
    PlanChangeForm form = form(application);
    AnnualPlan plan = plans.find(application.unitCode(), form.year());
    if (plan == null) {
      return new Comparison(
          form.year() + " 年度保障计划调整前后对比",
          List.of(),
          List.of(),
          List.of("本单位没有 " + form.year() + " 年度保障计划"),
          null);
    }
    List<PlanItem> items = plans.items(plan);
    Map<Long, PlanItem> byId =
        items.stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
    List<PlanAdjustment> applied = adjustments.inForce(application.id());
    List<Comparison.Line> lines = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    BigDecimal totalBefore;
    BigDecimal totalAfter;
    String note;
    if (!applied.isEmpty()) {
      BigDecimal delta = BigDecimal.ZERO;
      for (PlanAdjustment a : applied) {
        PlanItem item = byId.get(a.itemId());
        lines.add(
            line(
                item == null ? "计划项目 " + a.itemId() : item.description(),
                item == null ? null : item.category(),
                a.amountBefore(),
                a.amountAfter(),
                a.amountBefore().signum() == 0
                    && item != null
                    && item.sourceApplication() != null));
        delta = delta.add(a.delta());
      }
      totalAfter = AnnualPlans.total(items);
      totalBefore = totalAfter.subtract(delta);
      note = "已计入保障年度计划（第 " + applied.get(0).planVersion() + " 版），调整前金额为计入时的金额";
    } else {
      PlanChangeEffect effect = effects.of(application.unitCode(), form);
      for (PlanChangeEffect.Line l : effect.lines()) {
        lines.add(line(l.description(), l.category(), l.before(), l.after(), l.itemId() == null));
      }
      for (Long foreign : effect.foreignItemIds()) {
        warnings.add("计划项目 " + foreign + " 不是本单位 " + form.year() + " 年度保障计划的项目");
      }
      totalBefore = effect.totalBefore();
      totalAfter = effect.totalAfter();
      note = "尚未计入保障年度计划，调整前金额为计划当前金额";
    }
    for (Comparison.Line l : lines) {
      if (l.decrease()) {
        warnings.add(
            "“"
                + l.label()
                + "”调减 "
                + Numbers.plain(l.difference().negate())
                + " 万元（"
                + Numbers.plain(l.before())
                + " → "
                + Numbers.plain(l.after())
                + " 万元）");
      }
    }
    if (totalAfter.compareTo(plan.ceiling()) > 0) {
      warnings.add(
          "调整后计划总额 "
              + Numbers.plain(totalAfter)
              + " 万元，超过预算上限 "
              + Numbers.plain(plan.ceiling())
              + " 万元（条例 第三十七条）");
    }
    return new Comparison(
        form.year() + " 年度保障计划调整前后对比",
        lines,
        List.of(
            new FormOptions.Figure("totalBefore", "调整前计划总额", totalBefore, "万元"),
            new FormOptions.Figure("totalAfter", "调整后计划总额", totalAfter, "万元"),
            new FormOptions.Figure("ceiling", "预算上限", plan.ceiling(), "万元")),
        warnings,
        note);
  }

  /** Plan item ids → their descriptions, for the timeline. */
  Map<String, Map<String, String>> itemNames(Application application) {
    PlanChangeForm form = form(application);
    AnnualPlan plan = plans.find(application.unitCode(), form.year());
    Map<String, String> names = new LinkedHashMap<>();
    if (plan != null) {
      plans.items(plan).forEach(i -> names.put(String.valueOf(i.id()), i.description()));
    }
    return Map.of("itemId", names);
  }

  private static Comparison.Line line(
      String description, String category, BigDecimal before, BigDecimal after, boolean added) {
    String detail =
        (category == null ? "" : PlanChangeFamily.categoryLabel(category))
            + (added ? (category == null ? "" : " · ") + "新增项目" : "");
    return Comparison.Line.of(description, detail.isEmpty() ? null : detail, before, after, "万元");
  }

  private PlanChangeForm form(Application application) {
    try {
      return json.readValue(application.formJson(), PlanChangeForm.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("form of " + application.id() + " cannot be read", e);
    }
  }
}
