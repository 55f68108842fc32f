package cn.affairs.approval.officespace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.ibatis.annotations.AutomapConstructor;

/**
 * A row of the office-space register (办公用房登记簿): a building, or rooms of it, held by a unit or idle
 * with the bureau. {@code unitCode} is null for idle space the bureau holds ({@link #IDLE}); {@code
 * area} is the usable office-room area (使用面积, ㎡) the standard counts, {@code buildingArea} the
 * building area (建筑面积, ㎡) where it is known; {@code ownership} is the tenure: {@link #OWNED},
 * {@link #LEASED} (with its end date), {@link #BORROWED} (an end date if agreed) or {@link #IDLE}.
 * {@code sourceApplication} names the case that entered the row.
 */
public record OfficeSpace(
    Long id,
    String govCode,
    String unitCode,
    String building,
    String room,
    BigDecimal area,
    BigDecimal buildingArea,
    String ownership,
    LocalDate endDate,
    String sourceApplication) {

  public static final String OWNED = "OWNED";
  public static final String LEASED = "LEASED";
  public static final String BORROWED = "BORROWED";
  public static final String IDLE = "IDLE";

  /** The tenures and the words users read, in the order the page offers them. */
  public static final Map<String, String> TENURES =
      Map.of(OWNED, "自有", LEASED, "租用", BORROWED, "借用", IDLE, "闲置");

  @AutomapConstructor
  public OfficeSpace {}

  /** A row without room and building area (the whole building; as cases and tests enter them). */
  public OfficeSpace(
      Long id,
      String govCode,
      String unitCode,
      String building,
      BigDecimal area,
      String ownership,
      LocalDate endDate,
      String sourceApplication) {
    this(id, govCode, unitCode, building, "", area, null, ownership, endDate, sourceApplication);
  }

  /** Counts in the unit's office-room area on {@code day}: held, and not ended before it. */
  public boolean heldOn(LocalDate day) {
    return !IDLE.equals(ownership) && (endDate == null || !endDate.isBefore(day));
  }

  public static String tenureLabel(String tenure) {
    return TENURES.getOrDefault(tenure, tenure);
  }
}
