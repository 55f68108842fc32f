package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.ConstructionForms;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The objects the authorization matrix and the bad-input corpus aim at, one set per scope: {@code
 * own} belongs to 山西省教育厅 (sx-jyt, the unit of the matrix's unit users; the government of its bureau
 * users), {@code unit} to another unit of the same government (sx-jtt), {@code gov} to a unit of
 * another government (sl-jyj). Each set has a case standing at 单位负责人审核 with its task, a draft, a
 * staged upload, a vehicle of the register, a message to the unit's head; {@code own} also a 抄送 to
 * {@code sx-reviewer}; a row of the office-space register and an asset card of the unit (made for
 * the tests and deleted again by {@link #remove}: borrowed space whose term has ended and a
 * disposed card, so that no standards check counts them meanwhile) and the unit's demo plan of
 * 2026. Also the one request per endpoint the two tests send (path filled from a scope, a body an
 * authorised user could send).
 */
final class ApiFixtures {

  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  static final int REPORT_YEAR = java.time.LocalDate.now().getYear() - 3;
  static final String CONSTRUCTION = "office-space-construction";

  /** The objects of one scope. */
  record Scope(
      String name,
      String unit,
      String gov,
      String staff,
      String head,
      String caseId,
      String taskId,
      String draftId,
      String stagedId,
      long vehicleId,
      long messageId,
      long ccId,
      long officeSpaceId,
      String assetCode,
      JsonNode plan) {}

  /** One request: method, path, and a JSON body or a multipart file (or neither). */
  record Call(HttpMethod method, String path, JsonNode body, MockMultipartFile file) {

    Call withPath(String newPath) {
      return new Call(method, newPath, body, file);
    }

    Call withBody(JsonNode newBody) {
      return new Call(method, path, newBody, file);
    }

    /** The request as {@code user} (signed in already, as a session would be; null: nobody). */
    MockHttpServletRequestBuilder build(CurrentUser user) {
      MockHttpServletRequestBuilder builder = unsigned();
      // the token as the portal sends it (cookie and header); csrf() of spring-security-test would
      // replace the application's token repository for the tests that run after this one
      builder.cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", "matrix-token"));
      builder.header("X-XSRF-TOKEN", "matrix-token");
      if (user != null) {
        var authorities =
            user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        builder.with(
            SecurityMockMvcRequestPostProcessors.authentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities)));
      }
      return builder;
    }

    /** The request with neither authentication nor CSRF token. */
    MockHttpServletRequestBuilder unsigned() {
      MockHttpServletRequestBuilder builder;
      if (file != null) {
        var multipart = MockMvcRequestBuilders.multipart(method, java.net.URI.create(path));
        multipart.file(file);
        builder = multipart;
      } else {
        builder = MockMvcRequestBuilders.request(method, java.net.URI.create(path));
        if (body != null) {
          builder.contentType(MediaType.APPLICATION_JSON).content(body.toString());
        }
      }
      return builder;
    }
  }

  final Scope own;
  final Scope unit;
  final Scope gov;

  private ApiFixtures(Scope own, Scope unit, Scope gov) {
    this.own = own;
    this.unit = unit;
    this.gov = gov;
  }

  /** Creates the objects through the API (committed, as users would). */
  static ApiFixtures create(ApiClient api) {
    Scope own = scope(api, "own", "sx-jyt", "sx", "sx-reviewer", true);
    Scope unit = scope(api, "unit", "sx-jtt", "sx", "sx-reviewer", false);
    Scope gov = scope(api, "gov", "sl-jyj", "sl", "sl-reviewer", false);
    return new ApiFixtures(own, unit, gov);
  }

  private static Scope scope(
      ApiClient api, String name, String unit, String gov, String bureau, boolean withCopy) {
    String staff = unit + "-staff";
    String head = unit + "-head";
    Response created =
        api.as(staff)
            .post("/api/applications", ConstructionForms.request(ConstructionForms.expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String caseId = created.get("id").asText();
    String taskId = openTask(api, head, caseId);
    long ccId = 0;
    if (withCopy) {
      // a second case, decided by the head with a copy to the bureau's reviewer
      Response copied =
          api.as(staff)
              .post(
                  "/api/applications", ConstructionForms.request(ConstructionForms.expansion(11)));
      String copiedTask = openTask(api, head, copied.get("id").asText());
      assertThat(api.as(head).post("/api/tasks/" + copiedTask + "/claim").status()).isEqualTo(200);
      Response decided =
          api.as(head)
              .post(
                  "/api/tasks/" + copiedTask + "/complete",
                  Map.of("decision", "APPROVE", "comment", "同意", "cc", List.of(bureau)));
      assertThat(decided.status()).as(decided.text()).isEqualTo(200);
      for (JsonNode c : api.as(bureau).get("/api/cc?size=200").get("items")) {
        if (c.path("applicationId").asText().equals(copied.get("id").asText())) {
          ccId = c.get("id").asLong();
        }
      }
      assertThat(ccId).as("the copy to " + bureau).isPositive();
    }
    Response draft =
        api.as(staff)
            .post(
                "/api/drafts",
                Map.of("processKey", CONSTRUCTION, "form", ConstructionForms.expansion(12)));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    Response staged =
        Multipart.upload(
            api.as(staff),
            "/api/attachments?processKey=" + CONSTRUCTION,
            "说明.pdf",
            Multipart.pdf("staged"),
            Map.of());
    assertThat(staged.status()).as(staged.text()).isEqualTo(201);
    JsonNode vehicles = api.as(bureau).get("/api/registers/vehicles?unit=" + unit).get("items");
    assertThat(vehicles.size()).as("vehicles of " + unit).isPositive();
    JsonNode messages = api.as(head).get("/api/messages?size=1").get("items");
    assertThat(messages.size()).as("messages of " + head).isPositive();
    return new Scope(
        name,
        unit,
        gov,
        staff,
        head,
        caseId,
        taskId,
        draft.get("id").asText(),
        staged.get("id").asText(),
        vehicles.get(0).get("id").asLong(),
        messages.get(0).get("id").asLong(),
        ccId,
        officeSpace(api, bureau, name, unit),
        asset(api, bureau, name, unit),
        plan(api, bureau, unit));
  }

  /** Borrowed space whose term has ended: in the register, but counted by no area check. */
  private static long officeSpace(ApiClient api, String bureau, String name, String unit) {
    Response added =
        api.as(bureau)
            .post(
                "/api/registers/office-space",
                Map.of(
                    "unitCode",
                    unit,
                    "building",
                    "矩阵测试楼-" + name + "-" + System.nanoTime(),
                    "room",
                    "1层",
                    "tenure",
                    "BORROWED",
                    "usableArea",
                    "10",
                    "endDate",
                    "2021-06-30"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return added.get("id").asLong();
  }

  /** A disposed card: in the register, but counted by no allocation check. */
  private static String asset(ApiClient api, String bureau, String name, String unit) {
    String code = "MX-" + name.toUpperCase() + "-" + (System.nanoTime() % 1_000_000_000L);
    Response added = api.as(bureau).post("/api/registers/assets", assetBody(code, unit));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    return added.get("code").asText();
  }

  private static JsonNode plan(ApiClient api, String bureau, String unit) {
    for (JsonNode p : api.as(bureau).get("/api/registers/plans?unit=" + unit).get("items")) {
      if (p.get("year").asInt() == 2026) {
        return p;
      }
    }
    throw new AssertionError("no plan of 2026 for " + unit);
  }

  /** Deletes the register rows {@link #create} made (the tests only changed them in rollbacks). */
  void remove(ApiClient api) {
    for (Scope s : List.of(own, unit, gov)) {
      Response space = api.as("admin").delete("/api/registers/office-space/" + s.officeSpaceId());
      assertThat(space.status()).as(space.text()).isEqualTo(204);
      Response card = api.as("admin").delete("/api/registers/assets/" + s.assetCode());
      assertThat(card.status()).as(card.text()).isEqualTo(204);
    }
  }

  private static String openTask(ApiClient api, String head, String caseId) {
    for (JsonNode t : api.as(head).get("/api/tasks?size=200").get("items")) {
      if (t.path("applicationId").asText().equals(caseId)) {
        return t.get("id").asText();
      }
    }
    throw new AssertionError(head + " has no task of " + caseId);
  }

  Scope scope(String name) {
    return switch (name) {
      case "own", "-" -> own;
      case "unit" -> unit;
      case "gov" -> gov;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /**
   * The request of endpoint {@code key} ("METHOD pattern" as Spring maps it) aimed at the objects
   * of {@code s}; null when the catalogue has no request for it.
   */
  Call call(String key, Scope s) {
    ObjectNode form = JSON.valueToTree(ConstructionForms.expansion(10));
    String year = String.valueOf(java.time.LocalDate.now().getYear());
    return switch (key) {
      // the cases
      case "POST /api/applications" ->
          json("POST", "/api/applications", Map.of("processKey", CONSTRUCTION, "form", form));
      case "POST /api/applications/precheck" ->
          json(
              "POST",
              "/api/applications/precheck",
              Map.of("processKey", CONSTRUCTION, "form", form));
      case "GET /api/applications" -> get("/api/applications?unit=" + s.unit());
      case "GET /api/applications/filters" -> get("/api/applications/filters");
      case "GET /api/applications/{id}" -> get("/api/applications/" + s.caseId());
      case "GET /api/applications/{id}/diagram" ->
          get("/api/applications/" + s.caseId() + "/diagram");
      case "GET /api/applications/{id}/forecast" ->
          get("/api/applications/" + s.caseId() + "/forecast");
      case "POST /api/applications/{id}/withdraw" ->
          post("/api/applications/" + s.caseId() + "/withdraw");
      case "POST /api/applications/{id}/take-back" ->
          json("POST", "/api/applications/" + s.caseId() + "/take-back", Map.of("comment", "撤回"));
      case "POST /api/applications/{id}/remind" ->
          json("POST", "/api/applications/" + s.caseId() + "/remind", Map.of("comment", "请尽快办理"));
      case "GET /api/processes" -> get("/api/processes");
      case "GET /api/processes/{key}/form" -> get("/api/processes/" + CONSTRUCTION + "/form");
      case "GET /api/processes/{key}/documents" ->
          get("/api/processes/" + CONSTRUCTION + "/documents");
      case "GET /api/home" -> get("/api/home");
      case "GET /api/me" -> get("/api/me");
      case "GET /login/demo-accounts" -> get("/login/demo-accounts");
      // drafts
      case "POST /api/drafts" ->
          json("POST", "/api/drafts", Map.of("processKey", CONSTRUCTION, "form", form));
      case "GET /api/drafts" -> get("/api/drafts");
      case "GET /api/drafts/{id}" -> get("/api/drafts/" + s.draftId());
      case "PUT /api/drafts/{id}" ->
          json("PUT", "/api/drafts/" + s.draftId(), Map.of("version", 1, "form", form));
      case "DELETE /api/drafts/{id}" -> call("DELETE", "/api/drafts/" + s.draftId());
      case "POST /api/drafts/{id}/submit" -> post("/api/drafts/" + s.draftId() + "/submit");
      // tasks
      case "GET /api/tasks" -> get("/api/tasks");
      case "GET /api/tasks/done" -> get("/api/tasks/done");
      case "GET /api/tasks/{id}/form" -> get("/api/tasks/" + s.taskId() + "/form");
      case "GET /api/tasks/{id}/candidates" ->
          get("/api/tasks/" + s.taskId() + "/candidates?action=transfer");
      case "POST /api/tasks/{id}/claim" -> post("/api/tasks/" + s.taskId() + "/claim");
      case "POST /api/tasks/{id}/unclaim" -> post("/api/tasks/" + s.taskId() + "/unclaim");
      case "POST /api/tasks/{id}/complete" ->
          json(
              "POST",
              "/api/tasks/" + s.taskId() + "/complete",
              Map.of("decision", "APPROVE", "comment", "同意"));
      case "POST /api/tasks/{id}/transfer" ->
          json(
              "POST",
              "/api/tasks/" + s.taskId() + "/transfer",
              Map.of("userId", s.staff(), "comment", "请代办"));
      case "POST /api/tasks/{id}/reassign" ->
          json(
              "POST",
              "/api/tasks/" + s.taskId() + "/reassign",
              Map.of("userId", s.staff(), "comment", "改派"));
      case "POST /api/tasks/{id}/delegate" ->
          json(
              "POST",
              "/api/tasks/" + s.taskId() + "/delegate",
              Map.of("userId", s.staff(), "comment", "请协办"));
      case "POST /api/tasks/{id}/resolve" ->
          json("POST", "/api/tasks/" + s.taskId() + "/resolve", Map.of("comment", "已办"));
      case "POST /api/tasks/{id}/add-signers" ->
          json(
              "POST",
              "/api/tasks/" + s.taskId() + "/add-signers",
              Map.of("userIds", List.of(s.staff()), "position", "AFTER", "comment", "请会签"));
      case "POST /api/tasks/{id}/remove-signer" ->
          json("POST", "/api/tasks/" + s.taskId() + "/remove-signer", Map.of("userId", s.staff()));
      case "GET /api/cc" -> get("/api/cc");
      case "POST /api/cc/{id}/read" -> post("/api/cc/" + s.ccId() + "/read");
      // messages (two prefixes for the same controller)
      case "GET /api/messages", "GET /api/notifications" -> get(prefix(key));
      case "GET /api/messages/unread-count", "GET /api/notifications/unread-count" ->
          get(prefix(key) + "/unread-count");
      case "POST /api/messages/{id}/read", "POST /api/notifications/{id}/read" ->
          post(prefix(key) + "/" + s.messageId() + "/read");
      case "POST /api/messages/read-all", "POST /api/notifications/read-all" ->
          post(prefix(key) + "/read-all");
      // documents
      case "POST /api/attachments" ->
          upload("/api/attachments?processKey=" + CONSTRUCTION, Multipart.pdf("new"));
      case "POST /api/applications/{id}/attachments" ->
          upload("/api/applications/" + s.caseId() + "/attachments", Multipart.pdf("step"));
      case "GET /api/applications/{id}/attachments" ->
          get("/api/applications/" + s.caseId() + "/attachments");
      case "GET /api/attachments/{id}" -> get("/api/attachments/" + s.stagedId());
      case "DELETE /api/attachments/{id}" -> call("DELETE", "/api/attachments/" + s.stagedId());
      case "GET /api/attachments/limits" -> get("/api/attachments/limits");
      case "GET /api/applications/{id}/approval-form.pdf" ->
          get("/api/applications/" + s.caseId() + "/approval-form.pdf");
      // registers
      case "GET /api/registers/units" -> get("/api/registers/units");
      case "GET /api/registers/vehicles" -> get("/api/registers/vehicles?unit=" + s.unit());
      case "GET /api/registers/vehicles/template.xlsx" ->
          get("/api/registers/vehicles/template.xlsx");
      case "GET /api/registers/vehicles/export.xlsx" ->
          get("/api/registers/vehicles/export.xlsx?unit=" + s.unit());
      case "POST /api/registers/vehicles/import" ->
          upload(
              "/api/registers/vehicles/import", "not a workbook".getBytes(StandardCharsets.UTF_8));
      case "POST /api/registers/vehicles" -> json("POST", "/api/registers/vehicles", vehicle(s));
      case "PUT /api/registers/vehicles/{id}" ->
          json("PUT", "/api/registers/vehicles/" + s.vehicleId(), vehicle(s));
      case "DELETE /api/registers/vehicles/{id}" ->
          call("DELETE", "/api/registers/vehicles/" + s.vehicleId());
      case "GET /api/assets" -> get("/api/assets?unit=" + s.unit());
      case "GET /api/assets/warehouse" -> get("/api/assets/warehouse?gov=" + s.gov());
      case "GET /api/registers/office-space" -> get("/api/registers/office-space?unit=" + s.unit());
      case "GET /api/registers/office-space/template.xlsx" ->
          get("/api/registers/office-space/template.xlsx");
      case "GET /api/registers/office-space/export.xlsx" ->
          get("/api/registers/office-space/export.xlsx?unit=" + s.unit());
      case "POST /api/registers/office-space/import" ->
          upload(key, "/api/registers/office-space/import", s);
      case "POST /api/registers/office-space" ->
          json("POST", "/api/registers/office-space", officeSpaceBody(s, "矩阵新增楼"));
      case "PUT /api/registers/office-space/{id}" ->
          json(
              "PUT",
              "/api/registers/office-space/" + s.officeSpaceId(),
              officeSpaceBody(s, "矩阵更正楼-" + s.name()));
      case "DELETE /api/registers/office-space/{id}" ->
          call("DELETE", "/api/registers/office-space/" + s.officeSpaceId());
      // the scope's row is borrowed space: the keepers reach the action and are refused (409)
      case "POST /api/registers/office-space/{id}/handover" ->
          json(
              "POST",
              "/api/registers/office-space/" + s.officeSpaceId() + "/handover",
              Map.of("ground", "EXCESS", "note", "矩阵移交"));
      // a year no other test reports on (ExecutionReportApiTest takes two years back)
      case "GET /api/plan-execution-reports" ->
          get("/api/plan-execution-reports?year=" + REPORT_YEAR + "&government=" + s.gov());
      case "POST /api/plan-execution-reports" ->
          json(
              "POST",
              "/api/plan-execution-reports",
              Map.of(
                  "year",
                  String.valueOf(REPORT_YEAR),
                  "level",
                  "UNIT",
                  "unit",
                  s.unit(),
                  "reportedOn",
                  (REPORT_YEAR + 1) + "-03-20",
                  "summary",
                  "矩阵：年度计划执行情况"));
      case "GET /api/registers/assets" -> get("/api/registers/assets?unit=" + s.unit());
      case "GET /api/registers/assets/template.xlsx" -> get("/api/registers/assets/template.xlsx");
      case "GET /api/registers/assets/export.xlsx" ->
          get("/api/registers/assets/export.xlsx?unit=" + s.unit());
      case "POST /api/registers/assets/import" -> upload(key, "/api/registers/assets/import", s);
      case "POST /api/registers/assets" ->
          json("POST", "/api/registers/assets", assetBody("MX-NEW-" + s.name(), s.unit()));
      case "PUT /api/registers/assets/{code}" ->
          json("PUT", "/api/registers/assets/" + s.assetCode(), assetBody(s.assetCode(), s.unit()));
      case "DELETE /api/registers/assets/{code}" ->
          call("DELETE", "/api/registers/assets/" + s.assetCode());
      case "GET /api/registers/plans" -> get("/api/registers/plans?unit=" + s.unit());
      case "GET /api/registers/plans/template.xlsx" -> get("/api/registers/plans/template.xlsx");
      case "GET /api/registers/plans/export.xlsx" ->
          get("/api/registers/plans/export.xlsx?unit=" + s.unit() + "&year=2026");
      case "POST /api/registers/plans/import" -> upload(key, "/api/registers/plans/import", s);
      case "POST /api/registers/plans" ->
          json(
              "POST",
              "/api/registers/plans",
              Map.of(
                  "unitCode",
                  s.unit(),
                  "year",
                  "2099",
                  "ceiling",
                  "100",
                  "items",
                  List.of(
                      Map.of("category", "OPERATIONS", "description", "机关运行经费", "amount", "60"))));
      case "PUT /api/registers/plans/{id}" ->
          json("PUT", "/api/registers/plans/" + s.plan().get("id").asLong(), planCorrection(s));
      case "GET /api/form-options/{source}" -> get("/api/form-options/plan-items?year=2026");
      // plans and reports
      case "GET /api/plans/{unitCode}/{year}" -> get("/api/plans/" + s.unit() + "/2026");
      case "GET /api/reports/plan-execution" ->
          get("/api/reports/plan-execution?year=2026&government=" + s.gov() + "&unit=" + s.unit());
      case "GET /api/reports/running-cost" ->
          get("/api/reports/running-cost?year=2026&government=" + s.gov() + "&unit=" + s.unit());
      case "GET /api/reports/approval-stats" ->
          get("/api/reports/approval-stats?government=" + s.gov() + "&unit=" + s.unit());
      // standards
      case "GET /api/standards" -> get("/api/standards");
      case "GET /api/standards/articles" -> get("/api/standards/articles");
      // administration
      case "GET /api/admin/governments" -> get("/api/admin/governments");
      case "POST /api/admin/governments" ->
          json(
              "POST",
              "/api/admin/governments",
              Map.of("code", "mx", "name", "矩阵测试市", "level", "CITY", "active", true));
      case "PUT /api/admin/governments/{code}" ->
          json(
              "PUT",
              "/api/admin/governments/" + s.gov(),
              Map.of("name", "山西省", "level", "PROVINCE", "active", true));
      case "GET /api/admin/staffing/template.xlsx" -> get("/api/admin/staffing/template.xlsx");
      case "GET /api/admin/staffing/export.xlsx" ->
          get("/api/admin/staffing/export.xlsx?government=" + s.gov());
      case "POST /api/admin/staffing/import" -> upload(key, "/api/admin/staffing/import", s);
      case "GET /api/admin/units" -> get("/api/admin/units");
      case "POST /api/admin/units" ->
          json(
              "POST",
              "/api/admin/units",
              Map.of(
                  "code",
                  "sx-cst",
                  "name",
                  "山西省测试厅",
                  "govCode",
                  "sx",
                  "kind",
                  "AGENCY",
                  "vehicleQuota",
                  1));
      case "PUT /api/admin/units/{code}" ->
          json("PUT", "/api/admin/units/" + s.unit(), Map.of("vehicleQuota", 9));
      case "GET /api/admin/users" -> get("/api/admin/users");
      case "POST /api/admin/users" ->
          json(
              "POST",
              "/api/admin/users",
              Map.of(
                  "id",
                  "sx-jyt-new",
                  "name",
                  "新经办",
                  "unitCode",
                  "sx-jyt",
                  "roles",
                  List.of("UNIT_STAFF"),
                  "password",
                  "secret-123"));
      case "PUT /api/admin/users/{id}" ->
          json("PUT", "/api/admin/users/" + s.staff(), Map.of("name", "改名经办"));
      case "GET /api/admin/processes" -> get("/api/admin/processes");
      case "GET /api/admin/processes/{key}/xml" ->
          get("/api/admin/processes/" + CONSTRUCTION + "/xml");
      case "GET /api/admin/processes/{key}/packaged/xml" ->
          get("/api/admin/processes/" + CONSTRUCTION + "/packaged/xml");
      case "POST /api/admin/processes/{key}/packaged/adopt" ->
          post("/api/admin/processes/" + CONSTRUCTION + "/packaged/adopt");
      case "POST /api/admin/processes/{key}/migrate" ->
          json(
              "POST",
              "/api/admin/processes/" + CONSTRUCTION + "/migrate",
              Map.of("fromVersion", 1, "toVersion", 1, "dryRun", true));
      case "POST /api/admin/deployments" ->
          upload("/api/admin/deployments?dryRun=true", packagedDiagram(), CONSTRUCTION + ".bpmn");
      case "POST /api/admin/processes/{key}/versions/{version}/suspend" ->
          post("/api/admin/processes/" + CONSTRUCTION + "/versions/1/suspend");
      case "POST /api/admin/processes/{key}/versions/{version}/activate" ->
          post("/api/admin/processes/" + CONSTRUCTION + "/versions/1/activate");
      case "GET /api/admin/check-beans" -> get("/api/admin/check-beans");
      case "GET /api/admin/audit" -> get("/api/admin/audit");
      case "GET /api/admin/standards" -> get("/api/admin/standards");
      case "PUT /api/admin/standards/{key}" ->
          json(
              "PUT",
              "/api/admin/standards/vehicleRenewal.years",
              Map.of("value", 9, "reason", "本级规定调整"));
      case "GET /api/admin/calendar" -> get("/api/admin/calendar");
      case "GET /api/admin/calendar/{year}" -> get("/api/admin/calendar/" + year);
      case "PUT /api/admin/calendar/{year}" ->
          json(
              "PUT",
              "/api/admin/calendar/2028",
              Map.of(
                  "holidays",
                  List.of("2028-01-01"),
                  "workdays",
                  List.of(),
                  "source",
                  "国务院办公厅关于2028年部分节假日安排的通知"));
      default -> null;
    };
  }

  private static Map<String, Object> vehicle(Scope s) {
    return Map.of(
        "plate",
        "晋A·T9" + s.name().length() + "99",
        "unitCode",
        s.unit(),
        "category",
        "OTHER",
        "brand",
        "红旗",
        "model",
        "H5 1.5T",
        "energyType",
        "ICE",
        "displacement",
        "1.5",
        "price",
        "15.8",
        "purchaseDate",
        "2024-05-01");
  }

  private static Map<String, Object> officeSpaceBody(Scope s, String building) {
    return Map.of(
        "unitCode",
        s.unit(),
        "building",
        building,
        "room",
        "2层 201",
        "tenure",
        "BORROWED",
        "usableArea",
        "20.5",
        "buildingArea",
        "30",
        "endDate",
        "2021-12-31");
  }

  private static Map<String, Object> assetBody(String code, String unit) {
    return Map.of(
        "code",
        code,
        "category",
        "DESKTOP",
        "name",
        "矩阵测试计算机",
        "originalValue",
        "0.5",
        "purchaseDate",
        "2020-05-01",
        "unitCode",
        unit,
        "status",
        "DISPOSED",
        "location",
        "三楼库房");
  }

  /** The plan as it is (unit, year, ceiling, every item with its id): a valid correction. */
  private static Map<String, Object> planCorrection(Scope s) {
    List<Map<String, Object>> items = new java.util.ArrayList<>();
    for (JsonNode item : s.plan().get("items")) {
      items.add(
          Map.of(
              "id",
              item.get("id").asLong(),
              "category",
              item.get("category").asText(),
              "description",
              item.get("description").asText(),
              "amount",
              item.get("amount").decimalValue().toPlainString()));
    }
    return Map.of(
        "unitCode",
        s.unit(),
        "year",
        "2026",
        "ceiling",
        s.plan().get("ceiling").decimalValue().toPlainString(),
        "items",
        items);
  }

  /**
   * The sheet an import endpoint is sent (header and one valid row for the unit of {@code s}): the
   * columns of the register's Excel template.
   */
  static String[][] importSheet(String key, Scope s) {
    return switch (key) {
      case "POST /api/registers/office-space/import" ->
          new String[][] {
            {"登记编号", "使用单位代码", "楼宇名称", "房间", "权属", "使用面积（㎡）", "建筑面积（㎡）", "到期日期"},
            {"", s.unit(), "矩阵导入楼", "3层 301", "借用", "15", "22", "2021-06-30"}
          };
      case "POST /api/registers/assets/import" ->
          new String[][] {
            {"资产编号", "资产类别", "资产名称", "原值（万元）", "购置日期", "使用单位代码", "公物仓（政府代码）", "状态", "存放地点"},
            {"MX-IMPORT-1", "台式计算机", "矩阵导入计算机", "0.6", "2020-06-01", s.unit(), "", "DISPOSED", "库房"}
          };
      case "POST /api/registers/plans/import" ->
          new String[][] {
            {"单位代码", "计划年度", "预算控制数（万元）", "项目编号", "项目类别", "项目说明", "金额（万元）"},
            {s.unit(), "2099", "100", "", "OPERATIONS", "矩阵导入项目", "10"}
          };
      case "POST /api/admin/staffing/import" ->
          new String[][] {{"单位代码", "单位名称", "职级", "编制人数"}, {s.unit(), "山西省教育厅", "正处级", "5"}};
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** A workbook of text cells: the first sheet holds {@code rows} (the first is the header). */
  static byte[] xlsx(String[][] rows) {
    try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = new java.io.ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("导入");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Call upload(String key, String path, Scope s) {
    return upload(path, xlsx(importSheet(key, s)), "导入.xlsx");
  }

  private static String prefix(String key) {
    return key.contains("/api/messages") ? "/api/messages" : "/api/notifications";
  }

  private static byte[] packagedDiagram() {
    try (InputStream in =
        ApiFixtures.class.getResourceAsStream("/processes/" + CONSTRUCTION + ".bpmn")) {
      if (in == null) {
        throw new IllegalStateException("the packaged diagram is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Call get(String path) {
    return call("GET", path);
  }

  private static Call post(String path) {
    return call("POST", path);
  }

  private static Call call(String method, String path) {
    return new Call(HttpMethod.valueOf(method), path, null, null);
  }

  private static Call json(String method, String path, Object body) {
    return new Call(HttpMethod.valueOf(method), path, JSON.valueToTree(body), null);
  }

  private static Call upload(String path, byte[] content) {
    return upload(path, content, "说明.pdf");
  }

  private static Call upload(String path, byte[] content, String name) {
    return new Call(
        HttpMethod.POST,
        path,
        null,
        new MockMultipartFile("file", name, "application/octet-stream", content));
  }
}
