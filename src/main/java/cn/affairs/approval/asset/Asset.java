package cn.affairs.approval.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One card of the asset register (资产卡片). Held by a unit ({@code holderUnit}) or by the warehouse of
 * a government ({@code warehouseGov}); {@code reservedBy} names the pending application that is
 * moving it. {@code originalValue} in 万元; {@code location} where it is kept (存放地点), may be null.
 */
public record Asset(
    String code,
    String category,
    String name,
    BigDecimal originalValue,
    LocalDate purchaseDate,
    String holderUnit,
    String warehouseGov,
    String status,
    String reservedBy,
    LocalDate disposedOn,
    String location) {

  public static final String IN_USE = "IN_USE";
  public static final String IDLE = "IDLE";
  public static final String IN_WAREHOUSE = "IN_WAREHOUSE";
  public static final String DISPOSED = "DISPOSED";

  public AssetCategory categoryEnum() {
    return AssetCategory.valueOf(category);
  }

  /**
   * In use or idle at a unit: the states from which a unit may hand an asset over or dispose of it.
   */
  public boolean heldByUnit() {
    return holderUnit != null && (IN_USE.equals(status) || IDLE.equals(status));
  }

  /** Where the asset is, as the movement log records it: a unit code or {@code warehouse:<gov>}. */
  public String holder() {
    return holderUnit != null ? holderUnit : "warehouse:" + warehouseGov;
  }

  public static String statusLabel(String status) {
    return switch (status) {
      case IN_USE -> "在用";
      case IDLE -> "闲置";
      case IN_WAREHOUSE -> "在公物仓";
      case DISPOSED -> "已处置";
      default -> status;
    };
  }
}
