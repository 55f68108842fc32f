package cn.affairs.approval.lease;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.officespace.OfficeAreaStandard;
import cn.affairs.approval.org.Role;
import org.springframework.stereotype.Component;

/**
 * Leased, borrowed or swapped space counts in the unit's total office-room area (办法 第十九条第三款:
 * 纳入本单位办公用房总面积进行核定): the register's current area plus the requested area must not exceed the unit's
 * standard, Σ staffing by rank × per-person area of its level (《党政机关办公用房建设标准》). A unit already over
 * its standard must first hand the excess over to the bureau (办法 第十九条第一款).
 */
@Component("leasedOfficeAreaCheck")
@StandardsRule(
    id = "leasedOfficeArea",
    fields = {"mode", "area"},
    name = "租用、借用、置换后办公室用房面积",
    basis = "《山西省机关事务管理办法》第十九条第三款；《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标",
    articles = {"办法 第十九条第三款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class LeasedOfficeAreaCheck extends StandardsCheck {

  static final String EXCESS_BASIS = "《山西省机关事务管理办法》第十九条第一款";

  private final OfficeAreaStandard standards;

  LeasedOfficeAreaCheck(OfficeAreaStandard standards) {
    this.standards = standards;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    LeaseForm form = file.form(LeaseForm.class);
    var area = standards.assess(file.unit().code(), file.level(), form.area());
    var facts = area.facts("requestedArea");
    String failure = failure(area, form);
    if (failure != null) {
      CheckOutcome fail = CheckOutcome.fail(failure, facts);
      return area.alreadyOver() ? fail.citing(EXCESS_BASIS) : fail;
    }
    return CheckOutcome.pass(
        form.leaseMode().label()
            + "后办公室用房 "
            + sum(area, form)
            + "，未超过核定标准 "
            + plain(area.standard().area())
            + "㎡",
        facts);
  }

  /**
   * The message of a FAIL, or null when the space fits; the registration step refuses with the same
   * words ({@link LeaseRegisterEntry}).
   */
  static String failure(OfficeAreaStandard.Assessment area, LeaseForm form) {
    String mode = form.leaseMode().label();
    String standard = plain(area.standard().area());
    if (area.alreadyOver()) {
      return "现有办公室用房 "
          + area.heldText()
          + "，已超过核定标准 "
          + standard
          + "㎡，须先将超标准部分 "
          + plain(area.excessNow())
          + "㎡ 移交机关事务管理部门统一调配，不得再"
          + mode;
    }
    if (area.overAfter()) {
      return mode
          + "后办公室用房 "
          + sum(area, form)
          + "，超过核定标准 "
          + standard
          + "㎡ "
          + plain(area.excessAfter())
          + "㎡";
    }
    return null;
  }

  private static String sum(OfficeAreaStandard.Assessment area, LeaseForm form) {
    return plain(area.after())
        + "㎡（现有 "
        + plain(area.current())
        + "㎡ + "
        + (area.pending().signum() == 0 ? "" : "已批准尚未登记 " + plain(area.pending()) + "㎡ + ")
        + form.leaseMode().label()
        + " "
        + plain(form.area())
        + "㎡）";
  }
}
