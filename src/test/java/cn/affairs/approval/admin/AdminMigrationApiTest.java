package cn.affairs.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Migration of running cases between versions. Each test first deploys a version of its own and
 * starts its cases there, so that it migrates only them; afterwards the packaged diagram is the
 * newest version again.
 */
@AffairsTest
class AdminMigrationApiTest {

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
    String packaged = Diagrams.packaged(KEY);
    if (!admin.get("/api/admin/processes/" + KEY + "/xml").text().equals(packaged)) {
      assertThat(
              admin
                  .postFile("/api/admin/deployments", KEY + ".bpmn", Diagrams.bytes(packaged))
                  .status())
          .isEqualTo(201);
    }
  }

  int deploy(String xml) {
    Response deployed =
        admin.postFile("/api/admin/deployments", KEY + ".bpmn", Diagrams.bytes(xml));
    assertThat(deployed.status()).as(deployed.text()).isEqualTo(201);
    return deployed.get("version").asInt();
  }

  String submitCar() {
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
        api.as("sx-jtt-staff").post("/api/applications", Map.of("processKey", KEY, "form", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  JsonNode detail(String id) {
    return api.as("admin").get("/api/applications/" + id).body();
  }

  Response migrate(Map<String, Object> body) {
    return admin.post("/api/admin/processes/" + KEY + "/migrate", body);
  }

  @Test
  void casesOnStepsWithTheSameIdMoveKeepingTheirTaskClaimAndDueDate() {
    int from = deploy(Diagrams.packaged(KEY).replace("name=\"财政部门审核\"", "name=\"财政部门审核（旧）\""));
    String id = submitCar();
    JsonNode step = detail(id).get("currentSteps").get(0);
    String taskId = step.get("taskId").asText();
    assertThat(api.as("sx-jtt-head").post("/api/tasks/" + taskId + "/claim").status())
        .isEqualTo(200);
    String due = detail(id).get("currentSteps").get(0).get("due").asText();
    int to = deploy(Diagrams.packaged(KEY).replace("name=\"财政部门审核\"", "name=\"财政部门审核（新）\""));

    Response preview = migrate(Map.of("fromVersion", from, "toVersion", to, "dryRun", true));
    assertThat(preview.status()).as(preview.text()).isEqualTo(200);
    assertThat(preview.get("problems")).isEmpty();
    assertThat(preview.get("instances")).hasSize(1);
    JsonNode instance = preview.get("instances").get(0);
    assertThat(instance.get("applicationId").asText()).isEqualTo(id);
    assertThat(instance.get("activityIds").get(0).asText()).isEqualTo("Task_UnitHeadReview");
    assertThat(instance.get("steps").get(0).get("mappedTo").asText())
        .isEqualTo("Task_UnitHeadReview");
    assertThat(preview.get("mapping").get("Task_FinanceReview").asText())
        .isEqualTo("Task_FinanceReview");
    assertThat(detail(id).get("processVersion").asInt())
        .as("a preview moves nothing")
        .isEqualTo(from);

    Response migrated = migrate(Map.of("fromVersion", from, "toVersion", to));
    assertThat(migrated.status()).as(migrated.text()).isEqualTo(200);
    assertThat(migrated.get("migrated").asInt()).isEqualTo(1);
    JsonNode after = detail(id);
    assertThat(after.get("processVersion").asInt()).isEqualTo(to);
    JsonNode moved = after.get("currentSteps").get(0);
    assertThat(moved.get("taskId").asText()).isEqualTo(taskId);
    assertThat(moved.get("assignee").asText()).isEqualTo("sx-jtt-head");
    assertThat(moved.get("due").asText()).isEqualTo(due);
    assertThat(admin.get("/api/admin/processes").text()).isNotNull();

    Response approved =
        api.as("sx-jtt-head")
            .post("/api/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.get("currentSteps").get(0).get("taskKey").asText())
        .isEqualTo("Task_BureauVehicleReview");

    AuditEntry entry = audit.find("MIGRATE", null, null, null, 0, 1).items().get(0);
    assertThat(entry.summary())
        .contains("第 " + from + " 版")
        .contains("第 " + to + " 版")
        .contains("1 件");
    assertThat(entry.beforeJson()).contains(id);
  }

  @Test
  void aCaseOnARemovedStepIsRefusedUntilTheAdminMapsTheStep() {
    int from = deploy(Diagrams.packaged(KEY).replace("name=\"集中采购\"", "name=\"集中采购（旧）\""));
    String id = submitCar();
    int to = deploy(Diagrams.withoutStep(Diagrams.packaged(KEY), "Task_UnitHeadReview"));

    Response refused = migrate(Map.of("fromVersion", from, "toVersion", to));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("error").asText()).isEqualTo("MIGRATION_REFUSED");
    assertThat(refused.get("fields").get("mapping.Task_UnitHeadReview").asText())
        .contains(id)
        .contains("单位负责人审核");
    assertThat(detail(id).get("processVersion").asInt()).as("nothing moved").isEqualTo(from);

    Response preview = migrate(Map.of("fromVersion", from, "toVersion", to, "dryRun", true));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.get("problems").get(0).get("activityId").asText())
        .isEqualTo("Task_UnitHeadReview");

    Response unknown =
        migrate(
            Map.of(
                "fromVersion",
                from,
                "toVersion",
                to,
                "mapping",
                Map.of("Task_UnitHeadReview", "Task_NoSuchStep")));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.get("fields").get("mapping.Task_UnitHeadReview").asText())
        .contains("Task_NoSuchStep");

    Response mapped =
        migrate(
            Map.of(
                "fromVersion",
                from,
                "toVersion",
                to,
                "mapping",
                Map.of("Task_UnitHeadReview", "Task_BureauVehicleReview")));
    assertThat(mapped.status()).as(mapped.text()).isEqualTo(200);
    JsonNode step = detail(id).get("currentSteps").get(0);
    assertThat(step.get("taskKey").asText()).isEqualTo("Task_BureauVehicleReview");
    assertThat(step.get("name").asText()).isEqualTo("机关事务管理部门（公务用车）审核");
    assertThat(step.get("candidateGroups").get(0).asText()).isEqualTo("sx.BUREAU_VEHICLE");
    assertThat(step.get("due").isNull()).isFalse();
    String taskId = step.get("taskId").asText();
    assertThat(api.as("sx-jtt-head").post("/api/tasks/" + taskId + "/claim").status())
        .isEqualTo(403);
    assertThat(api.as("sx-vehicle").post("/api/tasks/" + taskId + "/claim").status())
        .isEqualTo(200);
  }

  @Test
  void aMigrationNeedsTwoDifferentVersions() {
    Response same = migrate(Map.of("fromVersion", 1, "toVersion", 1));
    assertThat(same.status()).isEqualTo(400);
    assertThat(same.get("fields").get("toVersion").asText()).contains("相同");
    assertThat(migrate(Map.of("fromVersion", 999)).status()).isEqualTo(404);
    assertThat(migrate(Map.of("toVersion", 1)).get("fields").has("fromVersion")).isTrue();
  }
}
