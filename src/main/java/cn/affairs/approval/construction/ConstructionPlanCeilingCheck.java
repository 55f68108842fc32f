package cn.affairs.approval.construction;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.plan.PlanBudget;
import org.springframework.stereotype.Component;

/**
 * An office-space project's estimated cost must be in the plan. It spends from an item “办公用房配置维修”
 * of the unit's approved annual plan of its plan year: the item must have the amount left and the
 * plan stay within its ceiling (条例 第三十七条 不得超出计划提供服务保障; 办法 第十一条 严禁超预算或者无预算安排支出). A unit without an
 * approved plan of that year gets a FAIL that says so. A prohibition: nobody approves over it.
 */
@Component("constructionPlanCeilingCheck")
@StandardsRule(
    id = "constructionPlanCeiling",
    fields = {"planYear", "estimatedCost"},
    name = "建设项目年度计划预算上限",
    basis = "《山西省机关运行保障条例（草案）》第三十七条；《山西省机关事务管理办法》第十一条",
    articles = {"条例 第三十七条", "办法 第十一条"},
    kind = RuleKind.PROHIBITION)
class ConstructionPlanCeilingCheck extends StandardsCheck {

  static final String CATEGORY = "OFFICE_SPACE";

  private final PlanBudget budget;

  ConstructionPlanCeilingCheck(PlanBudget budget) {
    this.budget = budget;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    return budget.assess(file, CATEGORY, file.form(ConstructionForm.class).estimatedCost());
  }
}
