package cn.affairs.approval.officespace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
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
 * 办公用房登记簿 through HTTP: the bureau of the government keeps it (units' rows and its idle space),
 * every change audited with before and after; units read their own rows only; another government
 * neither reads nor writes.
 */
@AffairsTest
class OfficeSpaceRegisterApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired Cases cases;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  static String freshBuilding() {
    return "测试楼宇" + (1000 + ThreadLocalRandom.current().nextInt(9000)) + "号";
  }

  static Map<String, Object> space(String unit, String building, String tenure) {
    Map<String, Object> row = new HashMap<>();
    row.put("unitCode", unit);
    row.put("building", building);
    row.put("room", "3层 301-305");
    row.put("tenure", tenure);
    row.put("usableArea", "120.5");
    row.put("buildingArea", "180");
    row.put("endDate", "LEASED".equals(tenure) ? "2028-06-30" : null);
    return row;
  }

  List<AuditEntry> auditOf(String subject) {
    return audit.find("REGISTER_OFFICE_SPACE", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  boolean listed(ApiClient client, String query, String building) {
    Response list = client.get("/api/registers/office-space?" + query + "&size=200");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode row : list.get("items")) {
      if (row.get("building").asText().equals(building)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theBureauAddsCorrectsAndDeletesARowAndEveryChangeIsAudited() throws Exception {
    String building = freshBuilding();
    Response added =
        api.as("sx-reviewer")
            .post("/api/registers/office-space", space("sx-jyt", building, "LEASED"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.get("tenureLabel").asText()).isEqualTo("租用");
    assertThat(added.get("usableArea").decimalValue()).isEqualByComparingTo("120.5");
    assertThat(added.get("endDate").asText()).isEqualTo("2028-06-30");
    long id = added.get("id").asLong();
    assertThat(listed(api.as("sx-jyt-staff"), "unit=sx-jyt", building)).isTrue();
    assertThat(api.as("sx-jyt-head").get("/api/registers/office-space").text()).contains(building);

    Map<String, Object> corrected = space("sx-jyt", building, "BORROWED");
    corrected.put("usableArea", "110");
    Response changed = api.as("sx-reviewer").put("/api/registers/office-space/" + id, corrected);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.get("tenure").asText()).isEqualTo("BORROWED");
    assertThat(changed.get("endDate").isNull()).isTrue();

    assertThat(api.as("sx-reviewer").delete("/api/registers/office-space/" + id).status())
        .isEqualTo(204);
    assertThat(listed(api.as("sx-reviewer"), "unit=sx-jyt", building)).isFalse();

    List<AuditEntry> entries = auditOf("office-space:" + id);
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .containsExactly(
            "删除办公用房 " + building + " 3层 301-305（sx-jyt）",
            "修改办公用房 " + building + " 3层 301-305（sx-jyt）",
            "登记办公用房 " + building + " 3层 301-305（sx-jyt）");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("sx-reviewer");
              assertThat(e.govCode()).isEqualTo("sx");
              assertThat(e.at()).isNotNull();
            });
    assertThat(entries.get(2).beforeJson()).isNull();
    JsonNode before = JSON.readTree(entries.get(1).beforeJson());
    JsonNode after = JSON.readTree(entries.get(1).afterJson());
    assertThat(before.get("tenure").asText()).isEqualTo("LEASED");
    assertThat(before.get("usableArea").decimalValue()).isEqualByComparingTo("120.5");
    assertThat(after.get("tenure").asText()).isEqualTo("BORROWED");
    assertThat(after.get("usableArea").decimalValue()).isEqualByComparingTo("110");
    assertThat(JSON.readTree(entries.get(0).beforeJson()).get("building").asText())
        .isEqualTo(building);
    assertThat(entries.get(0).afterJson()).isNull();
  }

  @Test
  void banfa19_1_excessSpaceHandedOverBecomesTheBureausIdleSpaceAndLeaveTheUnitsArea() {
    String building = freshBuilding();
    Response added =
        api.as("sx-reviewer")
            .post("/api/registers/office-space", space("sx-jyt", building, "OWNED"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    long id = added.get("id").asLong();
    String path = "/api/registers/office-space/" + id + "/handover";
    // the ground is required and one of 第十九条第一款's
    Response noGround = api.as("sx-reviewer").post(path, Map.of("note", "超标部分"));
    assertThat(noGround.status()).isEqualTo(400);
    assertThat(noGround.get("fields").path("ground").asText()).startsWith("请选择移交依据");
    // only the bureau of the government records it
    Map<String, Object> excess = Map.of("ground", "EXCESS", "note", "超标准部分 3 层 301-305");
    assertThat(api.as("sx-jyt-staff").post(path, excess).status()).isEqualTo(403);
    assertThat(api.as("sl-reviewer").post(path, excess).status()).isEqualTo(403);
    // when
    Response handed = api.as("sx-reviewer").post(path, excess);
    // then: the bureau's idle space, no longer the unit's
    assertThat(handed.status()).as(handed.text()).isEqualTo(200);
    assertThat(handed.get("tenure").asText()).isEqualTo("IDLE");
    assertThat(handed.get("unitCode").isNull()).isTrue();
    assertThat(listed(api.as("sx-reviewer"), "idle=true", building)).isTrue();
    assertThat(listed(api.as("sx-reviewer"), "unit=sx-jyt", building)).isFalse();
    assertThat(auditOf("office-space:" + id))
        .anySatisfy(
            e -> assertThat(e.summary()).contains("移交办公用房", building, "超过规定面积标准占有、使用", "统一调配"));
    // handed over once: a second hand-over is a conflict
    Response again = api.as("sx-reviewer").post(path, excess);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("message").asText()).contains("已是机关事务管理部门的闲置办公用房");
  }

  @Test
  void banfa19_1_leasedSpaceIsNotTheGovernmentsAndIsNotHandedOverAsIdle() {
    String building = freshBuilding();
    long id =
        api.as("sx-reviewer")
            .post("/api/registers/office-space", space("sx-jyt", building, "LEASED"))
            .get("id")
            .asLong();
    Response refused =
        api.as("sx-reviewer")
            .post(
                "/api/registers/office-space/" + id + "/handover",
                Map.of("ground", "REORGANISATION"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.get("message").asText()).contains("为租用，不属于本级政府");
    assertThat(listed(api.as("sx-reviewer"), "unit=sx-jyt", building)).isTrue();
  }

  @Test
  void idleSpaceIsTheBureausOwnAndListedForThoseWhoSeeTheGovernment() {
    String building = freshBuilding();
    Map<String, Object> idle = space(null, building, "IDLE");
    Response added = api.as("sx-asset").post("/api/registers/office-space", idle);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.get("unitCode").isNull()).isTrue();
    assertThat(added.get("govCode").asText()).isEqualTo("sx");
    assertThat(listed(api.as("sx-finance"), "idle=true", building)).isTrue();
    assertThat(listed(api.as("sx-reviewer"), "idle=true", building)).isTrue();
    assertThat(api.as("sx-jyt-staff").get("/api/registers/office-space?idle=true").status())
        .isEqualTo(403);
    assertThat(
            api.as("sl-reviewer")
                .get("/api/registers/office-space?idle=true&government=sx")
                .status())
        .isEqualTo(403);
    assertThat(auditOf("office-space:" + added.get("id").asLong()))
        .singleElement()
        .satisfies(e -> assertThat(e.summary()).contains("闲置，山西省机关事务管理部门"));
  }

  @Test
  void unitsAndAnotherGovernmentMayNeitherChangeTheRegisterNorReadOtherUnits() {
    String building = freshBuilding();
    for (String user : List.of("sx-jyt-staff", "sx-jyt-head", "sx-finance", "sl-reviewer")) {
      assertThat(
              api.as(user)
                  .post("/api/registers/office-space", space("sx-jyt", building, "OWNED"))
                  .status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(
            api.as("sl-reviewer")
                .post("/api/registers/office-space", space(null, building, "IDLE"))
                .status())
        .isEqualTo(201); // its own government's idle space
    Response added =
        api.as("sx-reviewer")
            .post("/api/registers/office-space", space("sx-jyt", building, "OWNED"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    long id = added.get("id").asLong();
    Map<String, Object> change = space("sx-jyt", building, "OWNED");
    assertThat(api.as("sx-jyt-staff").put("/api/registers/office-space/" + id, change).status())
        .isEqualTo(403);
    assertThat(api.as("sl-reviewer").put("/api/registers/office-space/" + id, change).status())
        .isEqualTo(403);
    assertThat(api.as("sx-jyt-head").delete("/api/registers/office-space/" + id).status())
        .isEqualTo(403);
    assertThat(api.as("sl-reviewer").delete("/api/registers/office-space/" + id).status())
        .isEqualTo(403);
    assertThat(api.as("sx-jtt-staff").get("/api/registers/office-space?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(api.as("sl-reviewer").get("/api/registers/office-space?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(auditOf("office-space:" + id)).hasSize(1);
    assertThat(listed(api.as("sx-jyt-staff"), "unit=sx-jyt", building)).isTrue();
  }

  @Test
  void badRowsAreRefusedWithEveryWrongFieldAndATakenPlaceIs409() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("unitCode", "sx-jyt");
    bad.put("building", "");
    bad.put("tenure", "LEASED");
    bad.put("usableArea", "-3");
    bad.put("buildingArea", "很大");
    bad.put("endDate", null);
    Response refused = api.as("sx-reviewer").post("/api/registers/office-space", bad);
    assertThat(refused.status()).isEqualTo(400);
    JsonNode fields = refused.get("fields");
    assertThat(fields.get("building").asText()).isEqualTo("请填写楼宇名称");
    assertThat(fields.get("usableArea").asText()).contains("使用面积应大于0");
    assertThat(fields.get("buildingArea").asText()).contains("建筑面积应为数字");
    assertThat(fields.get("endDate").asText()).isEqualTo("租用办公用房须填写租期到期日期");

    Map<String, Object> small = space("sx-jyt", freshBuilding(), "OWNED");
    small.put("buildingArea", "100");
    small.put("endDate", "2030-01-01");
    Response smaller = api.as("sx-reviewer").post("/api/registers/office-space", small);
    assertThat(smaller.get("fields").get("buildingArea").asText()).isEqualTo("建筑面积不能小于使用面积");
    assertThat(smaller.get("fields").get("endDate").asText()).contains("没有到期日期");

    Map<String, Object> idleWithUnit = space("sx-jyt", freshBuilding(), "IDLE");
    assertThat(
            api.as("sx-reviewer")
                .post("/api/registers/office-space", idleWithUnit)
                .get("fields")
                .get("unitCode")
                .asText())
        .contains("不填使用单位");
    Response nonAgency =
        api.as("sx-reviewer")
            .post("/api/registers/office-space", space("sx-czt", freshBuilding(), "OWNED"));
    assertThat(nonAgency.get("fields").get("unitCode").asText()).contains("不是申请单位");

    Map<String, Object> taken = space("sx-jyt", "省教育厅办公楼", "OWNED");
    taken.put("room", "");
    Response duplicate = api.as("sx-reviewer").post("/api/registers/office-space", taken);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.get("message").asText()).isEqualTo("办公用房 省教育厅办公楼 已在登记簿中");
  }
}
