package cn.affairs.approval.annualplan;

import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.officespace.OfficeAreaStandard;
import cn.affairs.approval.org.Role;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The office-room area the plan's office-space needs add ({@code area}) and the unit's register
 * together must stay within its standard (Σ staffing by rank × per-person area of its level,
 * 《党政机关办公用房建设标准》): the bureau reviews needs against the 实物定额 (条例 第三十六条), and the area is set by the
 * standard (办法 第十八条); over it only 本级人民政府 approves, as for a project.
 */
@Component("plannedOfficeAreaCheck")
@StandardsRule(
    id = "plannedOfficeArea",
    fields = {"needs"},
    name = "年度计划办公室用房面积",
    basis = "《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标；《山西省机关运行保障条例（草案）》第三十六条",
    articles = {"条例 第三十六条第一款", "办法 第十八条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class PlannedOfficeAreaCheck extends StandardsCheck {

  private final OfficeAreaStandard standards;

  PlannedOfficeAreaCheck(OfficeAreaStandard standards) {
    this.standards = standards;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AnnualPlanForm form = file.form(AnnualPlanForm.class);
    BigDecimal added =
        form.of("OFFICE_SPACE").stream()
            .map(AnnualPlanForm.Need::area)
            .filter(a -> a != null)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (added.signum() == 0) {
      return CheckOutcome.notApplicable(
          "计划中没有增加办公室用房面积的需求", CheckOutcome.facts("addedArea", BigDecimal.ZERO));
    }
    var area = standards.assess(file.unit().code(), file.level(), added);
    var facts = area.facts("addedArea");
    String text =
        "现有办公室用房 "
            + plain(area.current())
            + "㎡，计划新增 "
            + plain(added)
            + "㎡，新增后 "
            + plain(area.after())
            + "㎡";
    String standard = plain(area.standard().area());
    if (area.overAfter()) {
      return CheckOutcome.fail(text + "，超过核定标准 " + standard + "㎡", facts);
    }
    return CheckOutcome.pass(text + "，未超过核定标准 " + standard + "㎡", facts);
  }
}
