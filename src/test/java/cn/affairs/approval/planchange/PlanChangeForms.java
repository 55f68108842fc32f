package cn.affairs.approval.planchange;

import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plan-change forms for tests, on the demo plans (sx-jyt 2026: ceiling 500, items total 420). */
final class PlanChangeForms {

  static final int YEAR = 2026;

  private PlanChangeForms() {}

  static Map<String, Object> existing(long itemId, String newAmount) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("itemId", itemId);
    change.put("newAmount", new BigDecimal(newAmount));
    return change;
  }

  static Map<String, Object> added(String category, String description, String amount) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("category", category);
    change.put("description", description);
    change.put("newAmount", new BigDecimal(amount));
    return change;
  }

  @SafeVarargs
  static Map<String, Object> normal(Map<String, Object>... changes) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", YEAR);
    form.put("changes", new ArrayList<>(List.of(changes)));
    form.put("reason", "新学期实验设备需求增加");
    form.put("emergency", false);
    return form;
  }

  @SafeVarargs
  static Map<String, Object> emergency(String adjustedOn, Map<String, Object>... changes) {
    Map<String, Object> form = normal(changes);
    form.put("emergency", true);
    form.put("adjustedOn", adjustedOn);
    form.put("reason", "防汛应急：校舍抢险物资");
    return form;
  }

  /** The demo item of a unit's 2026 plan with this description. */
  static PlanItem item(AnnualPlans plans, String unitCode, String description) {
    AnnualPlan plan = plans.find(unitCode, YEAR);
    return plans.items(plan).stream()
        .filter(i -> i.description().equals(description))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + description + " in " + unitCode));
  }

  static BigDecimal total(AnnualPlans plans, String unitCode) {
    return plans.total(plans.find(unitCode, YEAR));
  }
}
