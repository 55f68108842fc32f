package cn.affairs.approval.annualplan;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.vehicle.VehicleMapper;
import org.springframework.stereotype.Component;

/**
 * The vehicles an annual plan adds (公务用车配备更新 needs, {@code quantity} new cars) must fit the unit's
 * vehicle quota with the cars it has in use: the bureau reviews needs against the 实物定额 (条例 第三十六条),
 * and cars are equipped strictly within the quota (办法 第二十三条 严格执行编制). Over it is a FAIL nobody
 * approves over, as for a purchase.
 */
@Component("plannedVehicleQuotaCheck")
@StandardsRule(
    id = "plannedVehicleQuota",
    fields = {"needs"},
    name = "年度计划公务用车编制",
    basis = "《山西省机关运行保障条例（草案）》第三十六条；《山西省机关事务管理办法》第二十三条 公务用车配备应当严格执行编制",
    articles = {"条例 第三十六条第一款", "办法 第二十三条第一款"},
    kind = RuleKind.FIGURE)
class PlannedVehicleQuotaCheck extends StandardsCheck {

  private final VehicleMapper vehicles;

  PlannedVehicleQuotaCheck(VehicleMapper vehicles) {
    this.vehicles = vehicles;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AnnualPlanForm form = file.form(AnnualPlanForm.class);
    var lines = form.of("VEHICLES");
    if (lines.isEmpty()) {
      return CheckOutcome.notApplicable("计划中没有公务用车配备更新需求", facts("vehicleNeeds", 0));
    }
    int added = lines.stream().mapToInt(AnnualPlanForm.Need::quantityOrZero).sum();
    int quota = file.unit().vehicleQuota();
    int active = vehicles.activeCount(file.unit().code());
    int after = active + added;
    var facts =
        facts(
            "vehicleNeeds",
            lines.size(),
            "addedVehicles",
            added,
            "activeVehicles",
            active,
            "quota",
            quota,
            "vehiclesAfter",
            after);
    String text = "本单位在用公务用车 " + active + " 辆，计划新增 " + added + " 辆，新增后 " + after + " 辆";
    if (after > quota) {
      return CheckOutcome.fail(text + "，超过编制 " + quota + " 辆", facts);
    }
    return CheckOutcome.pass(text + "，未超过编制 " + quota + " 辆", facts);
  }
}
