package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.ConstructionForms;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 审批统计 on cases whose start and decision are set around 2026's 中秋 and 国庆 holidays (09-25..09-27 and
 * 10-01..10-07 off; Saturday 10-10 a 调休 working day), in a period no other test starts cases in.
 */
@AffairsTest
class ApprovalStatsApiTest {

  static final String PERIOD = "from=2026-09-21&to=2026-10-16";

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired WorkingDayCalendar calendar;
  ApiClient api;
  ReportCases walk;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    walk = new ReportCases(api);
    // cases of earlier runs of this class in the same database leave the period
    jdbc.update(
        "UPDATE application SET created_at = ? WHERE created_at >= ? AND created_at < ?",
        Timestamp.valueOf(LocalDateTime.of(2001, 1, 1, 9, 0)),
        Timestamp.valueOf(LocalDateTime.of(2026, 9, 21, 0, 0)),
        Timestamp.valueOf(LocalDateTime.of(2026, 10, 17, 0, 0)));
  }

  static Map<String, Object> routine(Object cost) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "省教育厅办公楼");
    form.put("repairType", "ROUTINE");
    form.put("reasons", List.of("WEAR")); // 日常损耗: the unit head decides it (办法 第二十条第一款)
    form.put("items", "更换走廊灯具");
    form.put("affectedArea", 800);
    form.put("estimatedCost", cost);
    form.put("buildingCompletedYear", 1996);
    return form;
  }

  /** A routine repair the unit head approved, started and decided at the given times. */
  String decidedRoutine(Object cost, String comment, LocalDateTime created, LocalDateTime decided) {
    String id = walk.submit("sx-jyt-staff", "office-repair", routine(cost));
    walk.decide("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", comment, null);
    setTimes(id, created, decided);
    return id;
  }

  void setTimes(String id, LocalDateTime created, LocalDateTime decided) {
    jdbc.update(
        "UPDATE application SET created_at = ?, decided_at = ? WHERE id = ?",
        Timestamp.valueOf(created),
        decided == null ? null : Timestamp.valueOf(decided),
        id);
  }

  void setStepHours(String id, long hours) {
    jdbc.update(
        "UPDATE ACT_HI_TASKINST SET DURATION_ = ? WHERE PROC_INST_ID_ = "
            + "(SELECT process_instance_id FROM application WHERE id = ?)",
        hours * 3_600_000L,
        id);
  }

  static LocalDateTime at(String day) {
    return LocalDate.parse(day).atTime(10, 0);
  }

  JsonNode stats(String user, String query) {
    ApiClient.Response response = api.as(user).get("/api/reports/approval-stats?" + query);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode family(JsonNode stats, String key) {
    for (JsonNode f : stats.get("families")) {
      if (key.equals(f.get("processKey").asText())) {
        return f;
      }
    }
    throw new AssertionError("no family " + key);
  }

  @Test
  void workingDaysToADecisionSkipHolidaysAndCountMakeUpDays() {
    // Thu 09-24 -> Mon 09-28: 中秋 and the weekend off, 1 working day (2 weekdays without the
    // calendar)
    String a = decidedRoutine(30, null, at("2026-09-24"), at("2026-09-28"));
    // Tue 09-29 -> Fri 10-09: 09-30, 10-08, 10-09 = 3
    String b = decidedRoutine(30, null, at("2026-09-29"), at("2026-10-09"));
    // Wed 09-30 -> Sat 10-10 (调休 working day): 10-08, 10-09, 10-10 = 3
    String c = decidedRoutine(30, null, at("2026-09-30"), at("2026-10-10"));
    // Mon 09-21 -> Mon 10-12: 10 working days
    String d = decidedRoutine(30, null, at("2026-09-21"), at("2026-10-12"));
    // the same day: 0
    String e =
        decidedRoutine(30, null, at("2026-10-08"), LocalDate.parse("2026-10-08").atTime(16, 0));
    long hours = 1;
    for (String id : List.of(a, b, c, d, e)) {
      setStepHours(id, hours++);
    }
    // still with the unit head, started in the period
    String running = walk.submit("sx-jyt-staff", "office-repair", routine(20));
    setTimes(running, at("2026-10-09"), null);
    // a construction over the area standard that the unit head passes on to 本级政府 over the FAIL (a
    // routine
    // repair's figures can no longer be overridden by the unit head: 办法 第二十条 names the bureau)
    String overArea =
        walk.submit("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(100));
    walk.decide("sx-jyt-head", overArea, "Task_UnitHeadReview", "APPROVE", "编制增加，确需扩建", null);
    setTimes(overArea, at("2026-09-22"), null);

    JsonNode stats = stats("sx-reviewer", PERIOD + "&government=sx");
    assertThat(stats.get("from").asText()).isEqualTo("2026-09-21");
    assertThat(stats.get("to").asText()).isEqualTo("2026-10-16");
    assertThat(stats.get("families").findValuesAsText("processKey"))
        .containsExactly(
            "office-space-construction",
            "office-space-lease",
            "office-repair",
            "vehicle-purchase",
            "plan-change",
            "asset-transfer",
            "annual-plan");
    JsonNode repair = family(stats, "office-repair");
    assertThat(repair.get("name").asText()).isEqualTo("办公用房维修改造");
    assertThat(repair.get("total").asLong()).isEqualTo(6);
    assertThat(repair.get("byStatus").get("APPROVED").asLong()).isEqualTo(5);
    assertThat(repair.get("byStatus").get("RUNNING").asLong()).isEqualTo(1);
    assertThat(repair.get("byStatus").get("REJECTED").asLong()).isEqualTo(0);
    assertThat(repair.get("decided").asLong()).isEqualTo(5);
    // sorted: 0, 1, 3, 3, 10 -> median (rank 3) 3, 90th percentile (rank 5) 10
    assertThat(repair.get("medianWorkingDays").asInt()).isEqualTo(3);
    assertThat(repair.get("p90WorkingDays").asInt()).isEqualTo(10);
    // 1 + 2 + 3 + 4 + 5 hours at 单位负责人审核
    JsonNode step = repair.get("steps").get(0);
    assertThat(step.get("taskKey").asText()).isEqualTo("Task_UnitHeadReview");
    assertThat(step.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(step.get("completed").asLong()).isEqualTo(5);
    assertThat(step.get("averageHours").decimalValue()).isEqualByComparingTo("3.0");
    assertThat(repair.get("overrides")).isEmpty();
    JsonNode construction = family(stats, "office-space-construction");
    assertThat(construction.get("overrides")).hasSize(1);
    assertThat(construction.get("overrides").get(0).get("rule").asText())
        .isEqualTo("officeRoomArea");
    assertThat(construction.get("overrides").get(0).get("count").asLong()).isEqualTo(1);
    JsonNode vehicles = family(stats, "vehicle-purchase");
    assertThat(vehicles.get("total").asLong()).isZero();
    assertThat(vehicles.get("medianWorkingDays").isNull()).isTrue();
    assertThat(stats.get("totalByStatus").get("APPROVED").asLong()).isEqualTo(5);

    // a narrower period holds only the cases started in it: b, c, e and the running one
    JsonNode october =
        family(stats("sx-reviewer", "from=2026-09-29&to=2026-10-16"), "office-repair");
    assertThat(october.get("total").asLong()).isEqualTo(4);
    assertThat(october.get("medianWorkingDays").asInt()).isEqualTo(3); // 0, 3, 3
    assertThat(october.get("p90WorkingDays").asInt()).isEqualTo(3);
  }

  @Test
  void overdueStepsNameWhoHoldsThem() {
    String id = walk.submit("sx-jyt-staff", "office-repair", routine(25));
    jdbc.update(
        "UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ = "
            + "(SELECT process_instance_id FROM application WHERE id = ?)",
        Timestamp.from(
            LocalDate.parse("2026-10-09")
                .atTime(18, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant()),
        id);
    int late =
        calendar.workingDaysBetween(LocalDate.parse("2026-10-09"), LocalDate.now(ReportCases.ZONE));

    JsonNode step = overdue(stats("sx-reviewer", "government=sx"), id);
    assertThat(step.get("name").asText()).isEqualTo("单位负责人审核");
    assertThat(step.get("processName").asText()).isEqualTo("办公用房维修改造");
    assertThat(step.get("unitName").asText()).isEqualTo("山西省教育厅");
    assertThat(step.get("overdueWorkingDays").asInt()).isEqualTo(late);
    assertThat(step.get("assignee").isNull()).isTrue();
    assertThat(step.get("candidateGroups").findValuesAsText("name"))
        .containsExactly("山西省教育厅 单位负责人");

    String task = step.get("taskId").asText();
    assertThat(api.as("sx-jyt-head").post("/api/tasks/" + task + "/claim").status()).isEqualTo(200);
    step = overdue(stats("sx-jyt-head", ""), id);
    assertThat(step.get("assignee").get("id").asText()).isEqualTo("sx-jyt-head");
    assertThat(step.get("assignee").get("name").asText()).isEqualTo("吴处长");
    assertThat(step.get("candidateGroups")).isEmpty();
    // another government's bodies do not see it
    for (JsonNode s : stats("sl-reviewer", "").get("overdue")) {
      assertThat(s.get("applicationId").asText()).isNotEqualTo(id);
    }
  }

  @Test
  void aUnitSeesOnlyItsOwnCases() {
    String jtt = walk.submit("sx-jtt-staff", "office-repair", routine(10));
    setTimes(jtt, at("2026-10-14"), null);
    String jyt = walk.submit("sx-jyt-staff", "office-repair", routine(10));
    setTimes(jyt, at("2026-10-14"), null);
    JsonNode whole = family(stats("sx-director", "from=2026-10-14&to=2026-10-14"), "office-repair");
    assertThat(whole.get("total").asLong()).isEqualTo(2);
    JsonNode own = stats("sx-jyt-head", "from=2026-10-14&to=2026-10-14");
    assertThat(own.get("unit").asText()).isEqualTo("sx-jyt");
    assertThat(family(own, "office-repair").get("total").asLong()).isEqualTo(1);
    List<String> units = new ArrayList<>();
    own.get("overdue").forEach(s -> units.add(s.get("unitCode").asText()));
    assertThat(units).allMatch("sx-jyt"::equals);

    for (String query : List.of("unit=sx-jtt", "government=sl", "government=sx&unit=sx-jtt")) {
      ApiClient.Response denied =
          api.as("sx-jyt-staff").get("/api/reports/approval-stats?" + query);
      assertThat(denied.status()).as(query).isEqualTo(403);
    }
    assertThat(api.as("sl-gov").get("/api/reports/approval-stats?government=sx").status())
        .isEqualTo(403);
    assertThat(stats("admin", "government=sl").get("government").get("name").asText())
        .isEqualTo("示例市");
  }

  @Test
  void badDatesAreNamed() {
    ApiClient.Response both =
        api.as("sx-reviewer").get("/api/reports/approval-stats?from=abc&to=2026-13-01");
    assertThat(both.status()).isEqualTo(400);
    assertThat(both.get("fields").get("from").asText())
        .isEqualTo("起始日期须为日期，格式 yyyy-MM-dd，例如 2026-01-01");
    assertThat(both.get("fields").get("to").asText()).startsWith("截止日期须为日期");
    ApiClient.Response reversed =
        api.as("sx-reviewer").get("/api/reports/approval-stats?from=2026-10-01&to=2026-09-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.get("fields").get("to").asText()).isEqualTo("截止日期不能早于起始日期（2026-10-01）");
  }

  private static JsonNode overdue(JsonNode stats, String applicationId) {
    for (JsonNode s : stats.get("overdue")) {
      if (applicationId.equals(s.get("applicationId").asText())) {
        return s;
      }
    }
    throw new AssertionError("no overdue step of " + applicationId + " in " + stats.get("overdue"));
  }
}
