package cn.affairs.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 流程管理 through the API: versions, diagrams, validation before deploy, new cases on the new version,
 * suspension. Every test that deploys puts the packaged diagram back as the newest version
 * afterwards, so that the other tests of the shared context run on it.
 */
@AffairsTest
class AdminProcessApiTest {

  static final String KEY = "vehicle-purchase";

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  ApiClient api;
  ApiClient admin;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    admin = api.as("admin");
  }

  @AfterEach
  void packagedDiagramRunsAgain() {
    for (String key : List.of(KEY, "office-repair")) {
      String packaged = Diagrams.packaged(key);
      Response current = admin.get("/api/admin/processes/" + key + "/xml");
      if (!current.text().equals(packaged)) {
        Response restored =
            admin.postFile("/api/admin/deployments", key + ".bpmn", Diagrams.bytes(packaged));
        assertThat(restored.status()).as(restored.text()).isEqualTo(201);
      }
      JsonNode family = family(key);
      for (JsonNode version : family.get("versions")) {
        if (version.get("suspended").asBoolean()) {
          admin.post(
              "/api/admin/processes/"
                  + key
                  + "/versions/"
                  + version.get("version").asInt()
                  + "/activate");
        }
      }
    }
  }

  JsonNode family(String key) {
    Response list = admin.get("/api/admin/processes");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode family : list.body()) {
      if (key.equals(family.get("key").asText())) {
        return family;
      }
    }
    throw new AssertionError("no family " + key + " in " + list.text());
  }

  Response deploy(String xml) {
    return admin.postFile("/api/admin/deployments", KEY + ".bpmn", Diagrams.bytes(xml));
  }

  Response submitCar(String user) {
    Map<String, Object> form = new HashMap<>();
    form.put("acquisitionType", "NEW");
    form.put("category", "OTHER");
    form.put("brand", "比亚迪");
    form.put("model", "秦PLUS EV");
    form.put("madeInChina", true);
    form.put("domesticBrand", true);
    form.put("energyType", "BEV");
    form.put("price", 15);
    form.put("luxuryOptions", List.of());
    form.put("source", "PURCHASE");
    form.put("justification", "业务量增加，现有车辆不能满足公务出行需要");
    Response created =
        api.as(user).post("/api/applications", Map.of("processKey", KEY, "form", form));
    return created;
  }

  static List<String> problemIds(Response response) {
    List<String> ids = new ArrayList<>();
    response.get("problems").forEach(p -> ids.add(p.path("elementId").asText(null)));
    return ids;
  }

  static String problemText(Response response) {
    StringBuilder text = new StringBuilder();
    response.get("problems").forEach(p -> text.append(p.path("message").asText()).append('\n'));
    return text.toString();
  }

  // ---- access -------------------------------------------------------------------------------

  @Test
  void nonAdminsAreRefusedOnEveryAdminEndpoint() {
    byte[] diagram = Diagrams.bytes(Diagrams.packaged(KEY));
    for (String user :
        List.of(
            "sx-jyt-staff", "sx-jyt-head", "sx-reviewer", "sx-director", "sx-finance", "sx-gov")) {
      ApiClient as = api.as(user);
      assertThat(as.get("/api/admin/processes").status()).as(user).isEqualTo(403);
      assertThat(as.get("/api/admin/processes/" + KEY + "/xml?version=1").status())
          .as(user)
          .isEqualTo(403);
      assertThat(as.get("/api/admin/processes/" + KEY + "/packaged/xml").status())
          .as(user)
          .isEqualTo(403);
      assertThat(as.postFile("/api/admin/deployments", KEY + ".bpmn", diagram).status())
          .as(user)
          .isEqualTo(403);
      assertThat(as.post("/api/admin/processes/" + KEY + "/versions/1/suspend").status())
          .as(user)
          .isEqualTo(403);
      assertThat(as.post("/api/admin/processes/" + KEY + "/versions/1/activate").status())
          .as(user)
          .isEqualTo(403);
      assertThat(
              as.post(
                      "/api/admin/processes/" + KEY + "/migrate",
                      Map.of("fromVersion", 1, "toVersion", 1))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(as.get("/api/admin/audit").status()).as(user).isEqualTo(403);
    }
    assertThat(api.get("/api/admin/processes").status()).isEqualTo(401);
  }

  // ---- reading ------------------------------------------------------------------------------

  @Test
  void everyFamilyIsListedWithItsVersionsAndTheVersionNewCasesStartOn() {
    Response list = admin.get("/api/admin/processes");
    assertThat(list.status()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    list.body().forEach(f -> keys.add(f.get("key").asText()));
    assertThat(keys)
        .containsExactly(
            "office-space-construction",
            "office-space-lease",
            "office-repair",
            "vehicle-purchase",
            "plan-change",
            "asset-transfer",
            "annual-plan");
    JsonNode family = family(KEY);
    assertThat(family.get("name").asText()).isEqualTo("公务用车配备更新");
    JsonNode newest = family.get("versions").get(0);
    assertThat(family.get("newCasesVersion").asInt()).isEqualTo(newest.get("version").asInt());
    assertThat(newest.get("current").asBoolean()).isTrue();
    assertThat(newest.has("deployedAt")).isTrue();
    assertThat(newest.get("deployedByName").asText()).isNotBlank();
    assertThat(family.get("packagedAvailable").asBoolean()).isFalse();

    long before = newest.get("runningCases").asLong();
    assertThat(submitCar("sx-jtt-staff").status()).isEqualTo(201);
    assertThat(family(KEY).get("versions").get(0).get("runningCases").asLong())
        .isEqualTo(before + 1);
  }

  @Test
  void theBpmnOfAnyVersionIsServed() {
    Response first = admin.get("/api/admin/processes/" + KEY + "/xml?version=1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.text()).contains("<bpmn:process id=\"vehicle-purchase\"");
    assertThat(admin.get("/api/admin/processes/" + KEY + "/xml?version=999").status())
        .isEqualTo(404);
    assertThat(admin.get("/api/admin/processes/no-such-family/xml").status()).isEqualTo(404);
    assertThat(admin.get("/api/admin/processes/" + KEY + "/packaged/xml").text())
        .isEqualTo(Diagrams.packaged(KEY));
  }

  // ---- deployment ---------------------------------------------------------------------------

  @Test
  void aValidDiagramIsDeployedAndNewCasesStartOnItAtOnce() {
    int before = family(KEY).get("latestVersion").asInt();
    String renamed = Diagrams.packaged(KEY).replace("name=\"单位负责人审核\"", "name=\"单位负责人初审\"");
    Response deployed = deploy(renamed);
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(201);
    assertThat(deployed.get("key").asText()).isEqualTo(KEY);
    assertThat(deployed.get("version").asInt()).isEqualTo(before + 1);
    assertThat(deployed.get("warnings")).isEmpty();
    assertThat(deployed.get("changes").get("renamed").get(0).get("after").asText())
        .isEqualTo("单位负责人初审");

    JsonNode family = family(KEY);
    assertThat(family.get("newCasesVersion").asInt()).isEqualTo(before + 1);
    assertThat(family.get("versions").get(0).get("deployedBy").asText()).isEqualTo("admin");
    assertThat(family.get("versions").get(0).get("origin").asText()).isEqualTo("ADMIN");

    Response created = submitCar("sx-jtt-staff");
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    JsonNode detail =
        api.as("sx-jtt-staff").get("/api/applications/" + created.get("id").asText()).body();
    assertThat(detail.get("processVersion").asInt()).isEqualTo(before + 1);
    assertThat(detail.get("currentSteps").get(0).get("name").asText()).isEqualTo("单位负责人初审");

    AuditEntry entry = audit.find("DEPLOY", null, null, null, 0, 1).items().get(0);
    assertThat(entry.actor()).isEqualTo("admin");
    assertThat(entry.subject()).isEqualTo(KEY);
    assertThat(entry.summary()).contains("第 " + (before + 1) + " 版").contains("改名 单位负责人审核→单位负责人初审");
    assertThat(entry.beforeJson()).contains("单位负责人审核");
    assertThat(entry.afterJson()).contains("单位负责人初审");
  }

  @Test
  void aDiagramIdenticalToTheCurrentVersionIsNotDeployedAgain() {
    Response same = deploy(Diagrams.packaged(KEY));
    assertThat(same.status()).as(same.text()).isEqualTo(409);
    assertThat(same.get("message").asText()).contains("完全相同");
  }

  @Test
  void twoAdminsDeployingTheSameDiagramAtOnceMakeOneVersion() throws Exception {
    int before = family(KEY).get("latestVersion").asInt();
    String renamed = Diagrams.packaged(KEY).replace("name=\"集中采购\"", "name=\"政府集中采购\"");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> deploy(renamed).status());
      var second = pool.submit(() -> deploy(renamed).status());
      assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(201, 409);
    } finally {
      pool.shutdown();
    }
    assertThat(family(KEY).get("latestVersion").asInt()).isEqualTo(before + 1);
  }

  @Test
  void aTruncatedFileIsRefusedAndNothingIsDeployed() {
    int before = family(KEY).get("latestVersion").asInt();
    String xml = Diagrams.packaged(KEY);
    Response refused = deploy(xml.substring(0, xml.length() / 2));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("error").asText()).isEqualTo("DIAGRAM_INVALID");
    assertThat(problemText(refused)).contains("BPMN 文件无法解析");
    assertThat(refused.get("fields").has("file")).isTrue();
    assertThat(family(KEY).get("latestVersion").asInt()).isEqualTo(before);

    Response tooLarge =
        admin.postFile("/api/admin/deployments", KEY + ".bpmn", new byte[6 * 1024 * 1024]);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.get("message").asText()).contains("过大");

    Response notBpmn = admin.postFile("/api/admin/deployments", "notes.txt", Diagrams.bytes(xml));
    assertThat(notBpmn.status()).isEqualTo(400);
    assertThat(notBpmn.get("fields").get("file").asText()).contains(".bpmn");
  }

  @Test
  void everyProblemIsListedAtOnceWithTheElementItConcernsAndNothingIsDeployed() {
    int before = family(KEY).get("latestVersion").asInt();
    String broken =
        Diagrams.packaged(KEY)
            .replace("${vehicleSourceCheck}", "${noSuchCheck}")
            .replace("camunda:candidateGroups=\"${govCode}.FINANCE\"", "")
            .replace(" camunda:historyTimeToLive=\"180\"", "");
    Response refused = deploy(broken);
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(problemIds(refused)).contains("Task_CheckSource", "Task_FinanceReview", KEY);
    assertThat(refused.get("fields").get("Task_CheckSource").asText())
        .contains("noSuchCheck")
        .contains("不存在");
    assertThat(refused.get("fields").get("Task_FinanceReview").asText()).contains("没有办理人规则");
    assertThat(problemText(refused)).contains("historyTimeToLive");
    assertThat(family(KEY).get("latestVersion").asInt()).isEqualTo(before);
    assertThat(admin.get("/api/admin/processes/" + KEY + "/xml").text())
        .isEqualTo(Diagrams.packaged(KEY));
  }

  @Test
  void anUnknownBeanIsNamed() {
    Response refused =
        deploy(Diagrams.packaged(KEY).replace("${vehicleRegistration}", "${vehicleRegistry}"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("Task_RegisterVehicle").asText())
        .contains("vehicleRegistry")
        .contains("不存在");
  }

  @Test
  void aUserTaskWithoutAnAssigneeRuleIsRefused() {
    Response refused =
        deploy(
            Diagrams.packaged(KEY)
                .replace(" camunda:candidateGroups=\"${unitCode}.UNIT_HEAD\"", ""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("Task_UnitHeadReview").asText())
        .contains("单位负责人审核")
        .contains("没有办理人规则");

    Response wrongRole =
        deploy(Diagrams.packaged(KEY).replace("${unitCode}.UNIT_HEAD", "${unitCode}.UNIT_BOSS"));
    assertThat(wrongRole.status()).isEqualTo(400);
    assertThat(wrongRole.get("fields").get("Task_UnitHeadReview").asText()).contains("UNIT_BOSS");
  }

  @Test
  void anUnknownProcessKeyIsRefused() {
    Response refused =
        deploy(Diagrams.packaged(KEY).replace("\"vehicle-purchase\"", "\"vehicle-lease\""));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("vehicle-lease").asText())
        .contains("未知的流程标识 vehicle-lease");
    assertThat(admin.get("/api/admin/processes/vehicle-lease/xml").status()).isEqualTo(404);
  }

  @Test
  void theStepsTheCodeReliesOnMustStay() {
    Response noRevise =
        deploy(Diagrams.packaged(KEY).replace("Task_ReviseApplication", "Task_Revise"));
    assertThat(noRevise.status()).isEqualTo(400);
    assertThat(noRevise.get("fields").get("Task_ReviseApplication").asText()).contains("修改申请");

    Response noRegister =
        deploy(Diagrams.withoutStep(Diagrams.packaged(KEY), "Task_RegisterVehicle"));
    assertThat(noRegister.status()).isEqualTo(400);
    assertThat(noRegister.get("fields").get("Task_RegisterVehicle").asText())
        .contains("登记公务用车")
        .contains("vehicleRegistration");
  }

  @Test
  void removingACheckTheRegulationRequiresDeploysWithAWarning() {
    String xml = Diagrams.withoutStep(Diagrams.packaged(KEY), "Task_CheckNewEnergy");
    Response preview =
        admin.postFile("/api/admin/deployments?dryRun=true", KEY + ".bpmn", Diagrams.bytes(xml));
    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.get("valid").asBoolean()).isTrue();
    assertThat(preview.get("warnings").get(0).get("elementId").asText())
        .isEqualTo("Task_CheckNewEnergy");
    assertThat(preview.get("changes").get("removed").get(0).get("id").asText())
        .isEqualTo("Task_CheckNewEnergy");
    int before = family(KEY).get("latestVersion").asInt();
    assertThat(family(KEY).get("latestVersion").asInt())
        .as("a preview deploys nothing")
        .isEqualTo(before);

    Response deployed = deploy(xml);
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(201);
    assertThat(deployed.get("warnings").get(0).get("message").asText())
        .contains("新能源汽车")
        .contains("办法 第二十三条");
    // the regulation map follows the deployed diagrams
    Response map = api.as("sx-reviewer").get("/api/standards/articles");
    assertThat(map.text()).doesNotContain("\"activityId\":\"Task_CheckNewEnergy\"");
  }

  // ---- suspension ---------------------------------------------------------------------------

  @Test
  void aSuspendedVersionStartsNoCaseAndItsCasesCannotBeActedOn() {
    Response created = submitCar("sx-jtt-staff");
    assertThat(created.status()).isEqualTo(201);
    String id = created.get("id").asText();
    JsonNode detail = api.as("sx-jtt-head").get("/api/applications/" + id).body();
    int version = detail.get("processVersion").asInt();
    String taskId = detail.get("currentSteps").get(0).get("taskId").asText();

    Response suspended =
        admin.post("/api/admin/processes/" + KEY + "/versions/" + version + "/suspend");
    assertThat(suspended.status()).as(suspended.text()).isEqualTo(200);
    assertThat(
            admin
                .post("/api/admin/processes/" + KEY + "/versions/" + version + "/suspend")
                .status())
        .isEqualTo(409);
    JsonNode listed = family(KEY);
    assertThat(listed.get("versions").get(0).get("suspended").asBoolean()).isTrue();
    assertThat(listed.get("newCasesVersion").isNull()).isTrue();

    assertThat(api.as("sx-jtt-head").get("/api/applications/" + id).get("statusLabel").asText())
        .isEqualTo("已挂起");
    Response claim = api.as("sx-jtt-head").post("/api/tasks/" + taskId + "/claim");
    assertThat(claim.status()).isEqualTo(409);
    assertThat(claim.get("message").asText()).contains("挂起");
    Response complete =
        api.as("sx-jtt-head")
            .post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
    assertThat(complete.status()).isEqualTo(409);
    Response withdraw = api.as("sx-jtt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdraw.status()).isEqualTo(409);
    Response refused = submitCar("sx-jtt-staff");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.get("message").asText()).contains("挂起");

    Response activated =
        admin.post("/api/admin/processes/" + KEY + "/versions/" + version + "/activate");
    assertThat(activated.status()).isEqualTo(200);
    assertThat(api.as("sx-jtt-head").get("/api/applications/" + id).get("statusLabel").asText())
        .isNotEqualTo("已挂起");
    assertThat(api.as("sx-jtt-head").post("/api/tasks/" + taskId + "/claim").status())
        .isEqualTo(200);

    List<AuditEntry> entries = audit.find(null, null, null, null, 0, 5).items();
    assertThat(entries.get(0).type()).isEqualTo("ACTIVATE");
    assertThat(entries.get(1).type()).isEqualTo("SUSPEND");
    assertThat(entries.get(1).summary()).contains("第 " + version + " 版");
  }
}
