package cn.affairs.approval.orgadmin;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 组织机构 through HTTP: users and units added, changed and deactivated by an admin, audited, effective
 * at once.
 */
@AffairsTest
class OrganisationAdminApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AuditLog audit;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  static String fresh(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  Response put(ApiClient client, String path, Object body) throws Exception {
    return client.send(
        client
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  String startCase() {
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(
                    api.as("sx-jyt-staff"), "office-space-construction", expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  boolean seesTaskOf(ApiClient client, String applicationId) {
    Response tasks = client.get("/api/tasks?size=200");
    assertThat(tasks.status()).as(tasks.text()).isEqualTo(200);
    for (JsonNode t : tasks.get("items")) {
      if (t.get("applicationId").asText().equals(applicationId)) {
        return true;
      }
    }
    return false;
  }

  List<AuditEntry> auditOf(String type, String subject) {
    return audit.find(type, null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  @Test
  void aUserAddedByTheAdminSignsInAtOnceAndSeesTheTasksOfTheirRoleAndUnit() throws Exception {
    String id = startCase();
    String head = fresh("jyt-head");
    Response created =
        api.as("admin")
            .post(
                "/api/admin/users",
                Map.of(
                    "id",
                    head,
                    "name",
                    "新处长",
                    "unitCode",
                    "sx-jyt",
                    "roles",
                    List.of("UNIT_HEAD"),
                    "password",
                    "secret-1",
                    "email",
                    "new.head@jyt.example"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.get("roleNames").get(0).asText()).isEqualTo("单位负责人");

    ApiClient newHead = api.as(head, "secret-1");
    JsonNode me = newHead.get("/api/me").body();
    assertThat(me.get("unit").get("code").asText()).isEqualTo("sx-jyt");
    assertThat(me.get("roles").get(0).asText()).isEqualTo("UNIT_HEAD");
    assertThat(seesTaskOf(newHead, id)).isTrue();
    assertThat(api.as(head, "wrong-password").get("/api/me").status()).isEqualTo(401);

    // Camunda's identity service reads the same tables: the user, the e-mail and the group
    User camundaUser = identity.createUserQuery().userId(head).singleResult();
    assertThat(camundaUser.getFirstName()).isEqualTo("新处长");
    assertThat(camundaUser.getEmail()).isEqualTo("new.head@jyt.example");
    assertThat(identity.createUserQuery().memberOfGroup("sx-jyt.UNIT_HEAD").list())
        .extracting(User::getId)
        .contains(head, "sx-jyt-head");
    assertThat(identity.checkPassword(head, "secret-1")).isTrue();
    assertThat(identity.isReadOnly()).isTrue();

    // the same role in another unit does not see the case
    String otherHead = fresh("jtt-head");
    assertThat(
            api.as("admin")
                .post(
                    "/api/admin/users",
                    Map.of(
                        "id",
                        otherHead,
                        "name",
                        "他处长",
                        "unitCode",
                        "sx-jtt",
                        "roles",
                        List.of("UNIT_HEAD"),
                        "password",
                        "secret-2"))
                .status())
        .isEqualTo(201);
    assertThat(seesTaskOf(api.as(otherHead, "secret-2"), id)).isFalse();

    List<AuditEntry> entries = auditOf("ORG_USER", "user:" + head);
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).actor()).isEqualTo("admin");
    assertThat(entries.get(0).govCode()).isEqualTo("sx");
    assertThat(entries.get(0).beforeJson()).isNull();
    assertThat(entries.get(0).afterJson())
        .contains("UNIT_HEAD", "sx-jyt")
        .doesNotContain("secret-1");
  }

  @Test
  void aRoleChangeAndADeactivationTakeEffectAtOnceAndAreAudited() throws Exception {
    String id = startCase();
    String user = fresh("jyt-user");
    assertThat(
            api.as("admin")
                .post(
                    "/api/admin/users",
                    Map.of(
                        "id",
                        user,
                        "name",
                        "临时",
                        "unitCode",
                        "sx-jyt",
                        "roles",
                        List.of("UNIT_HEAD"),
                        "password",
                        "secret-3"))
                .status())
        .isEqualTo(201);
    ApiClient client = api.as(user, "secret-3");
    assertThat(seesTaskOf(client, id)).isTrue();

    Response changed =
        put(api.as("admin"), "/api/admin/users/" + user, Map.of("roles", List.of("UNIT_STAFF")));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(seesTaskOf(client, id)).isFalse();
    assertThat(identity.createUserQuery().memberOfGroup("sx-jyt.UNIT_HEAD").list())
        .extracting(User::getId)
        .doesNotContain(user);

    Response password =
        put(api.as("admin"), "/api/admin/users/" + user, Map.of("password", "secret-4"));
    assertThat(password.status()).as(password.text()).isEqualTo(200);
    assertThat(client.get("/api/me").status()).isEqualTo(401);
    assertThat(api.as(user, "secret-4").get("/api/me").status()).isEqualTo(200);

    Response deactivated =
        put(api.as("admin"), "/api/admin/users/" + user, Map.of("active", false));
    assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(200);
    assertThat(deactivated.get("active").asBoolean()).isFalse();
    assertThat(api.as(user, "secret-4").get("/api/me").status()).isEqualTo(401);
    assertThat(identity.createUserQuery().userId(user).singleResult()).isNull();

    List<AuditEntry> entries = auditOf("ORG_USER", "user:" + user);
    assertThat(entries).hasSize(4);
    AuditEntry last = entries.get(0);
    assertThat(last.summary()).startsWith("停用用户");
    assertThat(JSON.readTree(last.beforeJson()).get("active").asBoolean()).isTrue();
    assertThat(JSON.readTree(last.afterJson()).get("active").asBoolean()).isFalse();
    assertThat(JSON.readTree(entries.get(2).beforeJson()).get("roles").get(0).asText())
        .isEqualTo("UNIT_HEAD");
    assertThat(JSON.readTree(entries.get(2).afterJson()).get("roles").get(0).asText())
        .isEqualTo("UNIT_STAFF");
  }

  @Test
  void badUsersAreRefusedWithEveryWrongFieldAndNothingIsWritten() throws Exception {
    Response bad =
        api.as("admin")
            .post(
                "/api/admin/users",
                Map.of(
                    "id",
                    "有 空格",
                    "name",
                    "",
                    "unitCode",
                    "sx-nowhere",
                    "roles",
                    List.of("CHIEF"),
                    "password",
                    "123",
                    "email",
                    "not-an-address"));
    assertThat(bad.status()).isEqualTo(400);
    JsonNode fields = bad.get("fields");
    assertThat(fields.get("id").asText()).contains("账号");
    assertThat(fields.get("name").asText()).isEqualTo("请填写姓名");
    assertThat(fields.get("unitCode").asText()).contains("没有单位");
    assertThat(fields.get("roles").asText()).contains("没有角色 CHIEF");
    assertThat(fields.get("password").asText()).contains("至少6位");
    assertThat(fields.get("email").asText()).contains("电子邮箱");

    Response unitRoleOutsideAgency =
        api.as("admin")
            .post(
                "/api/admin/users",
                Map.of(
                    "id",
                    fresh("x"),
                    "name",
                    "某人",
                    "unitCode",
                    "sx-czt",
                    "roles",
                    List.of("UNIT_STAFF"),
                    "password",
                    "secret-5"));
    assertThat(unitRoleOutsideAgency.status()).isEqualTo(400);
    assertThat(unitRoleOutsideAgency.get("fields").get("roles").asText()).contains("申请单位");

    Response duplicate =
        api.as("admin")
            .post(
                "/api/admin/users",
                Map.of(
                    "id",
                    "sx-jyt-head",
                    "name",
                    "重复",
                    "unitCode",
                    "sx-jyt",
                    "roles",
                    List.of("UNIT_HEAD"),
                    "password",
                    "secret-6"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.get("message").asText()).contains("已存在");
    assertThat(api.as("sx-jyt-head").get("/api/me").get("name").asText()).isEqualTo("吴处长");

    assertThat(put(api.as("admin"), "/api/admin/users/nobody-here", Map.of("name", "某")).status())
        .isEqualTo(404);
    assertThat(put(api.as("admin"), "/api/admin/users/admin", Map.of("active", false)).status())
        .isEqualTo(400);
  }

  @Test
  void onlyAdminsAdministerTheOrganisation() throws Exception {
    for (String user : List.of("sx-reviewer", "sx-director", "sx-jyt-staff", "sx-jyt-head")) {
      assertThat(api.as(user).get("/api/admin/users").status()).as(user).isEqualTo(403);
      assertThat(
              api.as(user)
                  .post(
                      "/api/admin/users",
                      Map.of(
                          "id",
                          fresh("y"),
                          "name",
                          "某",
                          "unitCode",
                          "sx-jyt",
                          "roles",
                          List.of("UNIT_STAFF"),
                          "password",
                          "secret-7"))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(put(api.as(user), "/api/admin/units/sx-jyt", Map.of("vehicleQuota", 99)).status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(api.as("admin").get("/api/admin/users").text()).contains("sx-jyt-head", "吴处长");
  }

  @Test
  void unitsAreAddedWithStaffingByRankChangedAndDeactivated() throws Exception {
    String code = fresh("sx-unit");
    Response created =
        api.as("admin")
            .post(
                "/api/admin/units",
                Map.of(
                    "code",
                    code,
                    "name",
                    "山西省测试厅",
                    "govCode",
                    "sx",
                    "kind",
                    "AGENCY",
                    "vehicleQuota",
                    3,
                    "staffing",
                    Map.of("正厅局级", 1, "正处级", 4, "处级以下", 10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.get("level").asText()).isEqualTo("PROVINCE");
    assertThat(created.get("staffing").get("正处级").asInt()).isEqualTo(4);
    assertThat(identity.createGroupQuery().groupId(code + ".UNIT_STAFF").singleResult().getName())
        .isEqualTo("山西省测试厅 经办人");

    String staff = fresh("unit-staff");
    assertThat(
            api.as("admin")
                .post(
                    "/api/admin/users",
                    Map.of(
                        "id",
                        staff,
                        "name",
                        "测经办",
                        "unitCode",
                        code,
                        "roles",
                        List.of("UNIT_STAFF"),
                        "password",
                        "secret-8"))
                .status())
        .isEqualTo(201);
    assertThat(api.as(staff, "secret-8").get("/api/me").get("unit").get("name").asText())
        .isEqualTo("山西省测试厅");

    Response wrongRank =
        put(api.as("admin"), "/api/admin/units/" + code, Map.of("staffing", Map.of("正科级", 2)));
    assertThat(wrongRank.status()).isEqualTo(400);
    assertThat(wrongRank.get("fields").get("staffing.正科级").asText()).contains("省级没有职级");

    Response changed =
        put(
            api.as("admin"),
            "/api/admin/units/" + code,
            Map.of("vehicleQuota", 4, "staffing", Map.of("正厅局级", 1, "副处级", 6)));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.get("vehicleQuota").asInt()).isEqualTo(4);
    assertThat(changed.get("staffing").has("正处级")).isFalse();
    assertThat(changed.get("staffing").get("副处级").asInt()).isEqualTo(6);

    Response deactivated =
        put(api.as("admin"), "/api/admin/units/" + code, Map.of("active", false));
    assertThat(deactivated.status()).as(deactivated.text()).isEqualTo(200);
    assertThat(api.as(staff, "secret-8").get("/api/me").status()).isEqualTo(401);
    assertThat(identity.createGroupQuery().groupId(code + ".UNIT_STAFF").singleResult()).isNull();

    List<AuditEntry> entries = auditOf("ORG_UNIT", "unit:" + code);
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .hasSize(3)
        .first()
        .asString()
        .startsWith("停用单位");
    assertThat(JSON.readTree(entries.get(1).beforeJson()).get("staffing").has("正处级")).isTrue();
    assertThat(JSON.readTree(entries.get(1).afterJson()).get("staffing").has("正处级")).isFalse();
    assertThat(JSON.readTree(entries.get(1).afterJson()).get("staffing").get("副处级").asInt())
        .isEqualTo(6);

    Response duplicate =
        api.as("admin")
            .post(
                "/api/admin/units",
                Map.of("code", "sx-jyt", "name", "重复", "govCode", "sx", "kind", "AGENCY"));
    assertThat(duplicate.status()).isEqualTo(409);
  }
}
