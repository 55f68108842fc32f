package cn.affairs.approval.planchange;

import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 撤销先行调整: when the bureau refuses the filing of an emergency change (不予备案) or orders it corrected
 * (责令改正, 条例 第四十六条), the change comes out of the plan again as a new version (the versions before
 * stay, 条例 第三十三条). Each item loses what this case added to it (or gets back what the case took), so
 * changes other cases made since are kept; an amount never goes below 0. Does nothing when the case
 * has nothing in force.
 */
@Component("planChangeReversal")
class PlanChangeReversal implements JavaDelegate {

  private final PlanAdjustmentMapper adjustments;
  private final AnnualPlans plans;
  private final Clock clock;

  PlanChangeReversal(PlanAdjustmentMapper adjustments, AnnualPlans plans, Clock clock) {
    this.adjustments = adjustments;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    revert(execution.getProcessBusinessKey());
  }

  void revert(String applicationId) {
    Map<Long, List<PlanAdjustment>> byPlan =
        adjustments.inForce(applicationId).stream()
            .collect(
                Collectors.groupingBy(
                    PlanAdjustment::planId, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<Long, List<PlanAdjustment>> entry : byPlan.entrySet()) {
      AnnualPlan plan = plans.lock(entry.getKey());
      Map<Long, PlanItem> items =
          plans.items(plan).stream().collect(Collectors.toMap(PlanItem::id, Function.identity()));
      Map<Long, BigDecimal> delta = new LinkedHashMap<>();
      for (PlanAdjustment a : entry.getValue()) {
        delta.merge(a.itemId(), a.delta(), BigDecimal::add);
      }
      List<AnnualPlans.Change> changes = new ArrayList<>();
      delta.forEach(
          (itemId, added) -> {
            PlanItem item = items.get(itemId);
            if (item != null) {
              changes.add(
                  new AnnualPlans.Change(
                      itemId, null, null, item.amount().subtract(added).max(BigDecimal.ZERO)));
            }
          });
      // items gone from the plan (a plan re-issued) leave nothing to take out
      int version =
          changes.isEmpty()
              ? plan.version()
              : plans.apply(plan.unitCode(), plan.planYear(), changes, applicationId).version();
      adjustments.markReverted(applicationId, plan.id(), version, LocalDateTime.now(clock));
    }
  }
}
