package cn.affairs.approval.plan;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class PlanDemoData implements DemoDataSection {

  private final AnnualPlans plans;

  PlanDemoData(AnnualPlans plans) {
    this.plans = plans;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void clearRegisters() {
    plans.deleteAll();
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode p : demo.path("annualPlans")) {
      List<PlanItem> items = new ArrayList<>();
      for (JsonNode i : p.path("items")) {
        items.add(
            new PlanItem(
                null,
                null,
                i.get("category").asText(),
                i.get("description").asText(),
                i.get("amount").decimalValue(),
                null));
      }
      plans.create(
          p.get("unit").asText(), p.get("year").asInt(), p.get("ceiling").decimalValue(), items);
    }
  }
}
