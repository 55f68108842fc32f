package cn.affairs.approval.lease;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import org.springframework.stereotype.Component;

/**
 * Leased, borrowed or swapped office space is for the unit's own offices: the unit may not let it
 * on, lend it or use it for something else (办法 第十九条第二款 不得出租、出借办公用房或者改变办公用房使用功能). The unit declares
 * the use in the form; any use but its own offices is a prohibition FAIL that no step may approve
 * over.
 */
@Component("leasedSpaceUseCheck")
@StandardsRule(
    id = "leasedSpaceUse",
    fields = {"use", "mode"},
    name = "租用、借用、置换办公用房的用途",
    basis = "《山西省机关事务管理办法》第十九条第二款：不得出租、出借办公用房或者改变办公用房使用功能",
    articles = {"办法 第十九条第二款"},
    kind = RuleKind.PROHIBITION)
class LeasedSpaceUseCheck extends StandardsCheck {

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    LeaseForm form = file.form(LeaseForm.class);
    String mode = form.leaseMode().label();
    var facts = facts("mode", form.mode(), "use", form.use());
    if (form.use() == null) {
      return CheckOutcome.fail("未声明" + mode + "办公用房的用途；" + mode + "的办公用房只能用于本单位办公，须声明用途", facts);
    }
    LeasedSpaceUse use = LeasedSpaceUse.valueOf(form.use());
    if (use == LeasedSpaceUse.OFFICE) {
      return CheckOutcome.pass(mode + "的办公用房声明仅用于本单位办公，不转租、出借或改变使用功能", facts);
    }
    return CheckOutcome.fail(
        "声明将"
            + mode
            + "的办公用房"
            + use.label()
            + "：不得出租、出借办公用房或者改变办公用房使用功能，"
            + mode
            + "的办公用房只能用于本单位办公",
        facts);
  }
}
