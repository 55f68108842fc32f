package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 编制: a unit may not hold more cars in use than its vehicle quota (办法 第二十三条: 严格执行编制; 第二十二条: 编制管理).
 * NEW needs in-use vehicles + 1 ≤ quota; REPLACEMENT needs the replaced plate to be a car of the
 * unit still in use (a car already marked for disposal or disposed cannot be replaced again). Cars
 * marked TO_DISPOSE no longer count: their replacement took their place. New cars already approved
 * but not yet registered count as if in use (they are registered at 登记公务用车, where the quota is
 * evaluated again under the unit's lock).
 */
@Component("vehicleQuotaCheck")
@StandardsRule(
    id = "vehicleQuota",
    fields = {"acquisitionType", "replacedPlate"},
    name = "公务用车编制",
    basis = "《山西省机关事务管理办法》第二十三条 公务用车配备应当严格执行编制",
    articles = {"办法 第二十二条", "办法 第二十三条第一款"},
    kind = RuleKind.FIGURE)
class VehicleQuotaCheck extends StandardsCheck {

  private final VehicleMapper register;
  private final PendingVehicles pending;

  VehicleQuotaCheck(VehicleMapper register, PendingVehicles pending) {
    this.register = register;
    this.pending = pending;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    int quota = file.unit().vehicleQuota();
    int active = register.activeCount(file.unit().code());
    if (form.replacement()) {
      Vehicle replaced = register.byPlate(form.replacedPlate());
      var facts =
          facts(
              "acquisitionType",
              form.acquisitionType(),
              "quota",
              quota,
              "activeVehicles",
              active,
              "replacedPlate",
              form.replacedPlate(),
              "replacedStatus",
              replaced == null ? null : replaced.status());
      if (replaced == null || !replaced.unitCode().equals(file.unit().code())) {
        return CheckOutcome.fail("被更新车辆 " + form.replacedPlate() + " 不是本单位登记的公务用车", facts);
      }
      if (!replaced.active()) {
        return CheckOutcome.fail(
            "被更新车辆 "
                + form.replacedPlate()
                + " 状态为"
                + Vehicle.statusLabel(replaced.status())
                + "，不是在用车辆，不能作为更新对象",
            facts);
      }
      return CheckOutcome.pass(
          "被更新车辆 "
              + form.replacedPlate()
              + " 为本单位在用车辆；更新后在用车辆仍为 "
              + active
              + " 辆，编制 "
              + quota
              + " 辆",
          facts);
    }
    List<String> pendingCases = pending.newCars(file.unit().code());
    int after = active + pendingCases.size() + 1;
    var facts =
        facts(
            "acquisitionType",
            form.acquisitionType(),
            "quota",
            quota,
            "activeVehicles",
            active,
            "pendingVehicles",
            pendingCases.size(),
            "pendingCases",
            pendingCases,
            "vehiclesAfter",
            after);
    if (after > quota) {
      return CheckOutcome.fail(overQuota(active, pendingCases.size(), quota), facts);
    }
    return CheckOutcome.pass(
        held(active, pendingCases.size()) + "，新增后 " + after + " 辆，未超过编制 " + quota + " 辆", facts);
  }

  /** The cars the unit holds, and those approved but not yet registered when there are any. */
  private static String held(int active, int pending) {
    return "本单位在用公务用车 " + active + " 辆" + (pending == 0 ? "" : "（另有已批准尚未登记 " + pending + " 辆）");
  }

  /** The message of a new car over the quota; the registration step refuses with the same words. */
  static String overQuota(int active, int pending, int quota) {
    return held(active, pending) + "，新增后 " + (active + pending + 1) + " 辆，超过编制 " + quota + " 辆";
  }
}
