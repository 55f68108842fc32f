package cn.affairs.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.standards.StandardsCatalogue;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Standards (本级规定 only) and calendar edits: validated, audited, in force without a restart. */
@AffairsTest
class AdminStandardsCalendarApiTest {

  static final String DUE_DAYS = "localPolicy.taskDueWorkingDays";

  @LocalServerPort int port;
  @Autowired StandardsCatalogue catalogue;
  @Autowired WorkingDayCalendar calendar;
  ApiClient api;
  ApiClient admin;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    admin = api.as("admin");
  }

  Response put(ApiClient as, String path, Object body) {
    try {
      String text = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
      return as.send(
          as.request(path)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String path(String key) {
    return "/api/admin/standards/"
        + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
  }

  JsonNode figure(String key) {
    for (JsonNode f : admin.get("/api/admin/standards").body()) {
      if (key.equals(f.get("key").asText())) {
        return f;
      }
    }
    throw new AssertionError(key);
  }

  JsonNode audit(String type) {
    return admin.get("/api/admin/audit?type=" + type + "&size=1").get("items").get(0);
  }

  @Test
  void onlyLocalPolicyFiguresChangeWithAReasonAndAtOnce() {
    Response national =
        put(admin, path("vehicleCaps.CONFIDENTIAL.price"), Map.of("value", 20, "reason", "试图提高"));
    assertThat(national.status()).isEqualTo(400);
    assertThat(national.get("fields").get("key").asText()).contains("不是本级规定");
    assertThat(catalogue.value("vehicleCaps.CONFIDENTIAL.price")).isEqualByComparingTo("12");

    Response noReason = put(admin, path("localPolicy.repairMinIntervalYears"), Map.of("value", -1));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.get("fields").get("reason").asText()).contains("理由");
    assertThat(noReason.get("fields").get("value").asText()).contains("负数");
    assertThat(
            put(admin, path("localPolicy.noSuchFigure"), Map.of("value", 1, "reason", "x"))
                .status())
        .isEqualTo(404);
    assertThat(
            put(admin, path("vehicleCaps.SPECIAL.price"), Map.of("value", "很多", "reason", "x"))
                .status())
        .isEqualTo(400);

    String before = catalogue.value("vehicleCaps.SPECIAL.price").toPlainString();
    Response changed =
        put(
            admin,
            path("vehicleCaps.SPECIAL.price"),
            Map.of("value", 26, "reason", "晋机管〔2026〕12号"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(catalogue.value("vehicleCaps.SPECIAL.price")).isEqualByComparingTo("26");
    JsonNode listed = figure("vehicleCaps.SPECIAL.price");
    assertThat(listed.get("value").decimalValue()).isEqualByComparingTo("26");
    assertThat(listed.get("fileValue").decimalValue()).isEqualByComparingTo("25");
    assertThat(listed.get("lastChange").get("reason").asText()).isEqualTo("晋机管〔2026〕12号");
    assertThat(api.as("sx-reviewer").get("/api/standards").text()).contains("\"value\":26");
    JsonNode entry = audit("STANDARD");
    assertThat(entry.get("user").asText()).isEqualTo("admin");
    assertThat(entry.get("summary").asText())
        .contains("vehicleCaps.SPECIAL.price")
        .contains(before + " → 26");
    assertThat(entry.get("before").get("value").decimalValue()).isEqualByComparingTo(before);
    assertThat(entry.get("after").get("reason").asText()).isEqualTo("晋机管〔2026〕12号");
    assertThat(
            put(admin, path("vehicleCaps.SPECIAL.price"), Map.of("value", 25, "reason", "恢复"))
                .status())
        .isEqualTo(200);

    for (String user : List.of("sx-reviewer", "sx-jyt-staff", "sx-director")) {
      assertThat(
              put(
                      api.as(user),
                      path("vehicleCaps.SPECIAL.price"),
                      Map.of("value", 1, "reason", "x"))
                  .status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.as(user).get("/api/admin/standards").status()).as(user).isEqualTo(403);
      assertThat(api.as(user).get("/api/admin/calendar/2027").status()).as(user).isEqualTo(403);
      assertThat(put(api.as(user), "/api/admin/calendar/2030", Map.of()).status())
          .as(user)
          .isEqualTo(403);
      assertThat(api.as(user).get("/api/admin/check-beans").status()).as(user).isEqualTo(403);
    }
  }

  @Test
  void theYear2027IsShippedWithItsStatutoryHolidaysOnlyAndFlaggedOnDueDatesInIt() {
    JsonNode year = admin.get("/api/admin/calendar/2027").body();
    assertThat(year.get("loaded").asBoolean()).isFalse();
    assertThat(year.get("status").asText()).isEqualTo("PROVISIONAL");
    assertThat(year.get("statusLabel").asText()).contains("调休安排未录入");
    List<String> holidays = new java.util.ArrayList<>();
    year.get("holidays").forEach(d -> holidays.add(d.asText()));
    assertThat(holidays).contains("2027-01-01", "2027-02-05", "2027-02-08", "2027-10-03");
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01")))
        .as("元旦 is never a working day")
        .isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08")))
        .as("春节 is never a working day")
        .isFalse();
    JsonNode overview = admin.get("/api/admin/calendar").body();
    assertThat(overview.toString())
        .contains("\"year\":2026,\"status\":\"LOADED\"")
        .contains("\"year\":2027,\"status\":\"PROVISIONAL\"");

    // a due date 30 working days from December 2026 lies in 2027: flagged on the task
    assertThat(put(admin, path(DUE_DAYS), Map.of("value", 30, "reason", "年末延长办理期限")).status())
        .isEqualTo(200);
    try {
      String id = submitCar();
      JsonNode step = admin.get("/api/applications/" + id).get("currentSteps").get(0);
      assertThat(step.get("dueNote").asText()).contains("2027 年工作日历").contains("调休安排未录入");
      JsonNode task = null;
      for (JsonNode t : api.as("sx-jtt-head").get("/api/tasks?size=200").get("items")) {
        if (id.equals(t.get("applicationId").asText())) {
          task = t;
        }
      }
      assertThat(task.get("dueNote").asText()).contains("2027");
      // the road ahead: the open step and every step after it lie in 2027 too
      JsonNode forecast = admin.get("/api/applications/" + id + "/forecast").body();
      assertThat(forecast.size()).isGreaterThan(0);
      forecast.forEach(
          s -> assertThat(s.get("dueNote").asText()).as(s.toString()).contains("2027"));
    } finally {
      assertThat(put(admin, path(DUE_DAYS), Map.of("value", 5, "reason", "恢复五个工作日")).status())
          .isEqualTo(200);
    }
    String id = submitCar();
    assertThat(
            admin.get("/api/applications/" + id).get("currentSteps").get(0).get("dueNote").isNull())
        .isTrue();
    for (JsonNode s : admin.get("/api/applications/" + id + "/forecast").body()) {
      if (s.get("current").asBoolean()) {
        assertThat(s.get("dueNote").isNull()).as(s.toString()).isTrue();
      }
    }
  }

  @Test
  void aYearIsEnteredWithItsHolidaysAndWorkdaysAndAppliesAtOnce() {
    LocalDate newYear = LocalDate.parse("2030-01-01"); // a Tuesday
    assertThat(admin.get("/api/admin/calendar/2030").get("status").asText()).isEqualTo("MISSING");
    assertThat(calendar.isWorkingDay(newYear)).isTrue();

    Response wrong =
        put(
            admin,
            "/api/admin/calendar/2030",
            Map.of(
                "holidays",
                List.of("2030-01-01", "2031-01-01", "x"),
                "workdays",
                List.of("2030-01-02", "2030-01-01"),
                "source",
                ""));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.get("fields").get("holidays").asText())
        .contains("2031-01-01 不在 2030 年")
        .contains("「x」");
    assertThat(wrong.get("fields").get("workdays").asText()).contains("2030-01-02 是工作日");
    assertThat(wrong.get("fields").get("source").asText()).contains("依据");
    assertThat(calendar.isWorkingDay(newYear)).isTrue();

    Response entered =
        put(
            admin,
            "/api/admin/calendar/2030",
            Map.of(
                "holidays",
                List.of("2030-01-01", "2030-02-02", "2030-02-03", "2030-02-04"),
                "workdays",
                List.of("2030-01-05"),
                "source",
                "测试用 2030 年安排"));
    assertThat(entered.status()).as(entered.text()).isEqualTo(200);
    assertThat(calendar.isWorkingDay(newYear)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2030-01-05")))
        .as("a Saturday made a working day")
        .isTrue();
    JsonNode year = admin.get("/api/admin/calendar/2030").body();
    assertThat(year.get("loaded").asBoolean()).isTrue();
    assertThat(year.get("source").asText()).isEqualTo("测试用 2030 年安排");
    JsonNode entry = audit("CALENDAR");
    assertThat(entry.get("summary").asText())
        .contains("2030 年")
        .contains("放假 4 天")
        .contains("调休上班 1 天");
    assertThat(entry.get("before").get("status").asText()).isEqualTo("MISSING");
    assertThat(entry.get("after").get("holidays").get(0).asText()).isEqualTo("2030-01-01");
  }

  @Test
  void theCheckBeansAreListedWithTheirArticlesAndTheAuditLogIsReadOnly() {
    Response beans = admin.get("/api/admin/check-beans");
    assertThat(beans.status()).isEqualTo(200);
    JsonNode newEnergy = null;
    for (JsonNode b : beans.body()) {
      if ("vehicleNewEnergyCheck".equals(b.get("bean").asText())) {
        newEnergy = b;
      }
    }
    assertThat(newEnergy.get("expression").asText()).isEqualTo("${vehicleNewEnergyCheck}");
    assertThat(newEnergy.get("name").asText()).isEqualTo("新能源汽车");
    assertThat(newEnergy.get("articles").toString()).contains("办法 第二十三条");

    assertThat(admin.get("/api/admin/audit?type=NOPE").get("fields").has("type")).isTrue();
    assertThat(admin.get("/api/admin/audit?from=2026-12-10&to=2026-12-01").status()).isEqualTo(400);
    assertThat(admin.get("/api/admin/audit?from=2020-01-01&to=2020-01-02").get("total").asInt())
        .isZero();
    Response page = admin.get("/api/admin/audit?page=0&size=5");
    assertThat(page.status()).isEqualTo(200);
    if (page.get("total").asInt() > 0) {
      long id = page.get("items").get(0).get("id").asLong();
      assertThat(admin.send(admin.request("/api/admin/audit/" + id).DELETE()).status())
          .isIn(404, 405);
      assertThat(put(admin, "/api/admin/audit/" + id, Map.of("summary", "改")).status())
          .isIn(404, 405);
    }
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
        api.as("sx-jtt-staff")
            .post("/api/applications", Map.of("processKey", "vehicle-purchase", "form", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }
}
