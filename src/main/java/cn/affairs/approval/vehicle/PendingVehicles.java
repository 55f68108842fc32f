package cn.affairs.approval.vehicle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * New cars already approved but not yet in the register (办法 第二十三条 严格执行编制: they will be in use once
 * registered, so they count against the quota like the cars in use). A replacement brings no car
 * over the quota: the car it replaces leaves it.
 */
@Component
class PendingVehicles {

  private final VehicleMapper register;
  private final ObjectMapper json;

  PendingVehicles(VehicleMapper register, ObjectMapper json) {
    this.register = register;
    this.json = json;
  }

  /** The ids of the unit's approved purchases of a new car not yet registered. */
  List<String> newCars(String unitCode) {
    List<String> ids = new ArrayList<>();
    for (VehicleMapper.ApprovedPurchase approved : register.approvedUnregistered(unitCode)) {
      try {
        if ("NEW".equals(json.readTree(approved.formJson()).path("acquisitionType").asText())) {
          ids.add(approved.id());
        }
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored form of " + approved.id() + " is not JSON", e);
      }
    }
    return ids;
  }
}
