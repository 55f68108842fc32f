package cn.affairs.approval.asset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 资产登记簿 and 公物仓 through HTTP: the bureau of the government keeps both, every change audited; units
 * read their own cards; another government and units writing get 403.
 */
@AffairsTest
class AssetRegisterApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired Cases cases;
  @Autowired AssetMapper register;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  static String freshCode() {
    return "T-" + (100000 + ThreadLocalRandom.current().nextInt(900000));
  }

  static Map<String, Object> card(String code, String unit, String warehouse) {
    Map<String, Object> card = new HashMap<>();
    card.put("code", code);
    card.put("category", "DESKTOP");
    card.put("name", "台式计算机");
    card.put("originalValue", "0.55");
    card.put("purchaseDate", "2022-03-01");
    card.put("unitCode", unit);
    card.put("warehouseGov", warehouse);
    card.put("location", "主楼 305 室");
    return card;
  }

  List<AuditEntry> auditOf(String subject) {
    return audit.find("REGISTER_ASSET", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  boolean listed(ApiClient client, String query, String code) {
    Response list = client.get("/api/registers/assets?" + query + "&size=200");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode row : list.get("items")) {
      if (row.get("code").asText().equals(code)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theBureauAddsCorrectsAndDeletesACardAndEveryChangeIsAudited() throws Exception {
    String code = freshCode();
    Response added = api.as("sx-asset").post("/api/registers/assets", card(code, "sx-jyt", null));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.get("statusLabel").asText()).isEqualTo("在用");
    assertThat(added.get("categoryLabel").asText()).isEqualTo("台式计算机");
    assertThat(added.get("location").asText()).isEqualTo("主楼 305 室");
    assertThat(listed(api.as("sx-jyt-staff"), "unit=sx-jyt", code)).isTrue();
    assertThat(api.as("sx-jyt-staff").get("/api/registers/assets?size=200").text()).contains(code);

    Map<String, Object> idle = card(code, "sx-jyt", null);
    idle.put("status", "IDLE");
    idle.put("location", "库房 B1");
    Response changed = api.as("sx-asset").put("/api/registers/assets/" + code, idle);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.get("statusLabel").asText()).isEqualTo("闲置");

    // into the warehouse of the same government: a correction of the holder
    Map<String, Object> stored = card(code, null, "sx");
    Response moved = api.as("sx-asset").put("/api/registers/assets/" + code, stored);
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    assertThat(moved.get("statusLabel").asText()).isEqualTo("在公物仓");
    assertThat(listed(api.as("sx-jyt-staff"), "warehouse=sx", code)).isTrue();
    assertThat(listed(api.as("sx-asset"), "unit=sx-jyt", code)).isFalse();

    assertThat(Multipart.delete(api.as("sx-asset"), "/api/registers/assets/" + code).status())
        .isEqualTo(204);
    assertThat(register.find(code)).isNull();

    List<AuditEntry> entries = auditOf("asset:" + code);
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .containsExactly(
            "删除资产 " + code, "修改资产 " + code, "修改资产 " + code, "登记资产 " + code + "（sx-jyt）");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("sx-asset");
              assertThat(e.govCode()).isEqualTo("sx");
            });
    JsonNode before = JSON.readTree(entries.get(2).beforeJson());
    JsonNode after = JSON.readTree(entries.get(2).afterJson());
    assertThat(before.get("status").asText()).isEqualTo("IN_USE");
    assertThat(after.get("status").asText()).isEqualTo("IDLE");
    assertThat(after.get("location").asText()).isEqualTo("库房 B1");
    assertThat(JSON.readTree(entries.get(1).afterJson()).get("warehouseGov").asText())
        .isEqualTo("sx");
    assertThat(entries.get(0).afterJson()).isNull();
    assertThat(entries.get(3).beforeJson()).isNull();
  }

  @Test
  void theUnitsOfTheRegistersNameTheirGovernmentInChinese() {
    JsonNode units = api.as("sx-asset").get("/api/registers/units").body();
    assertThat(units.findValuesAsText("code")).contains("sx-jyt", "sx-jtt");
    for (JsonNode unit : units) {
      assertThat(unit.get("govCode").asText()).isEqualTo("sx");
      assertThat(unit.get("govName").asText()).isEqualTo("山西省");
      assertThat(unit.get("keeps").asBoolean()).isTrue();
    }
    JsonNode own = api.as("sx-jyt-staff").get("/api/registers/units").body();
    assertThat(own.findValuesAsText("code")).containsExactly("sx-jyt");
    assertThat(own.get(0).get("govName").asText()).isEqualTo("山西省");
    assertThat(own.get(0).get("keeps").asBoolean()).isFalse();
  }

  @Test
  void unitsAndOtherGovernmentsMayNotChangeTheRegisterNorReadOtherUnits() {
    String code = freshCode();
    for (String user : List.of("sx-jyt-staff", "sx-jyt-head", "sx-finance", "sl-asset")) {
      assertThat(api.as(user).post("/api/registers/assets", card(code, "sx-jyt", null)).status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.as(user).post("/api/registers/assets", card(code, null, "sx")).status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(register.find(code)).isNull();
    Response added = api.as("sx-asset").post("/api/registers/assets", card(code, "sx-jyt", null));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(
            api.as("sx-jyt-staff")
                .put("/api/registers/assets/" + code, card(code, "sx-jyt", null))
                .status())
        .isEqualTo(403);
    assertThat(
            api.as("sl-asset")
                .put("/api/registers/assets/" + code, card(code, "sx-jyt", null))
                .status())
        .isEqualTo(403);
    assertThat(Multipart.delete(api.as("sl-reviewer"), "/api/registers/assets/" + code).status())
        .isEqualTo(403);
    assertThat(Multipart.delete(api.as("sx-jyt-head"), "/api/registers/assets/" + code).status())
        .isEqualTo(403);
    // reading: a unit its own cards only, another government neither cards nor warehouse
    assertThat(api.as("sx-jtt-staff").get("/api/registers/assets?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(api.as("sl-asset").get("/api/registers/assets?unit=sx-jyt").status()).isEqualTo(403);
    assertThat(api.as("sl-asset").get("/api/registers/assets?warehouse=sx").status())
        .isEqualTo(403);
    assertThat(
            Multipart.download(api.as("sl-asset"), "/api/registers/assets/export.xlsx?unit=sx-jyt")
                .statusCode())
        .isEqualTo(403);
    assertThat(listed(api.as("sx-reviewer"), "unit=sx-jyt", code)).isTrue();
    assertThat(auditOf("asset:" + code)).hasSize(1);
    assertThat(register.find(code).status()).isEqualTo("IN_USE");
  }

  @Test
  void badCardsAreRefusedWithEveryWrongFieldAndADuplicateCodeIs409() {
    Map<String, Object> bad = card("坏 编号", null, null);
    bad.put("category", "SOFA");
    bad.put("name", "");
    bad.put("originalValue", "-1");
    bad.put("purchaseDate", "2099-01-01");
    Response refused = api.as("sx-asset").post("/api/registers/assets", bad);
    assertThat(refused.status()).isEqualTo(400);
    JsonNode fields = refused.get("fields");
    assertThat(fields.get("code").asText()).contains("资产编号应为");
    assertThat(fields.get("unitCode").asText()).contains("请填写使用单位代码");
    assertThat(fields.get("category").asText()).contains("台式计算机");
    assertThat(fields.get("name").asText()).isEqualTo("请填写资产名称");
    assertThat(fields.get("originalValue").asText()).contains("原值应在");
    assertThat(fields.get("purchaseDate").asText()).contains("不能晚于今天");

    Map<String, Object> both = card(freshCode(), "sx-jyt", "sx");
    assertThat(api.as("sx-asset").post("/api/registers/assets", both).get("fields").get("unitCode"))
        .asString()
        .contains("只能填写一项");
    Map<String, Object> warehouseInUse = card(freshCode(), null, "sx");
    warehouseInUse.put("status", "IN_USE");
    assertThat(
            api.as("sx-asset")
                .post("/api/registers/assets", warehouseInUse)
                .get("fields")
                .get("status")
                .asText())
        .contains("在公物仓或已处置");

    Response duplicate =
        api.as("sx-asset").post("/api/registers/assets", card("JYT-TS17-001", "sx-jyt", null));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.get("message").asText()).contains("已在登记簿中");
  }

  @Test
  void aCardMovingInAPendingCaseKeepsItsHolderAndStatus() {
    String code = "JYT-TS17-002";
    Response submitted =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Map.of(
                    "processKey", "asset-transfer", "form", AssetForms.toWarehouse(List.of(code))));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String caseId = submitted.get("id").asText();

    Map<String, Object> disposed = card(code, "sx-jyt", null);
    disposed.put("status", "DISPOSED");
    Response refused = api.as("sx-asset").put("/api/registers/assets/" + code, disposed);
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.get("message").asText()).contains(caseId);
    assertThat(Multipart.delete(api.as("sx-asset"), "/api/registers/assets/" + code).status())
        .isEqualTo(409);
    assertThat(register.find(code).status()).isEqualTo("IN_USE");

    // the same card's location may still be corrected
    Map<String, Object> located = card(code, "sx-jyt", null);
    located.put("name", register.find(code).name());
    located.put("originalValue", "0.5");
    located.put("purchaseDate", "2017-09-01");
    Response changed = api.as("sx-asset").put("/api/registers/assets/" + code, located);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.get("pendingCase").asText()).isEqualTo(caseId);
  }
}
