package cn.affairs.approval.vehicle;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of the vehicle register (公务用车登记簿). {@code status} is {@link #ACTIVE} (counts against the
 * unit's quota), {@link #TO_DISPOSE} (replaced, awaiting disposal) or {@link #DISPOSED}.
 */
public record Vehicle(
    Long id,
    String plate,
    String unitCode,
    String category,
    String brand,
    String model,
    String energyType,
    BigDecimal displacement,
    BigDecimal price,
    LocalDate purchaseDate,
    Integer mileageKm,
    String status,
    String sourceApplication,
    String replacedByApplication) {

  public static final String ACTIVE = "ACTIVE";
  public static final String TO_DISPOSE = "TO_DISPOSE";
  public static final String DISPOSED = "DISPOSED";

  public boolean active() {
    return ACTIVE.equals(status);
  }

  static String statusLabel(String status) {
    return switch (status) {
      case ACTIVE -> "在用";
      case TO_DISPOSE -> "待处置";
      case DISPOSED -> "已处置";
      default -> status;
    };
  }
}
