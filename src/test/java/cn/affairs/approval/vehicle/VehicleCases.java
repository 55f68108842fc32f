package cn.affairs.approval.vehicle;

import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLogMapper;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Forms and shortcuts for vehicle-purchase tests. */
@Component
class VehicleCases {

  static final String KEY = VehiclePurchaseFamily.KEY;

  private final Cases cases;
  private final DecisionLogMapper decisions;
  private final CentralProcurement procurement;
  private final ObjectMapper json;

  VehicleCases(
      Cases cases, DecisionLogMapper decisions, CentralProcurement procurement, ObjectMapper json) {
    this.cases = cases;
    this.decisions = decisions;
    this.procurement = procurement;
    this.json = json;
  }

  /**
   * A new battery-electric sedan of a domestic brand at 15 万元: every check passes (quota aside).
   */
  static Map<String, Object> newCar() {
    Map<String, Object> form = new HashMap<>();
    form.put("acquisitionType", "NEW");
    form.put("category", "OTHER");
    form.put("brand", "比亚迪");
    form.put("model", "秦PLUS EV");
    form.put("madeInChina", true);
    form.put("domesticBrand", true);
    form.put("energyType", "BEV");
    form.put("price", 15);
    form.put("luxuryOptions", List.of());
    form.put("source", "PURCHASE");
    form.put("justification", "业务量增加，现有车辆不能满足公务出行需要");
    return form;
  }

  static Map<String, Object> replacing(String plate) {
    Map<String, Object> form = newCar();
    form.put("acquisitionType", "REPLACEMENT");
    form.put("replacedPlate", plate);
    form.put("justification", "原车使用年限和里程已达到更新标准");
    return form;
  }

  /** A fuel car of the category at the price and displacement. */
  static Map<String, Object> fuelCar(String category, Object price, Object displacement) {
    Map<String, Object> form = newCar();
    form.put("category", category);
    form.put("brand", "红旗");
    form.put("model", "H5");
    form.put("energyType", "ICE");
    form.put("price", price);
    form.put("displacement", displacement);
    return form;
  }

  String start(String user, Map<String, Object> form) {
    return cases.start(user, KEY, form);
  }

  /** Approves the case up to 集中采购. */
  void approveUpToProcurement(String id) {
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauVehicleReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "APPROVE");
  }

  /**
   * Records the procurement result as the API does (the step form in the decision log and the
   * procurement table, then the decision on the engine).
   */
  void procure(String id, Object finalPrice, String plate) {
    var task = cases.task(id, CentralProcurement.TASK);
    if (task == null) {
      throw new AssertionError("case " + id + " is not at 集中采购");
    }
    String form =
        "{\"supplier\":\"山西省政府采购中心定点供应商\",\"finalPrice\":"
            + finalPrice
            + ",\"plate\":\""
            + plate
            + "\"}";
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            task.getId(),
            CentralProcurement.TASK,
            "集中采购",
            "sx-vehicle",
            Decision.APPROVE,
            null,
            false,
            form,
            LocalDateTime.now()));
    try {
      procurement.record(id, json.readTree(form));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    cases.decide(id, CentralProcurement.TASK, "APPROVE");
  }
}
