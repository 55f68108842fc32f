package cn.affairs.approval.orgadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Governments through HTTP: an admin adds, renames and deactivates them, every change audited with
 * before and after; nobody else may; a government with active units is not deactivated, nor does a
 * deactivated one take new units.
 */
@AffairsTest
class GovernmentAdminApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  static String fresh() {
    return "gov-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> government(String code, String name, String level) {
    Map<String, Object> g = new HashMap<>();
    g.put("code", code);
    g.put("name", name);
    g.put("level", level);
    return g;
  }

  List<AuditEntry> auditOf(String subject) {
    return audit.find("ORG_GOVERNMENT", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  JsonNode listed(String code) {
    for (JsonNode g : api.as("admin").get("/api/admin/governments").body()) {
      if (g.get("code").asText().equals(code)) {
        return g;
      }
    }
    return null;
  }

  @Test
  void anAdminAddsRenamesAndDeactivatesAGovernmentAndEveryChangeIsAudited() throws Exception {
    String code = fresh();
    Response added =
        api.as("admin").post("/api/admin/governments", government(code, "新设县", "COUNTY"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.get("levelName").asText()).isEqualTo("县级");
    assertThat(added.get("active").asBoolean()).isTrue();
    assertThat(added.get("ranks").get(0).asText()).isEqualTo("县级正职");

    Response renamed =
        api.as("admin").put("/api/admin/governments/" + code, Map.of("name", "新设县（更名）"));
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    assertThat(renamed.get("level").asText()).isEqualTo("COUNTY");
    Response deactivated =
        api.as("admin").put("/api/admin/governments/" + code, Map.of("active", false));
    assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(200);
    assertThat(listed(code).get("active").asBoolean()).isFalse();

    // a deactivated government takes no new unit
    Map<String, Object> unit = new HashMap<>();
    unit.put("code", code + "-jyj");
    unit.put("name", "新设县教育局");
    unit.put("govCode", code);
    unit.put("kind", "AGENCY");
    Response refusedUnit = api.as("admin").post("/api/admin/units", unit);
    assertThat(refusedUnit.status()).isEqualTo(400);
    assertThat(refusedUnit.get("fields").get("govCode").asText()).contains("已停用");

    List<AuditEntry> entries = auditOf("government:" + code);
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .containsExactly(
            "停用政府 " + code + "（新设县（更名））", "修改政府 " + code + "（新设县（更名））", "新增政府 " + code + "（新设县）");
    assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
    assertThat(JSON.readTree(entries.get(1).beforeJson()).get("name").asText()).isEqualTo("新设县");
    assertThat(JSON.readTree(entries.get(1).afterJson()).get("name").asText()).isEqualTo("新设县（更名）");
    assertThat(JSON.readTree(entries.get(0).afterJson()).get("active").asBoolean()).isFalse();
    assertThat(entries.get(2).beforeJson()).isNull();
  }

  @Test
  void onlyAdminsChangeGovernmentsAndBadInputNamesEveryField() {
    for (String user : List.of("sx-reviewer", "sx-director", "sx-gov", "sx-jyt-staff")) {
      assertThat(
              api.as(user)
                  .post("/api/admin/governments", government(fresh(), "某县", "COUNTY"))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.as(user).put("/api/admin/governments/xl", Map.of("name", "改名")).status())
          .as(user)
          .isEqualTo(403);
    }
    Response bad = api.as("admin").post("/api/admin/governments", government("x", "", "TOWN"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.get("fields").get("code").asText()).contains("政府代码");
    assertThat(bad.get("fields").get("name").asText()).isEqualTo("请填写政府名称");
    assertThat(bad.get("fields").get("level").asText()).isEqualTo("级别应为省级、市级或县级之一");

    Response duplicate =
        api.as("admin").post("/api/admin/governments", government("sx", "山西省", "PROVINCE"));
    assertThat(duplicate.status()).isEqualTo(409);

    // 示例县 has units: neither deactivated nor moved to another level, and nothing audited
    int before = auditOf("government:xl").size();
    Response deactivate = api.as("admin").put("/api/admin/governments/xl", Map.of("active", false));
    assertThat(deactivate.status()).isEqualTo(400);
    assertThat(deactivate.get("fields").get("active").asText()).contains("请先停用其所属单位");
    Response relevel = api.as("admin").put("/api/admin/governments/xl", Map.of("level", "CITY"));
    assertThat(relevel.get("fields").get("level").asText()).contains("不能改变级别");
    // a number is no yes/no (Jackson would read 0 as false)
    Response numeric = api.as("admin").put("/api/admin/governments/xl", Map.of("active", 0));
    assertThat(numeric.status()).as(numeric.text()).isEqualTo(400);
    assertThat(numeric.get("fields").get("active").asText()).isEqualTo("格式不正确");
    assertThat(api.as("admin").put("/api/admin/governments/nowhere", Map.of("name", "无")).status())
        .isEqualTo(404);
    assertThat(auditOf("government:xl")).hasSize(before);
    assertThat(listed("xl").get("active").asBoolean()).isTrue();
  }
}
