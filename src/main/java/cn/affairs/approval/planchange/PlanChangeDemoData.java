package cn.affairs.approval.planchange;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * The plan-change register (plan_adjustment) has no demo rows: the demo plans are in
 * config/demo/organisation.yml. Its rows refer to plans, so they go before the plans are reloaded.
 */
@Component
class PlanChangeDemoData implements DemoDataSection {

  private final PlanAdjustmentMapper adjustments;

  PlanChangeDemoData(PlanAdjustmentMapper adjustments) {
    this.adjustments = adjustments;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public void load(JsonNode demo) {
    // nothing to load: adjustments are made by cases
  }

  @Override
  public void clearRegisters() {
    adjustments.deleteAll();
  }
}
