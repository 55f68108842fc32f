package cn.affairs.approval.lease;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.officespace.OfficeAreaStandard.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.officespace.OfficeAreaStandard;
import cn.affairs.approval.officespace.OfficeSpaceMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Leased, borrowed or swapped space counts in the unit's total office-room area
 * (办法 第十九条第三款: 纳入本单位办公用房总面积进行核定): the register's current area plus the requested
 * area must not exceed the unit's standard, Σ staffing by rank × per-person area of its level
 * (《党政机关办公用房建设标准》). A unit already over its standard must first hand the excess over to
 * the bureau (办法 第十九条第一款).
 */
@Component("leasedOfficeAreaCheck")
@StandardsRule(id = "leasedOfficeArea", name = "租用、借用、置换后办公室用房面积",
    basis = "《山西省机关事务管理办法》第十九条第三款；《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标",
    articles = {"办法 第十九条"})
class LeasedOfficeAreaCheck extends StandardsCheck {

  static final String EXCESS_BASIS = "《山西省机关事务管理办法》第十九条第一款";

  private final OfficeSpaceMapper register;
  private final OfficeAreaStandard standards;
  private final Clock clock;

  LeasedOfficeAreaCheck(OfficeSpaceMapper register, OfficeAreaStandard standards, Clock clock) {
    this.register = register;
    this.standards = standards;
    this.clock = clock;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    LeaseForm form = file.form(LeaseForm.class);
    String mode = form.leaseMode().label();
    BigDecimal current = register.occupiedArea(file.unit().code(), LocalDate.now(clock));
    OfficeAreaStandard.Standard standard = standards.of(file.unit().code(), file.level());
    BigDecimal after = current.add(form.area());
    var facts = facts("currentArea", current, "requestedArea", form.area(), "areaAfter", after,
        "standardArea", standard.area(), "level", file.level(), "standardTerms", standard.terms());
    if (current.compareTo(standard.area()) > 0) {
      return CheckOutcome.fail("现有办公室用房 " + plain(current) + "㎡，已超过核定标准 " + plain(standard.area())
          + "㎡，须先将超标准部分 " + plain(current.subtract(standard.area())) + "㎡ 移交机关事务管理部门统一调配，不得再"
          + mode, facts).citing(EXCESS_BASIS);
    }
    String sum = plain(after) + "㎡（现有 " + plain(current) + "㎡ + " + mode + " " + plain(form.area()) + "㎡）";
    if (after.compareTo(standard.area()) > 0) {
      return CheckOutcome.fail(mode + "后办公室用房 " + sum + "，超过核定标准 " + plain(standard.area()) + "㎡ "
          + plain(after.subtract(standard.area())) + "㎡", facts);
    }
    return CheckOutcome.pass(mode + "后办公室用房 " + sum + "，未超过核定标准 " + plain(standard.area()) + "㎡", facts);
  }
}
