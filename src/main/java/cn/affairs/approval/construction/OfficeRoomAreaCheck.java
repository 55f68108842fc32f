package cn.affairs.approval.construction;

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
 * The unit's office-room area after the project (register + added) must not exceed its standard, Σ
 * staffing by rank × per-person area of its level (《党政机关办公用房建设标准》); a unit already over its
 * standard must first hand the excess over to the bureau (办法 第十九条). Space of the unit's other cases
 * already approved but not yet registered counts as held ({@link OfficeAreaStandard}).
 */
@Component("officeRoomAreaCheck")
@StandardsRule(
    id = "officeRoomArea",
    fields = {"addedOfficeRoomArea"},
    name = "办公室用房面积",
    basis = "《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标",
    articles = {"办法 第十八条第二款", "办法 第十九条第一款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class OfficeRoomAreaCheck extends StandardsCheck {

  static final String EXCESS_BASIS = "《山西省机关事务管理办法》第十九条";

  private final OfficeAreaStandard standards;

  OfficeRoomAreaCheck(OfficeAreaStandard standards) {
    this.standards = standards;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    ConstructionForm form = file.form(ConstructionForm.class);
    var area = standards.assess(file.unit().code(), file.level(), form.addedOfficeRoomArea());
    var facts = area.facts("addedArea");
    String failure = failure(area);
    if (failure != null) {
      CheckOutcome fail = CheckOutcome.fail(failure, facts);
      return area.alreadyOver() ? fail.citing(EXCESS_BASIS) : fail;
    }
    return CheckOutcome.pass(
        "申请后办公室用房 " + plain(area.after()) + "㎡，未超过核定标准 " + plain(area.standard().area()) + "㎡",
        facts);
  }

  /**
   * The message of a FAIL, or null when the project fits; the registration step refuses with the
   * same words ({@link ConstructionSpaceEntry}).
   */
  static String failure(OfficeAreaStandard.Assessment area) {
    String standard = plain(area.standard().area());
    if (area.alreadyOver()) {
      return "现有办公室用房 "
          + area.heldText()
          + "，已超过核定标准 "
          + standard
          + "㎡，须先将超标准部分 "
          + plain(area.excessNow())
          + "㎡ 移交机关事务管理部门统一调配";
    }
    if (area.overAfter()) {
      return "申请后办公室用房 "
          + plain(area.after())
          + "㎡"
          + (area.pending().signum() == 0 ? "" : "（含已批准尚未登记 " + plain(area.pending()) + "㎡）")
          + "，超过核定标准 "
          + standard
          + "㎡";
    }
    return null;
  }
}
