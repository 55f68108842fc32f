package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The price check again, on the final price that 集中采购 recorded (办法 第二十三条: 严格执行配备标准): the cap of the
 * car's category (or the new-energy cap) applies to what is actually paid. Only the price is judged
 * here; the displacement of the model was judged on the application. A FAIL sends the case back to
 * 集中采购 (see the BPMN): a car over the standard is never entered in the register.
 */
@Component("vehicleFinalPriceCheck")
@StandardsRule(
    id = "vehicleFinalPrice",
    fields = {"price"},
    name = "成交价格标准",
    basis = VehicleCaps.BASIS,
    articles = {"办法 第二十三条第一款"},
    kind = RuleKind.FIGURE,
    recheckedAfter = CentralProcurement.TASK)
class VehicleFinalPriceCheck extends StandardsCheck {

  private final VehicleCaps caps;
  private final CentralProcurement procurement;

  VehicleFinalPriceCheck(VehicleCaps caps, CentralProcurement procurement) {
    this.caps = caps;
    this.procurement = procurement;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    VehicleForm form = file.form(VehicleForm.class);
    ProcurementMapper.Result result = procurement.latest(file.id());
    CheckOutcome outcome = caps.assess(form, result.finalPrice(), null, "成交价格");
    Map<String, Object> facts =
        new LinkedHashMap<>(
            facts(
                "supplier",
                result.supplier(),
                "plate",
                result.plate(),
                "appliedPrice",
                form.price()));
    facts.putAll(outcome.facts());
    return new CheckOutcome(outcome.verdict(), outcome.message(), facts, outcome.basis());
  }
}
