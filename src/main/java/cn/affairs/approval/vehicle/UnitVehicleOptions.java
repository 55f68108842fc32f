package cn.affairs.approval.vehicle;

import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.application.FormOptionsSource;
import cn.affairs.approval.org.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code unit-vehicles}: the applicant unit's cars in use (在用) that no other case is replacing, for
 * 被更新车辆号牌 — plate, brand and model, category, purchase date and mileage.
 */
@Component
class UnitVehicleOptions implements FormOptionsSource {

  private final VehicleMapper register;

  UnitVehicleOptions(VehicleMapper register) {
    this.register = register;
  }

  @Override
  public String source() {
    return "unit-vehicles";
  }

  @Override
  public FormOptions options(CurrentUser user, Map<String, String> parameters) {
    List<FormOptions.Option> options =
        register.ofUnit(user.unitCode()).stream()
            .filter(v -> v.active() && v.replacedByApplication() == null)
            .map(
                v ->
                    new FormOptions.Option(
                        v.plate(),
                        v.plate() + " " + v.brand() + " " + v.model(),
                        VehiclePurchaseFamily.label("category", v.category())
                            + " · "
                            + v.purchaseDate()
                            + " 购置"
                            + (v.mileageKm() == null ? "" : " · 已行驶 " + v.mileageKm() + " 公里"),
                        v.price(),
                        "万元"))
            .toList();
    return new FormOptions(source(), options, List.of());
  }
}
