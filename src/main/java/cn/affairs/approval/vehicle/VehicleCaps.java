package cn.affairs.approval.vehicle;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 公务用车配备价格和排气量上限 (config/standards.yml section vehicleCaps, from 《党政机关公务用车管理办法》 (2017) and the
 * rules on 执法执勤用车). A new-energy car (BEV, PHEV, FCEV) has no displacement cap. The national text
 * caps the price of 新能源轿车 (公务用车配备新能源轿车的，价格不得超过…); other body types keep the price cap of the same
 * type of fuel car. So the new-energy sedan cap holds for the categories of 轿车或者其他小型客车 ({@link
 * #SEDAN_CATEGORIES}, which the form does not split further), while the passenger buses
 * (SPECIAL_CASE, LARGE_BUS) and 特种专业技术用车 keep their category's price cap.
 *
 * <p>执法执勤用车 has two tiers: the general one (12 万元, 1.6L) and the upper one (18 万元, 1.8L) for a car
 * that special conditions (地理环境、执法任务) truly require. The form always carries a justification, but
 * whether it shows such a need is a judgement, not a figure: a car between the tiers is therefore a
 * WARN that puts the stated justification before the bureau's vehicle reviewer (机关事务管理部门（公务用车）审核),
 * whose approval accepts it; above the upper tier it FAILs.
 */
@Service
class VehicleCaps {

  static final String BASIS = "《党政机关公务用车管理办法》(2017) 及执法执勤用车配备使用管理办法 公务用车配备价格和排气量上限";
  static final String LOCAL_BASIS = "本级规定：特种专业技术用车价格和排气量上限（机关事务管理部门会同财政部门设定）";

  /** 大中型客车 (standards.yaml LARGE_BUS): priced on its own, with no displacement cap. */
  static final String LARGE_BUS = "LARGE_BUS";

  /** 确因工作需要的小型、中型客车 (standards.yaml SPECIAL_CASE): its caps hold only with a justification. */
  static final String SPECIAL_CASE = "SPECIAL_CASE";

  /**
   * The categories of 轿车或者其他小型客车 to which the new-energy sedan cap applies: 机要通信用车, 应急保障用车, 执法执勤用车
   * and 其他公务用车.
   */
  static final Set<String> SEDAN_CATEGORIES =
      Set.of("CONFIDENTIAL", "EMERGENCY", "LAW_ENFORCEMENT", "OTHER");

  /** One tier of caps; {@code displacement} null means no displacement cap. */
  record Tier(String key, String label, BigDecimal price, BigDecimal displacement) {}

  /** The caps for a car: the standard tier, and for 执法执勤用车 the justified upper tier. */
  record Caps(Tier standard, Tier justified) {}

  private final StandardsCatalogue catalogue;

  VehicleCaps(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  Caps of(String category, String energyType) {
    boolean newEnergy = VehicleForm.NEW_ENERGY.contains(energyType);
    if (newEnergy && SEDAN_CATEGORIES.contains(category)) {
      return new Caps(
          new Tier("NEV_SEDAN", "新能源汽车（按新能源轿车标准）", value("NEV_SEDAN.price"), null), null);
    }
    String label = VehiclePurchaseFamily.label("category", category);
    if (LARGE_BUS.equals(category) || newEnergy) {
      // 大中型客车 has a price cap only; a new-energy car of another body type keeps the price cap
      // of its category and has no displacement cap
      return new Caps(new Tier(category, label, value(category + ".price"), null), null);
    }
    Tier standard =
        new Tier(category, label, value(category + ".price"), value(category + ".displacement"));
    if ("LAW_ENFORCEMENT".equals(category)) {
      return new Caps(
          standard,
          new Tier(
              "LAW_ENFORCEMENT_JUSTIFIED",
              label + "（确有特殊需要）",
              value("LAW_ENFORCEMENT_JUSTIFIED.price"),
              value("LAW_ENFORCEMENT_JUSTIFIED.displacement")));
    }
    return new Caps(standard, null);
  }

  /**
   * Judges {@code price} (and {@code displacement} unless null) of the car the form describes.
   * {@code priceWord} names the price in the message, e.g. 申请价格 or 成交价格.
   */
  CheckOutcome assess(
      VehicleForm form, BigDecimal price, BigDecimal displacement, String priceWord) {
    Caps caps = of(form.category(), form.energyType());
    Tier standard = caps.standard();
    Map<String, Object> facts =
        facts(
            "category",
            form.category(),
            "energyType",
            form.energyType(),
            "price",
            price,
            "displacement",
            displacement,
            "tier",
            standard.key(),
            "priceCap",
            standard.price(),
            "displacementCap",
            standard.displacement());
    List<String> overStandard = exceeded(standard, price, displacement, priceWord);
    if (overStandard.isEmpty()) {
      if (SPECIAL_CASE.equals(standard.key())) {
        // the tier exists only for a car the work truly requires: the reviewer judges the reason
        facts.put("justification", form.justification());
        return CheckOutcome.warn(
            within(standard, price, displacement, priceWord)
                + "；该档次仅限确因工作需要配备，须经机关事务管理部门（公务用车）审核认可配备理由："
                + form.justification(),
            facts);
      }
      CheckOutcome pass =
          CheckOutcome.pass(within(standard, price, displacement, priceWord), facts);
      return "SPECIAL".equals(standard.key()) ? pass.citing(LOCAL_BASIS) : pass;
    }
    Tier justified = caps.justified();
    if (justified != null) {
      facts.put("justifiedTier", justified.key());
      facts.put("justifiedPriceCap", justified.price());
      facts.put("justifiedDisplacementCap", justified.displacement());
      facts.put("justification", form.justification());
      List<String> overJustified = exceeded(justified, price, displacement, priceWord);
      if (overJustified.isEmpty()) {
        return CheckOutcome.warn(
            String.join("；", overStandard)
                + "；未超过"
                + justified.label()
                + "的上限 "
                + caps(justified, displacement != null)
                + "，须经机关事务管理部门（公务用车）审核认可配备理由："
                + form.justification(),
            facts);
      }
      return CheckOutcome.fail(String.join("；", overJustified), facts);
    }
    CheckOutcome fail = CheckOutcome.fail(String.join("；", overStandard), facts);
    return "SPECIAL".equals(standard.key()) ? fail.citing(LOCAL_BASIS) : fail;
  }

  private static List<String> exceeded(
      Tier tier, BigDecimal price, BigDecimal displacement, String priceWord) {
    List<String> over = new ArrayList<>();
    if (price.compareTo(tier.price()) > 0) {
      over.add(
          priceWord
              + " "
              + plain(price)
              + " 万元，超过"
              + tier.label()
              + "价格上限 "
              + plain(tier.price())
              + " 万元");
    }
    if (displacement != null
        && tier.displacement() != null
        && displacement.compareTo(tier.displacement()) > 0) {
      over.add(
          "排气量 "
              + plain(displacement)
              + "L，超过"
              + tier.label()
              + "排气量上限 "
              + plain(tier.displacement())
              + "L");
    }
    return over;
  }

  private static String within(
      Tier tier, BigDecimal price, BigDecimal displacement, String priceWord) {
    String text =
        priceWord
            + " "
            + plain(price)
            + " 万元，未超过"
            + tier.label()
            + "价格上限 "
            + plain(tier.price())
            + " 万元";
    if (tier.displacement() == null) {
      return text + (LARGE_BUS.equals(tier.key()) ? "；大中型客车不设排气量上限" : "；新能源汽车不设排气量上限");
    }
    if (displacement == null) {
      return text;
    }
    return text + "；排气量 " + plain(displacement) + "L，未超过排气量上限 " + plain(tier.displacement()) + "L";
  }

  private static String caps(Tier tier, boolean withDisplacement) {
    return plain(tier.price())
        + " 万元"
        + (withDisplacement && tier.displacement() != null
            ? "、" + plain(tier.displacement()) + "L"
            : "");
  }

  private BigDecimal value(String key) {
    return catalogue.value("vehicleCaps." + key);
  }
}
