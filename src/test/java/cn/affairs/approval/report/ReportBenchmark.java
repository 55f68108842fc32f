package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a timed test and not in the normal run (the name ends neither in Test nor IT): a year of
 * 10,000 cases over the six families and 50 units of 山西省, then each report timed over HTTP. Run it
 * on MariaDB with {@code mvn -B verify -Dit.test=ReportBenchmark -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures go to target/benchmark/reports.txt.
 *
 * <p>150 of the cases are real (started through the application service, so their tasks and due
 * dates are the engine's own; 100 are made overdue). The other 9,700 are decided cases written
 * straight (in JDBC batches) into the tables the approval steps write — applications, decision log,
 * check results, registers, plan items, and Camunda's task history — as those steps would have left
 * them.
 */
@AffairsTest
@TestPropertySource(
    properties = "spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true")
class ReportBenchmark {

  static final int CASES = 10_000;
  static final int REAL = 150;
  static final int UNITS = 48;

  static final Map<String, List<String>> STEPS = new LinkedHashMap<>();

  static {
    STEPS.put(
        "office-space-construction",
        List.of("Task_UnitHeadReview", "Task_BureauReview", "Task_GovernmentApproval"));
    STEPS.put(
        "office-space-lease",
        List.of("Task_UnitHeadReview", "Task_BureauOpinion", "Task_GovernmentApproval"));
    STEPS.put(
        "office-repair",
        List.of(
            "Task_UnitHeadReview",
            "Task_BureauAssessment",
            "Task_CostReview",
            "Task_Implementation",
            "Task_Acceptance"));
    STEPS.put(
        "vehicle-purchase",
        List.of(
            "Task_UnitHeadReview",
            "Task_BureauVehicleReview",
            "Task_FinanceReview",
            "Task_CentralProcurement"));
    STEPS.put("plan-change", List.of("Task_UnitHeadReview", "Task_BureauReview"));
    STEPS.put(
        "asset-transfer",
        List.of("Task_UnitHeadReview", "Task_BureauAssetReview", "Task_Handover"));
  }

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired AnnualPlans plans;
  @Autowired Environment environment;
  @Autowired ReportMapper mapper;

  private final Random random = new Random(20261203);

  @Test
  void aYearOfCasesAndEveryReport() throws IOException {
    long seedStart = System.nanoTime();
    List<String> units = seedUnits();
    seedDecidedCases(units);
    String real = seedRealCases();
    long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;

    ApiClient api = new ApiClient(port).as("sx-reviewer");
    var stats = api.get("/api/reports/approval-stats?from=2026-01-01&to=2026-12-31").body();
    long counted = 0;
    for (var f : stats.get("families")) {
      counted += f.get("total").asLong();
    }
    assertThat(counted).as("cases the statistics count").isGreaterThanOrEqualTo(CASES);
    assertThat(stats.get("overdue").size()).isGreaterThanOrEqualTo(100);
    var execution = api.get("/api/reports/plan-execution?year=2026").body();
    assertThat(execution.get("units").size()).isEqualTo(UNITS + 2);

    Map<String, String> reports = new LinkedHashMap<>();
    reports.put("（基线）/api/me：登录校验与往返", "/api/me");
    reports.put("plan-execution JSON（50 个单位）", "/api/reports/plan-execution?year=2026");
    reports.put(
        "plan-execution xlsx（51 张工作表）", "/api/reports/plan-execution?year=2026&format=xlsx");
    reports.put(
        "plan-execution JSON（1 个单位）", "/api/reports/plan-execution?year=2026&unit=" + units.get(0));
    reports.put("running-cost JSON", "/api/reports/running-cost?year=2026");
    reports.put("running-cost xlsx", "/api/reports/running-cost?year=2026&format=xlsx");
    reports.put("approval-stats（全年）", "/api/reports/approval-stats?from=2026-01-01&to=2026-12-31");
    reports.put(
        "approval-stats（1 个单位）",
        "/api/reports/approval-stats?from=2026-01-01&to=2026-12-31&unit=" + units.get(0));
    reports.put("plan view（1 个单位）", "/api/plans/" + units.get(0) + "/2026");

    StringBuilder out = new StringBuilder();
    out.append("报告性能基准：")
        .append(CASES)
        .append(" 件申请（")
        .append(REAL)
        .append(" 件真实流程，其中 100 个超期环节），")
        .append(UNITS + 2)
        .append(" 个单位；数据库 ")
        .append(environment.matchesProfiles("mysql") ? "MariaDB/MySQL" : "H2（内存）")
        .append("；造数 ")
        .append(seedMillis)
        .append(" ms\n");
    out.append(String.format("%-36s %8s %8s %8s%n", "报告", "中位(ms)", "最大(ms)", "大小(B)"));
    for (Map.Entry<String, String> report : reports.entrySet()) {
      long[] times = new long[7];
      long size = 0;
      get(api, report.getValue()); // warm-up
      for (int i = 0; i < times.length; i++) {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = get(api, report.getValue());
        times[i] = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(report.getKey()).isEqualTo(200);
        size = response.body().length;
      }
      Arrays.sort(times);
      out.append(
          String.format(
              "%-36s %8d %8d %8d%n",
              report.getKey(), times[times.length / 2], times[times.length - 1], size));
    }
    out.append(queryTimes(units.get(0)));
    out.append("(").append(real).append(" 为一件真实流程的申请)\n");
    Path file = Path.of("target", "benchmark", "reports.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, out);
    System.out.println(out);
  }

  /** Each query of the reports on its own, for the whole government: where the time goes. */
  private String queryTimes(String unit) {
    LocalDateTime from = LocalDate.of(2026, 1, 1).atStartOfDay();
    LocalDateTime to = from.plusYears(1);
    LocalDate day = LocalDate.of(2026, 1, 1);
    Map<String, Runnable> queries = new LinkedHashMap<>();
    queries.put("units", () -> mapper.units("sx", null));
    queries.put("plans", () -> mapper.plans("sx", null, 2026));
    queries.put("planned", () -> mapper.planned("sx", null, 2026));
    queries.put("approvedConstruction", () -> mapper.approvedConstruction("sx", null, 2026));
    queries.put("approvedPlanChanges", () -> mapper.approvedPlanChanges("sx", null, 2026));
    queries.put("majorRepairs", () -> mapper.majorRepairs("sx", null, 2026));
    queries.put("approvedVehicles", () -> mapper.approvedVehicles("sx", null, from, to));
    queries.put("spaceTakenIntoUse", () -> mapper.spaceTakenIntoUse("sx", null, from, to));
    queries.put("assetsMoved", () -> mapper.assetsMoved("sx", null, from, to));
    queries.put("occupiedArea", () -> mapper.occupiedArea("sx", null, day.plusMonths(11)));
    queries.put("vehiclesByStatus", () -> mapper.vehiclesByStatus("sx", null));
    queries.put("vehiclesBought", () -> mapper.vehiclesBought("sx", null, day, day.plusYears(1)));
    queries.put(
        "repairsCompleted", () -> mapper.repairsCompleted("sx", null, day, day.plusYears(1)));
    queries.put("routineRepairs", () -> mapper.routineRepairs("sx", null, from, to));
    queries.put("assetsHeld", () -> mapper.assetsHeld("sx", null));
    queries.put("assetsBought", () -> mapper.assetsBought("sx", null, day, day.plusYears(1)));
    queries.put("statusCounts", () -> mapper.statusCounts("sx", null, from, to));
    queries.put("decided", () -> mapper.decided("sx", null, from, to));
    queries.put("stepTimes", () -> mapper.stepTimes("sx", null, from, to, from.minusDays(1)));
    queries.put("overrides", () -> mapper.overrides("sx", null, from, to));
    queries.put("overdueTasks", () -> mapper.overdueTasks("sx", null, new java.util.Date()));
    queries.put(
        "stepTimes（1 个单位）", () -> mapper.stepTimes("sx", unit, from, to, from.minusDays(1)));
    StringBuilder out = new StringBuilder("各查询（全省，中位 ms）：");
    for (Map.Entry<String, Runnable> q : queries.entrySet()) {
      long[] times = new long[5];
      q.getValue().run();
      for (int i = 0; i < times.length; i++) {
        long start = System.nanoTime();
        q.getValue().run();
        times[i] = (System.nanoTime() - start) / 1_000_000;
      }
      Arrays.sort(times);
      out.append(q.getKey()).append(' ').append(times[2]).append("；");
    }
    return out.append('\n').toString();
  }

  private HttpResponse<byte[]> get(ApiClient api, String path) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** 48 more units of 山西省, each with staffing, office space, 5 cars and a 2026 plan. */
  private List<String> seedUnits() {
    List<String> units = new ArrayList<>();
    for (int u = 1; u <= UNITS; u++) {
      String code = String.format("bm-u%02d", u);
      units.add(code);
      jdbc.update(
          "INSERT INTO unit (code, name, gov_code, kind, vehicle_quota) VALUES (?, ?, 'sx', 'AGENCY', 5)",
          code,
          "山西省基准测试单位" + u);
      jdbc.update(
          "INSERT INTO staffing (unit_code, rank_name, headcount) VALUES (?, '正处级', 5), (?, '副处级', 10), "
              + "(?, '处级以下', 30)",
          code,
          code,
          code);
      jdbc.update(
          "INSERT INTO office_space (gov_code, unit_code, building, area, ownership) VALUES ('sx', ?, ?, 600, 'OWNED')",
          code,
          "基准测试单位" + u + "办公楼");
      plans.create(
          code,
          2026,
          new BigDecimal("800"),
          List.of(
              new PlanItem(null, null, "OPERATIONS", "机关运行经费", new BigDecimal("400"), null),
              new PlanItem(null, null, "OFFICE_SPACE", "办公楼日常维护", new BigDecimal("50"), null),
              new PlanItem(null, null, "VEHICLES", "公务用车运行维护", new BigDecimal("40"), null),
              new PlanItem(null, null, "ASSETS", "办公设备购置", new BigDecimal("30"), null)));
    }
    return units;
  }

  private void seedDecidedCases(List<String> units) {
    Map<String, Long> planIds = new HashMap<>();
    Map<String, Long> operationsItems = new HashMap<>();
    for (String unit : units) {
      long planId = plans.find(unit, 2026).id();
      planIds.put(unit, planId);
      operationsItems.put(unit, plans.items(plans.find(unit, 2026)).get(0).id());
    }
    List<String> families = new ArrayList<>(STEPS.keySet());
    List<Object[]> applications = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    List<Object[]> decisions = new ArrayList<>();
    List<Object[]> checks = new ArrayList<>();
    List<Object[]> items = new ArrayList<>();
    List<Object[]> repairs = new ArrayList<>();
    List<Object[]> vehicles = new ArrayList<>();
    List<Object[]> spaces = new ArrayList<>();
    List<Object[]> assets = new ArrayList<>();
    List<Object[]> moves = new ArrayList<>();
    List<Object[]> adjustments = new ArrayList<>();
    LocalDateTime yearStart = LocalDate.of(2026, 1, 5).atTime(9, 0);
    for (int n = 1; n <= CASES - REAL; n++) {
      String family = families.get(n % families.size());
      String unit = units.get(n % units.size());
      String id = String.format("BM-2026-%05d", n);
      String instance = "bm-pi-" + n;
      LocalDateTime created = yearStart.plusMinutes(random.nextInt(320 * 24 * 60));
      int roll = random.nextInt(100);
      String status =
          roll < 78 ? "APPROVED" : roll < 90 ? "REJECTED" : roll < 95 ? "WITHDRAWN" : "RETURNED";
      LocalDateTime decided =
          status.equals("RETURNED") ? null : created.plusHours(4 + random.nextInt(24 * 25));
      BigDecimal amount = BigDecimal.valueOf(5 + random.nextInt(60));
      String form =
          family.equals("vehicle-purchase") ? "{\"price\":" + (10 + random.nextInt(8)) + "}" : "{}";
      applications.add(
          new Object[] {
            id,
            family,
            instance,
            1,
            "基准测试申请 " + n,
            unit,
            "sx",
            "sx-jyt-staff",
            status,
            form,
            Timestamp.valueOf(created),
            decided == null ? null : Timestamp.valueOf(decided)
          });
      LocalDateTime at = created;
      List<String> steps = STEPS.get(family);
      int done = status.equals("APPROVED") ? steps.size() : 1 + random.nextInt(steps.size());
      for (int s = 0; s < done; s++) {
        long hours = 1 + random.nextInt(72);
        LocalDateTime end = at.plusHours(hours);
        history.add(
            new Object[] {
              instance + "-t" + s,
              steps.get(s),
              family,
              instance,
              instance,
              "环节 " + steps.get(s),
              Timestamp.valueOf(at),
              Timestamp.valueOf(end),
              hours * 3_600_000L
            });
        boolean override = s == 0 && random.nextInt(50) == 0;
        decisions.add(
            new Object[] {
              id,
              instance + "-t" + s,
              steps.get(s),
              "环节",
              "sx-jyt-head",
              s == done - 1 && status.equals("REJECTED") ? "REJECT" : "APPROVE",
              override ? "说明理由" : null,
              override,
              Timestamp.valueOf(end)
            });
        at = end;
      }
      for (String rule : List.of("ruleA", "ruleB", "ruleC")) {
        String verdict = rule.equals("ruleA") && random.nextInt(25) == 0 ? "FAIL" : "PASS";
        checks.add(
            new Object[] {
              id,
              rule,
              verdict,
              "基准测试",
              "基准",
              "{}",
              "StartEvent_Submitted",
              Timestamp.valueOf(created)
            });
      }
      if (!status.equals("APPROVED")) {
        continue;
      }
      Timestamp when = Timestamp.valueOf(decided);
      switch (family) {
        case "office-space-construction" ->
            items.add(
                new Object[] {
                  planIds.get(unit), "OFFICE_SPACE_CONSTRUCTION", "办公用房建设（" + id + "）", amount, id
                });
        case "office-repair" -> {
          items.add(
              new Object[] {
                planIds.get(unit), "OFFICE_REPAIR", "办公用房维修改造（" + id + "）", amount, id
              });
          repairs.add(
              new Object[] {
                unit,
                "基准测试楼",
                amount,
                amount.subtract(BigDecimal.ONE),
                decided.toLocalDate(),
                id,
                when
              });
        }
        case "vehicle-purchase" ->
            vehicles.add(
                new Object[] {
                  String.format("晋A·B%05d", n),
                  unit,
                  BigDecimal.valueOf(9 + random.nextInt(8)),
                  decided.toLocalDate(),
                  id
                });
        case "plan-change" ->
            adjustments.add(
                new Object[] {
                  id,
                  planIds.get(unit),
                  operationsItems.get(unit),
                  new BigDecimal("400"),
                  new BigDecimal("405"),
                  when
                });
        case "office-space-lease" ->
            spaces.add(
                new Object[] {unit, "借用用房（" + id + "）", decided.toLocalDate().plusYears(1), id});
        default -> {
          String code = String.format("BM-A-%05d", n);
          assets.add(new Object[] {code, unit});
          moves.add(new Object[] {code, id, unit, when});
        }
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO application (id, process_key, process_instance_id, process_version, title, unit_code, "
            + "gov_code, applicant, status, form_json, created_at, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        applications);
    jdbc.batchUpdate(
        "INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_, "
            + "NAME_, START_TIME_, END_TIME_, DURATION_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        history);
    jdbc.batchUpdate(
        "INSERT INTO decision_log (application_id, task_id, step, step_name, user_id, decision, comment_text, "
            + "override_fail, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        decisions);
    jdbc.batchUpdate(
        "INSERT INTO check_result (application_id, rule_name, verdict, message, basis, facts_json, step, "
            + "checked_at, superseded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)",
        checks);
    jdbc.batchUpdate(
        "INSERT INTO plan_item (plan_id, category, description, amount, source_application) "
            + "VALUES (?, ?, ?, ?, ?)",
        items);
    jdbc.batchUpdate(
        "INSERT INTO repair_project (gov_code, unit_code, building, repair_type, affected_area, "
            + "estimated_cost, plan_year, status, actual_cost, completed_on, source_application, updated_at) "
            + "VALUES ('sx', ?, ?, 'MAJOR', 1000, ?, 2026, 'ACCEPTED', ?, ?, ?, ?)",
        repairs);
    jdbc.batchUpdate(
        "INSERT INTO vehicle (plate, unit_code, category, brand, model, energy_type, price, purchase_date, "
            + "mileage_km, status, source_application) VALUES (?, ?, 'OTHER', '比亚迪', '秦PLUS EV', 'BEV', ?, ?, 0, 'ACTIVE', ?)",
        vehicles);
    jdbc.batchUpdate(
        "INSERT INTO office_space (gov_code, unit_code, building, area, ownership, end_date, "
            + "source_application) VALUES ('sx', ?, ?, 20, 'BORROWED', ?, ?)",
        spaces);
    jdbc.batchUpdate(
        "INSERT INTO asset (code, category, name, original_value, purchase_date, holder_unit, status) "
            + "VALUES (?, 'DESKTOP', '台式计算机', 0.5, '2021-07-01', ?, 'IN_USE')",
        assets);
    jdbc.batchUpdate(
        "INSERT INTO asset_movement (asset_code, application_id, transfer_type, from_holder, to_holder, "
            + "received_by, moved_at) VALUES (?, ?, 'FROM_WAREHOUSE', 'warehouse:sx', ?, '经办人', ?)",
        moves);
    jdbc.batchUpdate(
        "INSERT INTO plan_adjustment (application_id, plan_id, item_id, amount_before, amount_after, "
            + "plan_version, emergency, applied_at) VALUES (?, ?, ?, ?, ?, 2, FALSE, ?)",
        adjustments);
  }

  /**
   * Real running cases of 省教育厅 (routine repairs with the unit head); 100 of their steps overdue.
   */
  private String seedRealCases() {
    String first = null;
    for (int n = 0; n < REAL; n++) {
      Map<String, Object> form = new HashMap<>();
      form.put("building", "省教育厅办公楼");
      form.put("repairType", "ROUTINE");
      form.put("reasons", List.of("AGING"));
      form.put("items", "更换灯具 " + n);
      form.put("affectedArea", 100);
      form.put("estimatedCost", 3);
      form.put("buildingCompletedYear", 1996);
      String id = cases.start("sx-jyt-staff", "office-repair", form);
      first = first == null ? id : first;
      if (n < 100) {
        jdbc.update(
            "UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ = "
                + "(SELECT process_instance_id FROM application WHERE id = ?)",
            Timestamp.valueOf(LocalDateTime.now().minusDays(3 + n % 20)),
            id);
      }
    }
    return first;
  }
}
