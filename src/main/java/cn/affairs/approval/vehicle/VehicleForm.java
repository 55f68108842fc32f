package cn.affairs.approval.vehicle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The form of a vehicle-purchase application (公务用车配备更新). {@code displacement} in litres is null for
 * BEV and FCEV; {@code replacedPlate} is set for REPLACEMENT only; prices in 万元.
 */
public record VehicleForm(
    String acquisitionType,
    String category,
    String model,
    String brand,
    boolean madeInChina,
    boolean domesticBrand,
    String energyType,
    BigDecimal displacement,
    BigDecimal price,
    List<String> luxuryOptions,
    String source,
    String replacedPlate,
    String justification) {

  /** 新能源汽车: battery-electric, plug-in hybrid and fuel-cell cars. */
  static final Set<String> NEW_ENERGY = Set.of("BEV", "PHEV", "FCEV");

  public boolean replacement() {
    return "REPLACEMENT".equals(acquisitionType);
  }

  public boolean newEnergy() {
    return NEW_ENERGY.contains(energyType);
  }

  public List<String> luxuryOptions() {
    return luxuryOptions == null ? List.of() : luxuryOptions;
  }
}
