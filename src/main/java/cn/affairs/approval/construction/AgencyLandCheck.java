package cn.affairs.approval.construction;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import org.springframework.stereotype.Component;

/**
 * A project on agency land (机关用地) needs the bureau's consent: the bureau manages agency land and
 * project construction centrally (办法 第十六条; 条例 第二十、二十三条). The bureau's approval at 机关事务管理部门审核
 * records that consent.
 */
@Component("agencyLandCheck")
@StandardsRule(
    id = "agencyLand",
    fields = {"usesAgencyLand"},
    name = "机关用地",
    basis = "《山西省机关运行保障条例（草案）》第二十条、第二十三条；《山西省机关事务管理办法》第十六条",
    articles = {"条例 第二十条第二款", "条例 第二十三条第二款", "办法 第十六条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class AgencyLandCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    ConstructionForm form = file.form(ConstructionForm.class);
    if (form.usesAgencyLand()) {
      return CheckOutcome.warn(
          "项目使用机关用地，须经机关事务管理部门同意；其审核同意即记录为用地同意意见",
          facts("usesAgencyLand", true, "consentBy", "机关事务管理部门审核"));
    }
    return CheckOutcome.notApplicable("项目不使用机关用地", facts("usesAgencyLand", false));
  }
}
