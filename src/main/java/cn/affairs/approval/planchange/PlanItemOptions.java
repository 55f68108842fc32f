package cn.affairs.approval.planchange;

import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.application.FormOptionsSource;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.web.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code plan-items?year=}: the items of the applicant unit's annual plan of that year with their
 * category and current amount, and the plan's total and budget ceiling (预算上限, 条例 第三十七条), so that
 * the plan-change form shows each line before and after.
 */
@Component
class PlanItemOptions implements FormOptionsSource {

  private final AnnualPlans plans;

  PlanItemOptions(AnnualPlans plans) {
    this.plans = plans;
  }

  @Override
  public String source() {
    return "plan-items";
  }

  @Override
  public FormOptions options(CurrentUser user, Map<String, String> parameters) {
    String yearText = parameters.get("year");
    if (yearText == null || yearText.isBlank()) {
      return new FormOptions(source(), List.of(), List.of());
    }
    int year;
    try {
      year = Integer.parseInt(yearText.trim());
    } catch (NumberFormatException e) {
      throw ApiException.invalid("year", "计划年度请输入数字，如 2026");
    }
    AnnualPlan plan = plans.find(user.unitCode(), year);
    if (plan == null) {
      return new FormOptions(source(), List.of(), List.of());
    }
    List<PlanItem> items = plans.items(plan);
    List<FormOptions.Option> options =
        items.stream()
            .map(
                i ->
                    new FormOptions.Option(
                        String.valueOf(i.id()),
                        i.description(),
                        PlanChangeFamily.categoryLabel(i.category()),
                        i.amount(),
                        "万元"))
            .toList();
    BigDecimal total = AnnualPlans.total(items);
    return new FormOptions(
        source(),
        options,
        List.of(
            new FormOptions.Figure("total", "计划总额", total, "万元"),
            new FormOptions.Figure("ceiling", "预算上限", plan.ceiling(), "万元")));
  }
}
