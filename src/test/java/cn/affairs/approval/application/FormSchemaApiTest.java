package cn.affairs.approval.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.FormCorpus;
import cn.affairs.approval.testing.FormCorpus.Wrong;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The schema the portal receives and the server's own validation agree: for one valid form of every
 * family and a corpus of wrong ones generated from the served schema itself (each field missing, of
 * the wrong type, out of its range, too long, with a control character, not one of its options, a
 * bad date; each rule across fields broken), the served schema rejects exactly the forms the server
 * rejects, and the server names the field with the message the schema carries for it.
 */
@AffairsTest
class FormSchemaApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired ObjectMapper json;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  @Test
  void theServedSchemaAndTheServerAgreeOnValidAndInvalidFormsOfEveryFamily() {
    int tried = 0;
    for (Map.Entry<String, String> family : validForms().entrySet()) {
      String key = family.getKey();
      ObjectNode valid = (ObjectNode) read(family.getValue());
      JsonNode served = api.as("sx-jyt-staff").get("/api/processes/" + key + "/form").get("schema");
      Schema schema = FormSchema.compile(served);

      assertThat(FormSchema.validate(schema, valid))
          .as("%s: the valid form passes the served schema", key)
          .isEmpty();
      Response accepted = submit(key, valid);
      assertThat(accepted.status())
          .as("%s: the server accepts it: %s", key, accepted.text())
          .isEqualTo(201);

      List<Wrong> corpus = new FormCorpus(json).wrongForms(served, valid);
      assertThat(corpus).as(key).hasSizeGreaterThan(10);
      for (Wrong wrong : corpus) {
        assertThat(FormSchema.validate(schema, wrong.form()))
            .as("%s, %s: the served schema refuses it", key, wrong.what())
            .isNotEmpty();
        Response refused = submit(key, wrong.form());
        assertThat(refused.status())
            .as("%s, %s: %s", key, wrong.what(), refused.text())
            .isEqualTo(400);
        assertThat(refused.get("fields").path(wrong.path()).asText(null))
            .as("%s, %s: the server's message is the schema's", key, wrong.what())
            .isEqualTo(wrong.message());
        tried++;
      }
    }
    System.out.println(
        "FormSchemaApiTest: " + tried + " wrong forms over " + validForms().size() + " families");
    assertThat(tried).isGreaterThan(100);
  }

  @Test
  void theServedSchemaCarriesLabelsUnitsOptionsAndRanges() {
    JsonNode schema =
        api.as("sx-jyt-staff").get("/api/processes/office-space-lease/form").get("schema");
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    JsonNode rent = schema.get("properties").get("annualRent");
    assertThat(rent.get("title").asText()).isEqualTo("年租金");
    assertThat(rent.get("x-unit").asText()).isEqualTo("万元");
    assertThat(rent.get("exclusiveMinimum").asInt()).isZero();
    assertThat(rent.get("maximum").decimalValue()).isEqualByComparingTo(FormSchema.DEFAULT_MAX);
    assertThat(schema.get("properties").get("mode").get("x-options").findValuesAsText("label"))
        .containsExactly("租用", "借用", "置换");
    assertThat(schema.get("allOf").findValuesAsText("message")).contains("租用办公用房须填写年租金");
  }

  /** The vehicle tiers of standards.yaml as categories of the vehicle form, in Chinese. */
  @Test
  void banfa23_theVehicleFormOffersTheSpecialCaseAndLargeBusCategories() {
    JsonNode category =
        api.as("sx-jyt-staff")
            .get("/api/processes/vehicle-purchase/form")
            .get("schema")
            .get("properties")
            .get("category");
    assertThat(category.get("enum").toString()).contains("\"SPECIAL_CASE\"", "\"LARGE_BUS\"");
    assertThat(category.get("x-options").findValuesAsText("label"))
        .contains("确因工作需要的小型、中型客车", "大中型客车");
  }

  // ---- the corpus --------------------------------------------------------------------------

  private Map<String, String> validForms() {
    int thisYear = LocalDate.now().getYear();
    return Map.of(
        "office-space-construction",
            """
            {"projectType":"EXPANSION","projectName":"办公楼扩建工程","location":"太原市迎泽区",
             "addedOfficeRoomArea":30,"addedBasicOfficeArea":30,"addedBuildingArea":50,"estimatedCost":300,"fundingSource":"FISCAL",
             "necessity":"编制增加，现有用房不足","usesAgencyLand":false}""",
        "office-space-lease",
            """
            {"mode":"LEASE","area":20,"location":"太原市小店区","counterparty":"某物业公司","termMonths":24,
             "annualRent":12,"use":"OFFICE","reason":"临时周转"}""",
        "office-repair",
            """
            {"building":"综合办公楼","repairType":"ROUTINE","reasons":["AGING"],"items":"更换走廊灯具",
             "affectedArea":800,"estimatedCost":5,"buildingCompletedYear":%d}"""
                .formatted(thisYear - 30),
        "vehicle-purchase",
            """
            {"acquisitionType":"NEW","category":"OTHER","brand":"比亚迪","model":"秦PLUS EV","madeInChina":true,
             "domesticBrand":true,"energyType":"BEV","price":15,"source":"PURCHASE",
             "justification":"业务量增加，现有车辆不能满足公务出行需要"}""",
        "plan-change",
            """
            {"year":2026,"changes":[{"category":"OPERATIONS","description":"实验设备","newAmount":10}],
             "reason":"新学期实验设备需求增加","emergency":false}""",
        "asset-transfer",
            """
            {"transferType":"FROM_WAREHOUSE","requests":[{"category":"DESKTOP","quantity":2}],
             "reason":"新增编制人员办公需要"}""",
        "annual-plan",
            """
            {"year":%d,"needs":[{"category":"OPERATIONS","description":"机关运行经费","amount":300,
             "basis":"机关运行经费定额标准"},{"category":"VEHICLES","description":"公务用车更新","amount":30,
             "basis":"公务用车配备标准","quantity":0}],"situation":"现有办公用房 1300㎡"}"""
                .formatted(thisYear + 1));
  }

  private Response submit(String key, JsonNode form) {
    ObjectNode body = json.createObjectNode();
    body.put("processKey", key);
    body.set("form", form);
    return api.as("sx-jtt-staff").post("/api/applications", body);
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
