package cn.affairs.approval.asset;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The asset register of the demo data (config/demo/assets.yml). A batch is one purchase: a code
 * prefix, a count, a purchase date and a unit value, held by a unit ({@code unit}) or by the
 * warehouse of a government ({@code warehouse}); the loader expands it into one card per asset,
 * numbered from 001. {@code idle} marks that many of a unit's batch (the last ones) as idle.
 */
@Component
class AssetDemoData implements DemoDataSection {

  private final AssetMapper register;

  AssetDemoData(AssetMapper register) {
    this.register = register;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public void clearRegisters() {
    register.deleteMovements();
    register.deleteAll();
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode batch : demo.path("assets")) {
      AssetCategory category = AssetCategory.valueOf(batch.get("category").asText());
      String name = batch.hasNonNull("name") ? batch.get("name").asText() : category.label();
      String unit = batch.hasNonNull("unit") ? batch.get("unit").asText() : null;
      String warehouse = batch.hasNonNull("warehouse") ? batch.get("warehouse").asText() : null;
      if ((unit == null) == (warehouse == null)) {
        throw new IllegalStateException(
            "资产批次 " + batch.get("codePrefix").asText() + " 须由一个单位或一个公物仓持有");
      }
      int count = batch.get("count").asInt();
      int idle = batch.path("idle").asInt(0);
      LocalDate purchased = LocalDate.parse(batch.get("purchaseDate").asText());
      for (int i = 1; i <= count; i++) {
        String status =
            warehouse != null ? Asset.IN_WAREHOUSE : i > count - idle ? Asset.IDLE : Asset.IN_USE;
        register.insert(
            new Asset(
                batch.get("codePrefix").asText() + String.format("%03d", i),
                category.name(),
                name,
                batch.get("value").decimalValue(),
                purchased,
                unit,
                warehouse,
                status,
                null,
                null,
                null));
      }
    }
  }
}
