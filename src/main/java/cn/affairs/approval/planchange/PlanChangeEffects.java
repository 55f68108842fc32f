package cn.affairs.approval.planchange;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.Numbers;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Works out a plan change's effect on the unit's plan as it stands at the moment of asking. */
@Component
class PlanChangeEffects {

  private final AnnualPlans plans;

  PlanChangeEffects(AnnualPlans plans) {
    this.plans = plans;
  }

  PlanChangeEffect of(CaseFile file) {
    return of(file.unit().code(), file.form(PlanChangeForm.class));
  }

  PlanChangeEffect of(String unitCode, PlanChangeForm form) {
    AnnualPlan plan = plans.find(unitCode, form.year());
    return of(plan, plan == null ? List.of() : plans.items(plan), form);
  }

  /**
   * The effect on the plan as last committed, with the plan and its items locked until the
   * transaction ends: for the step that writes the change, so that changes of one plan run one
   * after another and each sees what the one before it wrote.
   */
  PlanChangeEffect ofLocked(String unitCode, PlanChangeForm form) {
    AnnualPlan found = plans.find(unitCode, form.year());
    if (found == null) {
      return of(null, List.of(), form);
    }
    AnnualPlan plan = plans.lock(found.id());
    return of(plan, plans.lockedItems(plan), form);
  }

  private PlanChangeEffect of(AnnualPlan plan, List<PlanItem> items, PlanChangeForm form) {
    if (plan == null) {
      List<Long> ids =
          form.changes().stream()
              .filter(c -> !c.isNewItem())
              .map(PlanChangeForm.Change::itemId)
              .toList();
      return new PlanChangeEffect(
          null, form.year(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), ids);
    }
    Map<Long, PlanItem> byId =
        items.stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
    BigDecimal before = AnnualPlans.total(items);
    BigDecimal after = before;
    List<PlanChangeEffect.Line> lines = new ArrayList<>();
    List<Long> foreign = new ArrayList<>();
    for (PlanChangeForm.Change change : form.changes()) {
      if (change.isNewItem()) {
        lines.add(
            new PlanChangeEffect.Line(
                null,
                change.category(),
                change.description(),
                BigDecimal.ZERO,
                change.newAmount()));
        after = after.add(change.newAmount());
        continue;
      }
      PlanItem item = byId.get(change.itemId());
      if (item == null) {
        foreign.add(change.itemId());
        continue;
      }
      lines.add(
          new PlanChangeEffect.Line(
              item.id(), item.category(), item.description(), item.amount(), change.newAmount()));
      after = after.subtract(item.amount()).add(change.newAmount());
    }
    return new PlanChangeEffect(
        plan.id(), plan.planYear(), plan.ceiling(), before, after, lines, foreign);
  }

  /** 万元 without trailing zeros: 500, 80.01. */
  static String amount(BigDecimal value) {
    return Numbers.plain(value);
  }
}
