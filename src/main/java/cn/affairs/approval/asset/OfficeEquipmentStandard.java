package cn.affairs.approval.asset;

import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The quantity caps and minimum service lives of 《中央行政单位通用办公设备家具配置标准》 (财资〔2016〕27号), read from
 * config/standards.yml section {@code officeEquipment}.
 */
@Service
public class OfficeEquipmentStandard {

  static final String SECTION = "officeEquipment";

  /** The most a unit of {@code staff} may hold of a category, and how it was worked out. */
  public record Cap(int quantity, String formula) {}

  private final StandardsCatalogue catalogue;

  OfficeEquipmentStandard(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The cap for a unit with {@code staff} posts, or empty when the standard sets no quantity for
   * the category. Per-person figures round down (a cap is never exceeded); the copier rule counts
   * every started group of 20 staff up to 100, then every started group of 30, so that a unit of
   * fewer than 20 still has one.
   */
  public Optional<Cap> cap(AssetCategory category, int staff) {
    String perStaff = SECTION + "." + category.name() + ".quantityPerStaff";
    if (catalogue.has(perStaff)) {
      BigDecimal ratio = catalogue.value(perStaff);
      int quantity =
          ratio.multiply(BigDecimal.valueOf(staff)).setScale(0, RoundingMode.FLOOR).intValueExact();
      return Optional.of(
          new Cap(
              quantity, "编制 " + staff + " 人 × " + plain(ratio) + " " + category.measure() + "/人"));
    }
    String upTo100 = SECTION + "." + category.name() + ".staffPerUnitUpTo100";
    String above100 = SECTION + "." + category.name() + ".staffPerUnitAbove100";
    if (catalogue.has(upTo100) && catalogue.has(above100)) {
      int first = catalogue.value(upTo100).intValueExact();
      int then = catalogue.value(above100).intValueExact();
      int base = Math.min(staff, 100);
      int rest = Math.max(staff - 100, 0);
      int quantity = Math.max(1, ceilDiv(base, first) + ceilDiv(rest, then));
      String formula =
          "编制 "
              + staff
              + " 人，100 人以内每 "
              + first
              + " 人 1 "
              + category.measure()
              + (rest > 0 ? "、超过 100 人的部分每 " + then + " 人 1 " + category.measure() : "");
      return Optional.of(new Cap(quantity, formula));
    }
    return Optional.empty();
  }

  /** The minimum service life in years before an asset of the category may be disposed of. */
  public int minLifeYears(AssetCategory category) {
    return catalogue.value(SECTION + "." + category.name() + ".minLifeYears").intValueExact();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
