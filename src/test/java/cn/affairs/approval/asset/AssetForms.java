package cn.affairs.approval.asset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Forms and register rows of asset-transfer tests, on the demo data (config/demo/assets.yml). */
final class AssetForms {

  private AssetForms() {}

  /** Codes {@code prefix + 001..} of a demo batch, e.g. {@code codes("JYT-TS17-", 26, 30)}. */
  static List<String> codes(String prefix, int from, int to) {
    List<String> codes = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      codes.add(prefix + String.format("%03d", i));
    }
    return codes;
  }

  @SafeVarargs
  static List<String> concat(List<String>... lists) {
    List<String> all = new ArrayList<>();
    Arrays.stream(lists).forEach(all::addAll);
    return all;
  }

  static Map<String, Object> toWarehouse(List<String> codes) {
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "TO_WAREHOUSE");
    form.put("assets", codes);
    form.put("reason", "人员调整后闲置，移交公物仓统一调剂");
    return form;
  }

  static Map<String, Object> disposal(List<String> codes, boolean damaged) {
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "DISPOSAL");
    form.put("assets", codes);
    form.put("damagedBeyondRepair", damaged);
    form.put("reason", "设备老化，无法继续使用");
    return form;
  }

  /** {@code fromWarehouse("DESKTOP", 2, "COPIER", 1)}. */
  static Map<String, Object> fromWarehouse(Object... categoriesAndQuantities) {
    List<Map<String, Object>> requests = new ArrayList<>();
    for (int i = 0; i + 1 < categoriesAndQuantities.length; i += 2) {
      requests.add(
          Map.of(
              "category", categoriesAndQuantities[i], "quantity", categoriesAndQuantities[i + 1]));
    }
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "FROM_WAREHOUSE");
    form.put("requests", requests);
    form.put("reason", "新增编制人员办公需要");
    return form;
  }

  static Asset unitAsset(
      String code,
      String unit,
      AssetCategory category,
      LocalDate purchased,
      String value,
      String status) {
    return new Asset(
        code,
        category.name(),
        category.label(),
        new BigDecimal(value),
        purchased,
        unit,
        null,
        status,
        null,
        null,
        null);
  }

  static Asset warehouseAsset(
      String code, String gov, AssetCategory category, LocalDate purchased, String value) {
    return new Asset(
        code,
        category.name(),
        category.label(),
        new BigDecimal(value),
        purchased,
        null,
        gov,
        Asset.IN_WAREHOUSE,
        null,
        null,
        null);
  }
}
