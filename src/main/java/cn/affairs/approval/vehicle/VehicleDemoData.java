package cn.affairs.approval.vehicle;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The demo vehicle register (config/demo/vehicles.yml, key {@code vehicles}). */
@Component
class VehicleDemoData implements DemoDataSection {

  private final VehicleMapper register;

  VehicleDemoData(VehicleMapper register) {
    this.register = register;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public void clearRegisters() {
    register.deleteAll();
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode v : demo.path("vehicles")) {
      String plate = LicencePlate.canonical(v.get("plate").asText());
      if (plate == null) {
        throw new IllegalStateException("演示数据中的号牌格式不正确: " + v.get("plate").asText());
      }
      register.insert(
          new Vehicle(
              null,
              plate,
              v.get("unit").asText(),
              v.get("category").asText(),
              v.get("brand").asText(),
              v.get("model").asText(),
              v.get("energyType").asText(),
              v.hasNonNull("displacement") ? v.get("displacement").decimalValue() : null,
              v.get("price").decimalValue(),
              LocalDate.parse(v.get("purchaseDate").asText()),
              v.path("mileageKm").asInt(0),
              v.path("status").asText(Vehicle.ACTIVE),
              null,
              null));
    }
  }
}
