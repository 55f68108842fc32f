package cn.affairs.approval.plan;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.Numbers;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.check.Verdict;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 计划执行 (条例 第三十七条 不得超出计划提供服务保障; 办法 第十一条 严禁超预算或者无预算安排支出): a spending case (construction, repair,
 * vehicle purchase) spends from an item of its category in the unit's approved plan of the case's
 * plan year. It fits when that item has the amount left (its amount less what approved cases used
 * of it) and the plan's uses stay within the ceiling. Of the items of the category, the first (in
 * plan order) with enough left is used. The families' ceiling checks judge with {@link #assess};
 * the step that approves a case records the use with {@link #use}.
 */
@Service
public class PlanBudget {

  /** The plan categories of 条例 第三十四条 the spending families use. */
  public static final Map<String, String> CATEGORY_NAMES =
      Map.of("OFFICE_SPACE", "办公用房配置维修", "VEHICLES", "公务用车配备更新");

  private final AnnualPlans plans;
  private final Clock clock;

  PlanBudget(AnnualPlans plans, Clock clock) {
    this.plans = plans;
    this.clock = clock;
  }

  /** The plan year of a spending case: its {@code planYear}, else the current year. */
  public int planYear(CaseFile file) {
    return file.form().hasNonNull("planYear")
        ? file.form().get("planYear").asInt()
        : LocalDate.now(clock).getYear();
  }

  /**
   * Fills in a spending form's {@code planYear} (the current year when not given) and refuses a
   * year other than the current or the next one.
   */
  public void normalisePlanYear(
      com.fasterxml.jackson.databind.node.ObjectNode form, Map<String, String> errors) {
    int now = LocalDate.now(clock).getYear();
    if (!form.hasNonNull("planYear")) {
      form.put("planYear", now);
    } else {
      int year = form.get("planYear").asInt();
      if (year != now && year != now + 1) {
        errors.put("planYear", "计划年度只能是本年度（" + now + "）或下一年度（" + (now + 1) + "）");
      }
    }
  }

  /** The verdict on spending {@code amount} of the plan {@code category} for this case. */
  public CheckOutcome assess(CaseFile file, String category, BigDecimal amount) {
    return judge(file, category, amount).outcome();
  }

  /**
   * Links the case to the item it uses, under the plan's lock; does nothing when it is linked
   * already. When the plan no longer has room (another case used it since the check), nothing is
   * written and the approver gets a 409 with the reason.
   */
  public void use(CaseFile file, String category, BigDecimal amount) {
    if (plans.useOf(file.id()) != null) {
      return;
    }
    AnnualPlan plan = plans.find(file.unit().code(), planYear(file));
    if (plan != null) {
      plans.lock(plan.id());
    }
    Judgement judgement = judge(file, category, amount);
    if (judgement.outcome().verdict() != Verdict.PASS) {
      throw new RegisterConflict(judgement.outcome().message());
    }
    plans.recordUse(judgement.item(), file.id(), amount);
  }

  private record Judgement(CheckOutcome outcome, PlanItem item) {}

  private Judgement judge(CaseFile file, String category, BigDecimal amount) {
    int year = planYear(file);
    String unit = file.unit().name();
    String categoryName = CATEGORY_NAMES.getOrDefault(category, category);
    AnnualPlan plan = plans.find(file.unit().code(), year);
    String spend = "本申请 " + Numbers.plain(amount) + " 万元";
    if (plan == null) {
      return new Judgement(
          CheckOutcome.fail(
              unit + "没有经批准的 " + year + " 年度机关运行保障计划，" + spend + "无计划可依，不得安排支出",
              facts("planYear", year, "category", category, "amount", amount, "hasPlan", false)),
          null);
    }
    List<PlanItem> items =
        plans.items(plan).stream().filter(i -> category.equals(i.category())).toList();
    BigDecimal planUsed = plans.usedOf(plan);
    if (items.isEmpty()) {
      return new Judgement(
          CheckOutcome.fail(
              unit + " " + year + " 年度保障计划中没有“" + categoryName + "”类项目，" + spend + "超出计划，不得安排支出",
              facts("planYear", year, "planId", plan.id(), "category", category, "amount", amount)),
          null);
    }
    PlanItem chosen = null;
    BigDecimal chosenLeft = null;
    for (PlanItem item : items) {
      BigDecimal left = item.amount().subtract(plans.usedOf(item));
      if (left.compareTo(amount) >= 0) {
        chosen = item;
        chosenLeft = left;
        break;
      }
      if (chosenLeft == null || left.compareTo(chosenLeft) > 0) {
        chosenLeft = left;
      }
    }
    boolean fits = chosen != null;
    if (!fits) {
      BigDecimal most = chosenLeft;
      chosen =
          items.stream()
              .max(Comparator.comparing(i -> i.amount().subtract(plans.usedOf(i))))
              .orElseThrow();
      chosenLeft = most;
    }
    BigDecimal itemUsed = chosen.amount().subtract(chosenLeft);
    BigDecimal planAfter = planUsed.add(amount);
    var facts =
        facts(
            "planYear",
            year,
            "planId",
            plan.id(),
            "category",
            category,
            "itemId",
            chosen.id(),
            "itemAmount",
            chosen.amount(),
            "itemUsed",
            itemUsed,
            "itemLeft",
            chosenLeft,
            "amount",
            amount,
            "ceiling",
            plan.ceiling(),
            "planUsedAfter",
            planAfter);
    String item =
        year
            + " 年度计划项目“"
            + chosen.description()
            + "”（编号 "
            + chosen.id()
            + "）安排 "
            + Numbers.plain(chosen.amount())
            + " 万元，已使用 "
            + Numbers.plain(itemUsed)
            + " 万元，尚余 "
            + Numbers.plain(chosenLeft)
            + " 万元";
    if (!fits) {
      return new Judgement(
          CheckOutcome.fail(
              item
                  + "；"
                  + spend
                  + "，超出计划 "
                  + Numbers.plain(amount.subtract(chosenLeft))
                  + " 万元，不得超出计划安排支出",
              facts),
          chosen);
    }
    if (planAfter.compareTo(plan.ceiling()) > 0) {
      return new Judgement(
          CheckOutcome.fail(
              item
                  + "；"
                  + spend
                  + "后计划已使用 "
                  + Numbers.plain(planAfter)
                  + " 万元，超过预算上限 "
                  + Numbers.plain(plan.ceiling())
                  + " 万元",
              facts),
          chosen);
    }
    return new Judgement(
        CheckOutcome.pass(
            "使用 "
                + item
                + "；"
                + spend
                + "，未超出计划，计划已使用 "
                + Numbers.plain(planAfter)
                + " 万元，未超过预算上限 "
                + Numbers.plain(plan.ceiling())
                + " 万元",
            facts),
        chosen);
  }
}
