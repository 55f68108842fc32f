package cn.affairs.approval.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.ConstructionForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The options of register-backed fields ({@code GET /api/form-options/{source}}), the schema
 * annotations that name them, and the before → after of a plan change on its case (api.md, Form
 * options).
 */
@AffairsTest
class FormOptionsApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  @Test
  void theSchemaNamesTheSourceOfEveryRegisterBackedField() {
    JsonNode plan = api.as("sx-jyt-staff").get("/api/processes/plan-change/form").get("schema");
    JsonNode itemId = plan.at("/properties/changes/items/properties/itemId/x-options-source");
    assertThat(itemId.path("source").asText()).isEqualTo("plan-items");
    assertThat(itemId.path("parameters").get(0).asText()).isEqualTo("year");
    assertThat(itemId.path("compare").asText()).isEqualTo("newAmount");
    JsonNode vehicle =
        api.as("sx-jyt-staff").get("/api/processes/vehicle-purchase/form").get("schema");
    assertThat(vehicle.at("/properties/replacedPlate/x-options-source/source").asText())
        .isEqualTo("unit-vehicles");
    JsonNode asset = api.as("sx-jyt-staff").get("/api/processes/asset-transfer/form").get("schema");
    assertThat(asset.at("/properties/assets/x-options-source/source").asText())
        .isEqualTo("unit-assets");
    assertThat(
            asset
                .at("/properties/requests/items/properties/category/x-options-source/source")
                .asText())
        .isEqualTo("warehouse-stock");
  }

  @Test
  void planItemsOfTheUnitsPlanWithTheirCurrentAmountsTotalAndCeiling() {
    JsonNode set = api.as("sx-jyt-staff").get("/api/form-options/plan-items?year=2026").body();
    assertThat(labels(set)).containsExactly("机关运行经费", "办公楼日常维护", "公务用车运行维护", "办公设备购置");
    JsonNode operations = set.get("options").get(0);
    assertThat(operations.path("detail").asText()).isEqualTo("机关运行经费");
    assertThat(operations.path("amount").decimalValue()).isEqualByComparingTo("300");
    assertThat(operations.path("unit").asText()).isEqualTo("万元");
    assertThat(figure(set, "total")).isEqualTo("420");
    assertThat(figure(set, "ceiling")).isEqualTo("500");

    // another unit sees its own plan only; a year without a plan offers nothing
    assertThat(labels(api.as("sx-jtt-staff").get("/api/form-options/plan-items?year=2026").body()))
        .containsExactly("机关运行经费", "公务用车运行维护");
    assertThat(api.as("sx-jyt-staff").get("/api/form-options/plan-items?year=2019").get("options"))
        .isEmpty();
    ApiClient.Response bad = api.as("sx-jyt-staff").get("/api/form-options/plan-items?year=二〇二六");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.get("fields").path("year").asText()).contains("请输入数字");
  }

  @Test
  void theUnitsOwnCarsInUseAssetsAndTheWarehouseStock() {
    JsonNode cars = api.as("sx-jyt-staff").get("/api/form-options/unit-vehicles").body();
    List<String> plates = values(cars);
    assertThat(plates).contains("晋A·J0001", "晋A·J0006").doesNotContain("晋A·J9001", "晋A·T0001");
    assertThat(cars.get("options").get(0).path("label").asText())
        .isEqualTo("晋A·J0001 大众 帕萨特 1.8TSI");
    assertThat(cars.get("options").get(0).path("detail").asText())
        .contains("其他公务用车")
        .contains("2016-03-15 购置");

    JsonNode assets = api.as("sx-jyt-staff").get("/api/form-options/unit-assets").body();
    assertThat(assets.get("options")).hasSize(100);
    assertThat(values(assets)).allMatch(code -> code.startsWith("JYT-"));

    JsonNode stock = api.as("sx-jyt-staff").get("/api/form-options/warehouse-stock").body();
    Map<String, String> details = new LinkedHashMap<>();
    stock
        .get("options")
        .forEach(o -> details.put(o.get("value").asText(), o.get("detail").asText()));
    assertThat(details)
        .containsEntry("DESKTOP", "公物仓可调剂 12")
        .containsEntry("LAPTOP", "公物仓可调剂 5")
        .containsEntry("DESK", "公物仓暂无可调剂");
  }

  @Test
  void onlyAUnitsStaffReadsOptionsAndUnknownSourcesAre404() {
    assertThat(api.as("sx-reviewer").get("/api/form-options/unit-vehicles").status())
        .isEqualTo(403);
    ApiClient.Response unknown = api.as("sx-jyt-staff").get("/api/form-options/nothing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.get("message").asText()).contains("nothing");
  }

  @Test
  void aPlanChangeCaseShowsEachLineBeforeAndAfterAndWarnsOfACut() {
    String id =
        cases.start(
            "sx-jyt-staff",
            "plan-change",
            Map.of(
                "year",
                2026,
                "changes",
                List.of(
                    Map.of("itemId", itemId("机关运行经费"), "newAmount", 50),
                    Map.of("category", "ENERGY", "description", "节能灯具更换", "newAmount", 30)),
                "reason",
                "压减运行经费，用于节能改造",
                "emergency",
                false));
    JsonNode detail = api.as("sx-jyt-staff").get("/api/applications/" + id).body();
    JsonNode comparison = detail.get("comparison");
    assertThat(comparison.path("title").asText()).isEqualTo("2026 年度保障计划调整前后对比");
    JsonNode cut = comparison.get("lines").get(0);
    assertThat(cut.path("label").asText()).isEqualTo("机关运行经费");
    assertThat(cut.path("before").decimalValue()).isEqualByComparingTo("300");
    assertThat(cut.path("after").decimalValue()).isEqualByComparingTo("50");
    assertThat(cut.path("difference").decimalValue()).isEqualByComparingTo("-250");
    assertThat(cut.path("decrease").asBoolean()).isTrue();
    JsonNode added = comparison.get("lines").get(1);
    assertThat(added.path("label").asText()).isEqualTo("节能灯具更换");
    assertThat(added.path("detail").asText()).isEqualTo("节能改造 · 新增项目");
    assertThat(added.path("decrease").asBoolean()).isFalse();
    Map<String, String> figures = new LinkedHashMap<>();
    comparison
        .get("figures")
        .forEach(
            f ->
                figures.put(
                    f.get("name").asText(),
                    f.get("value").decimalValue().stripTrailingZeros().toPlainString()));
    assertThat(figures).containsEntry("totalBefore", "420").containsEntry("ceiling", "500");
    assertThat(new java.math.BigDecimal(figures.get("totalAfter"))).isEqualByComparingTo("200");
    assertThat(comparison.get("warnings").get(0).asText())
        .isEqualTo("“机关运行经费”调减 250 万元（300 → 50 万元）");

    // the form's item id reads as the item's name
    assertThat(detail.at("/valueLabels/itemId/" + itemId("机关运行经费")).asText()).isEqualTo("机关运行经费");
    // a family that changes no register figures has no comparison
    String construction =
        cases.start("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(30));
    assertThat(
            api.as("sx-jyt-staff")
                .get("/api/applications/" + construction)
                .body()
                .has("comparison"))
        .isFalse();
  }

  private long itemId(String description) {
    JsonNode set = api.as("sx-jyt-staff").get("/api/form-options/plan-items?year=2026").body();
    for (JsonNode o : set.get("options")) {
      if (o.get("label").asText().equals(description)) {
        return o.get("value").asLong();
      }
    }
    throw new AssertionError("no item " + description);
  }

  @Test
  void theConstructionAndLeaseFormsShowTheUnitsOfficeAreaAgainstItsStandard() {
    for (String key : List.of("office-space-construction", "office-space-lease")) {
      JsonNode schema = api.as("sx-jyt-staff").get("/api/processes/" + key + "/form").get("schema");
      assertThat(schema.path("x-context").get(0).asText()).as(key).isEqualTo("unit-office-space");
    }
    // 省教育厅: 850㎡ in the register; staffing 正厅局级 1×30 + 副厅局级 4×24 + 正处级 12×18 + 副处级 15×12
    // + 处级以下 40×9 = 882㎡ (《党政机关办公用房建设标准》)
    JsonNode set = api.as("sx-jyt-staff").get("/api/form-options/unit-office-space").body();
    assertThat(figure(set, "currentArea")).isEqualTo("850");
    assertThat(figure(set, "standardArea")).isEqualTo("882");
    assertThat(figure(set, "roomArea")).isEqualTo("32");
    assertThat(labels(set)).containsExactly("正厅局级", "副厅局级", "正处级", "副处级", "处级以下");
    assertThat(set.get("options").findValuesAsText("detail"))
        .contains("15人×12㎡=180㎡", "1人×30㎡=30㎡");
    // 省交通运输厅: its own register row and staffing
    JsonNode other = api.as("sx-jtt-staff").get("/api/form-options/unit-office-space").body();
    assertThat(figure(other, "currentArea")).isEqualTo("1300");
  }

  @Test
  void theAssetFormShowsTheUnitsHoldingsAgainstItsCapPerCategory() {
    JsonNode schema =
        api.as("sx-jyt-staff").get("/api/processes/asset-transfer/form").get("schema");
    assertThat(schema.path("x-context").get(0).asText()).isEqualTo("unit-asset-holdings");
    // 省教育厅, 72 posts: 70 desktops against 72 (1.0 per post), 30 laptops against 36 (0.5 per
    // post), no copier against 4 (one per started 20 posts); 财资〔2016〕27号
    JsonNode set = api.as("sx-jyt-staff").get("/api/form-options/unit-asset-holdings").body();
    assertThat(figure(set, "staff")).isEqualTo("72");
    Map<String, String> lines = new LinkedHashMap<>();
    set.get("options")
        .forEach(
            o ->
                lines.put(
                    o.get("value").asText(),
                    o.get("amount").asInt()
                        + "/"
                        + (o.has("limit") ? o.get("limit").asText() : "-")));
    assertThat(lines).containsEntry("DESKTOP", "70/72").containsEntry("LAPTOP", "30/36");
    assertThat(lines).containsEntry("COPIER", "0/4");
    assertThat(set.get("options").get(0).path("limitBasis").asText()).isEqualTo("编制 72 人 × 1 台/人");
    assertThat(api.as("sx-reviewer").get("/api/form-options/unit-asset-holdings").status())
        .isEqualTo(403);
  }

  @Test
  void theAutomaticStepsOfACaseAreNamedAsTheDiagramNamesThem() {
    String id =
        cases.start("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(30));
    JsonNode steps = api.as("sx-jyt-staff").get("/api/applications/" + id).get("automaticSteps");
    Map<String, String> byKey = new LinkedHashMap<>();
    steps.forEach(s -> byKey.put(s.get("stepKey").asText(), s.get("step").asText()));
    assertThat(byKey).containsEntry("Task_CheckOfficeRoomArea", "审查办公室用房面积");
    assertThat(byKey).containsEntry("Task_CheckUsableAreaCoefficient", "审查使用面积系数");
    for (JsonNode step : steps) {
      assertThat(step.get("step").asText()).doesNotContain("Task_");
      assertThat(step.get("at").asText()).isNotBlank();
      if (step.get("stepKey").asText().equals("Task_CheckOfficeRoomArea")) {
        assertThat(step.get("outcome").asText()).startsWith("办公室用房面积：符合。");
      }
    }
    // the people's record is unchanged: the submission only
    assertThat(api.as("sx-jyt-staff").get("/api/applications/" + id).get("timeline")).hasSize(1);
  }

  private static List<String> labels(JsonNode set) {
    List<String> labels = new ArrayList<>();
    set.get("options").forEach(o -> labels.add(o.get("label").asText()));
    return labels;
  }

  private static List<String> values(JsonNode set) {
    List<String> values = new ArrayList<>();
    set.get("options").forEach(o -> values.add(o.get("value").asText()));
    return values;
  }

  private static String figure(JsonNode set, String name) {
    for (JsonNode f : set.get("figures")) {
      if (f.get("name").asText().equals(name)) {
        return f.get("value").decimalValue().stripTrailingZeros().toPlainString();
      }
    }
    throw new AssertionError("no figure " + name);
  }
}
