package cn.affairs.approval.planchange;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The plan changes: the case's changes become a new version of the unit's annual plan, every
 * earlier version kept (条例 第三十三条), and each changed amount is recorded against the case so that an
 * emergency change (条例 第三十八条 先行调整) can be taken out again. Runs after the approvals, or at once for
 * an emergency change. Items that are no longer in the plan are a business result: the items check
 * records it here and the case goes back to the applicant.
 */
@Component("planChangeEntry")
class PlanChangeEntry implements JavaDelegate {

  static final String ITEMS_INVALID = "PLAN_ITEMS_INVALID";

  private final CaseFiles caseFiles;
  private final PlanChangeEffects effects;
  private final PlanItemsCheck itemsCheck;
  private final AnnualPlans plans;
  private final PlanAdjustmentMapper adjustments;
  private final Clock clock;

  PlanChangeEntry(
      CaseFiles caseFiles,
      PlanChangeEffects effects,
      PlanItemsCheck itemsCheck,
      AnnualPlans plans,
      PlanAdjustmentMapper adjustments,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.effects = effects;
    this.itemsCheck = itemsCheck;
    this.plans = plans;
    this.adjustments = adjustments;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    PlanChangeForm form = file.form(PlanChangeForm.class);
    String unit = file.unit().code();
    // changes to one plan run one after another: read the amounts before under the plan's lock
    PlanChangeEffect effect = effects.ofLocked(unit, form);
    if (!effect.applicable()) {
      itemsCheck.execute(execution);
      throw new BpmnError(ITEMS_INVALID, "计划项目已不属于本单位 " + form.year() + " 年度保障计划");
    }
    AnnualPlan found = plans.find(unit, form.year());
    // The ceiling passed when the case was checked; other changes of the plan may have been entered
    // since. Evaluated again here under the lock, so two racing cases that each fit but not both
    // never both enter (an emergency change is entered at once and reviewed at 备案 instead).
    if (!form.emergency()
        && effect.increase().signum() > 0
        && effect.totalAfter().compareTo(effect.ceiling()) > 0) {
      throw new RegisterConflict(
          PlanCeilingCheck.overCeiling(effect) + "，不能调整计划（本单位其他调整已先纳入计划）；请作不同意处理或退回申请人修改");
    }
    Set<Long> itemsBefore =
        plans.items(found).stream().map(PlanItem::id).collect(Collectors.toSet());
    List<AnnualPlans.Change> changes =
        form.changes().stream()
            .map(
                c ->
                    new AnnualPlans.Change(
                        c.itemId(), c.category(), c.description(), c.newAmount()))
            .toList();
    AnnualPlan after = plans.apply(unit, form.year(), changes, file.id());

    LocalDateTime now = LocalDateTime.now(clock);
    for (PlanChangeEffect.Line line : effect.lines()) {
      if (line.itemId() != null) {
        record(file.id(), after, line.itemId(), line.before(), line.after(), form.emergency(), now);
      }
    }
    // the items this version added are the case's new items
    for (PlanItem item : plans.items(after)) {
      if (!itemsBefore.contains(item.id()) && file.id().equals(item.sourceApplication())) {
        record(file.id(), after, item.id(), BigDecimal.ZERO, item.amount(), form.emergency(), now);
      }
    }
  }

  private void record(
      String applicationId,
      AnnualPlan plan,
      long itemId,
      BigDecimal before,
      BigDecimal after,
      boolean emergency,
      LocalDateTime now) {
    adjustments.insert(
        new PlanAdjustment(
            null,
            applicationId,
            plan.id(),
            itemId,
            before,
            after,
            plan.version(),
            emergency,
            now,
            null,
            null));
  }
}
