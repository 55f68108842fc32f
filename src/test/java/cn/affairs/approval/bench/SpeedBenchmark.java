package cn.affairs.approval.bench;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The speed of the system, side by side with Camunda's own Java API (a default engine
 * configuration, history FULL) on the same MariaDB server in the same JVM run. Not in the normal
 * test run: {@code mvn -B verify -Pbench} (the README); the table goes to target/bench/speed.md.
 *
 * <p>The baseline engine is a second, plain {@link StandaloneProcessEngineConfiguration} on its own
 * database of the same server, running the office-space construction chain as a minimal BPMN of its
 * three user tasks (the same candidate groups). Its pool is Hikari, READ COMMITTED (as Camunda
 * requires on MySQL/MariaDB), 40 connections; nothing else of its configuration is set.
 */
@AffairsTest
@TestPropertySource(
    properties = "spring.datasource.hikari.data-source-properties.rewriteBatchedStatements=true")
class SpeedBenchmark {

  static final String GROUP = "sx.BUREAU_REVIEWER";
  static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity",
          "确有必要",
          "opinionStandard",
          "符合标准",
          "opinionLocation",
          "选址合理",
          "opinionFunding",
          "资金已落实");
  static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 12));
  static final int[] CLIENTS =
      Stream.of(System.getProperty("bench.clients", "1,8,32").split(","))
          .mapToInt(Integer::parseInt)
          .toArray();
  static final int[] TASKS =
      Stream.of(System.getProperty("bench.tasks", "10000,100000").split(","))
          .mapToInt(Integer::parseInt)
          .toArray();

  static HikariDataSource rawDataSource;
  static ProcessEngine raw;
  static String rawDatabase;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repository;
  @Autowired Environment environment;

  private final StringBuilder table = new StringBuilder();
  private long rawBootMillis;

  @Test
  void theSystemSideBySideWithTheRawEngine() throws Exception {
    assertThat(environment.matchesProfiles("mysql"))
        .as("the benchmark runs on MariaDB (mvn -B verify -Pbench)")
        .isTrue();
    startRawEngine();
    String commit = git("rev-parse", "--short", "HEAD");
    table
        .append("# 性能基准（与 Camunda 原生 Java API 同机同库同次对比）\n\n")
        .append("- 时间：")
        .append(LocalDateTime.now(ZoneOffset.UTC).withNano(0))
        .append(" UTC；提交 ")
        .append(commit)
        .append("；机器：")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" 核，")
        .append(System.getProperty("os.name"))
        .append(" ")
        .append(System.getProperty("os.arch"))
        .append("，Java ")
        .append(System.getProperty("java.version"))
        .append("；数据库 ")
        .append(serverVersion())
        .append("\n")
        .append(
            "- 基线：默认配置的 Camunda 引擎（history FULL）在同一服务器的另一数据库上运行同一链路"
                + "（3 个用户任务、同样的候选组），每个比值 = 本系统 / 基线。\n\n");

    throughput();
    long heap = heapAfterGc();
    taskLists();
    startUp(heap);

    Path file = Path.of("target", "bench", "speed.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table);
    System.out.println(table);
  }

  // ---------------------------------------------------------------- throughput

  private void throughput() throws Exception {
    table
        .append("## 1. 吞吐：办公用房建设申请走到已批准（每件 7 个动作：提交，3 个环节各签收与办理）\n\n")
        .append(
            "| 并发客户端 | 本系统 动作/秒 | 基线 动作/秒 | 比值 | 本系统 p50/p95/p99 ms | 基线 p50/p95/p99 ms | 失败的案件（本系统/基线） |\n")
        .append("|---|---|---|---|---|---|---|\n");
    walkOurs(2, Duration.ofSeconds(3));
    walkRaw(2, Duration.ofSeconds(3));
    for (int clients : CLIENTS) {
      Run ours = walkOurs(clients, RUN);
      Run base = walkRaw(clients, RUN);
      table.append(
          String.format(
              "| %d | %.1f | %.1f | **%.2f×** | %s | %s | %d / %d |%n",
              clients,
              ours.perSecond(),
              base.perSecond(),
              ours.perSecond() / base.perSecond(),
              ours.percentiles(),
              base.percentiles(),
              ours.errors(),
              base.errors()));
      for (Run r : List.of(ours, base)) {
        if (r.firstError() != null) {
          System.err.println(
              "benchmark: " + clients + " clients, first failure: " + r.firstError());
        }
      }
    }
    table.append('\n');
  }

  /** Latencies (ns) of every action and the wall time of a run. */
  record Run(List<Long> latencies, long nanos, int errors, String firstError) {
    double perSecond() {
      return latencies.size() / (nanos / 1e9);
    }

    String percentiles() {
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return ms(sorted, 0.50) + " / " + ms(sorted, 0.95) + " / " + ms(sorted, 0.99);
    }
  }

  static String ms(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return "-";
    }
    long v = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    return String.format("%.1f", v / 1e6);
  }

  private Run walkOurs(int clients, Duration duration) throws Exception {
    ApiClient api = new ApiClient(port);
    return run(
        clients,
        duration,
        latencies -> {
          Response created =
              timed(
                  latencies,
                  () ->
                      api.as("sx-jyt-staff")
                          .post(
                              "/api/applications",
                              Map.of(
                                  "processKey",
                                  "office-space-construction",
                                  "form",
                                  // no added office-room area: thousands of approved cases must not
                                  // fill the unit's office-space standard (登记办公用房 enters nothing)
                                  expansion(0),
                                  "attachments",
                                  List.of())));
          assertThat(created.status()).as(created.text()).isEqualTo(201);
          JsonNode detail = created.body();
          String[][] steps = {{"sx-jyt-head", null}, {"sx-reviewer", "opinions"}, {"sx-gov", null}};
          for (String[] step : steps) {
            JsonNode open = detail.get("currentSteps");
            assertThat(open).as(detail.toString()).hasSize(1);
            String task = open.get(0).get("taskId").asText();
            ApiClient as = api.as(step[0]);
            Response claimed = timed(latencies, () -> as.post("/api/tasks/" + task + "/claim"));
            assertThat(claimed.status()).as(claimed.text()).isEqualTo(200);
            Map<String, Object> body =
                step[1] == null
                    ? Map.of("decision", "APPROVE", "comment", "同意")
                    : Map.of("decision", "APPROVE", "comment", "同意", "form", OPINIONS);
            Response done =
                timed(latencies, () -> as.post("/api/tasks/" + task + "/complete", body));
            assertThat(done.status()).as(done.text()).isEqualTo(200);
            detail = done.body();
          }
          assertThat(detail.get("status").asText()).isEqualTo("APPROVED");
        });
  }

  private Run walkRaw(int clients, Duration duration) throws Exception {
    AtomicInteger counter = new AtomicInteger();
    var runtime = raw.getRuntimeService();
    TaskService tasks = raw.getTaskService();
    return run(
        clients,
        duration,
        latencies -> {
          String key = "RAW-" + counter.incrementAndGet();
          Task first =
              timed(
                  latencies,
                  () -> {
                    var instance =
                        runtime.startProcessInstanceByKey(
                            "bench-construction",
                            key,
                            Map.of(
                                "unitCode",
                                "sx-jyt",
                                "govCode",
                                "sx",
                                "projectType",
                                "EXPANSION",
                                "estimatedCost",
                                300));
                    return tasks
                        .createTaskQuery()
                        .processInstanceId(instance.getId())
                        .singleResult();
                  });
          Task task = first;
          for (String user : List.of("sx-jyt-head", "sx-reviewer", "sx-gov")) {
            String id = task.getId();
            String instance = task.getProcessInstanceId();
            timed(
                latencies,
                () -> {
                  tasks.claim(id, user);
                  return null;
                });
            task =
                timed(
                    latencies,
                    () -> {
                      tasks.complete(id, Map.of("decision", "APPROVE", "comment", "同意"));
                      return tasks.createTaskQuery().processInstanceId(instance).singleResult();
                    });
          }
          assertThat(task).isNull();
        });
  }

  interface Walk {
    void once(List<Long> latencies) throws Exception;
  }

  private Run run(int clients, Duration duration, Walk walk) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<?>> futures = new ArrayList<>();
    AtomicInteger errors = new AtomicInteger();
    List<String> firstError = Collections.synchronizedList(new ArrayList<>());
    for (int c = 0; c < clients; c++) {
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  try {
                    walk.once(latencies);
                  } catch (Exception | AssertionError e) {
                    // counted in the table; the run goes on (a shared, loaded server may time out a
                    // connection)
                    errors.incrementAndGet();
                    if (firstError.isEmpty()) {
                      firstError.add(String.valueOf(e));
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    return new Run(latencies, nanos, errors.get(), firstError.isEmpty() ? null : firstError.get(0));
  }

  static <T> T timed(List<Long> latencies, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    latencies.add(System.nanoTime() - start);
    return result;
  }

  private long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  // ---------------------------------------------------------------- task lists at scale

  private void taskLists() {
    table
        .append("## 2. 待办与申请列表：审核人候选组中的大量未办任务（p50 / p95 ms）\n\n")
        .append(
            "基线为 `taskService.createTaskQuery().taskCandidateGroup(g).orderByTaskCreateTime().desc()`"
                + " 的 `count()` + `listPage()`（页面要给出总数）；本系统为 HTTP 全程（登录校验、权限、JSON）。\n\n")
        .append("| 未办任务 | 请求 | 本系统 p50 / p95 | 基线 p50 / p95 | 比值（基线 p95 / 本系统 p95） |\n")
        .append("|---|---|---|---|---|\n");
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("office-space-construction")
            .latestVersion()
            .singleResult()
            .getId();
    String rawDefinition =
        raw.getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("bench-construction")
            .latestVersion()
            .singleResult()
            .getId();
    JdbcTemplate rawJdbc = new JdbcTemplate(rawDataSource);
    ApiClient reviewer = new ApiClient(port).as("sx-reviewer");
    TaskService tasks = raw.getTaskService();
    int seeded = 0;
    for (int target : TASKS) {
      long seedStart = System.nanoTime();
      seed(jdbc, definition, seeded, target, true);
      seed(rawJdbc, rawDefinition, seeded, target, false);
      seeded = target;
      long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
      int deep = target / 50 / 2;
      List<Long> rawFirst =
          times(
              () -> {
                var q = tasks.createTaskQuery().taskCandidateGroup(GROUP);
                q.count();
                q.orderByTaskCreateTime().desc().listPage(0, 50);
              });
      List<Long> rawDeep =
          times(
              () -> {
                var q = tasks.createTaskQuery().taskCandidateGroup(GROUP);
                q.count();
                q.orderByTaskCreateTime().desc().listPage(deep * 50, 50);
              });
      String label = String.format("%,d（造数 %d ms）", target, seedMillis);
      row(
          label,
          "`GET /api/tasks` 第 1 页",
          http(reviewer, "/api/tasks?page=0&size=50", target),
          rawFirst);
      row(
          label,
          "`GET /api/tasks` 第 " + (deep + 1) + " 页",
          http(reviewer, "/api/tasks?page=" + deep + "&size=50", target),
          rawDeep);
      row(
          label,
          "`GET /api/applications`（全省）第 1 页",
          http(reviewer, "/api/applications?page=0&size=50", target),
          rawFirst);
    }
    table.append('\n');
  }

  private List<Long> http(ApiClient api, String path, int atLeast) {
    Response check = api.get(path);
    assertThat(check.status()).as(check.text()).isEqualTo(200);
    assertThat(check.get("total").asLong()).isGreaterThanOrEqualTo(atLeast);
    assertThat(check.get("items")).hasSize(50);
    return times(() -> assertThat(api.get(path).status()).isEqualTo(200));
  }

  private static List<Long> times(Runnable action) {
    for (int i = 0; i < 3; i++) {
      action.run();
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long start = System.nanoTime();
      action.run();
      times.add(System.nanoTime() - start);
    }
    Collections.sort(times);
    return times;
  }

  private void row(String size, String what, List<Long> ours, List<Long> base) {
    table.append(
        String.format(
            "| %s | %s | %s / %s | %s / %s | **%.1f×** |%n",
            size,
            what,
            ms(ours, 0.5),
            ms(ours, 0.95),
            ms(base, 0.5),
            ms(base, 0.95),
            (double) p95(base) / p95(ours)));
  }

  static long p95(List<Long> sorted) {
    return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
  }

  /**
   * Open cases {@code from..to} waiting at 机关事务管理部门审核, written in JDBC batches as the engine writes
   * them (an execution, a task and its candidate group) and, for our system, the application row of
   * each case.
   */
  private static void seed(
      JdbcTemplate db, String definition, int from, int to, boolean applications) {
    LocalDateTime base = LocalDateTime.now().minusDays(30);
    for (int start = from; start < to; start += 5_000) {
      List<Object[]> executions = new ArrayList<>();
      List<Object[]> tasks = new ArrayList<>();
      List<Object[]> links = new ArrayList<>();
      List<Object[]> rows = new ArrayList<>();
      for (int n = start; n < Math.min(to, start + 5_000); n++) {
        String pi = "bench-pi-" + n;
        String key = String.format("BENCH-%06d", n);
        Timestamp created = Timestamp.valueOf(base.plusSeconds(n * 10L));
        executions.add(new Object[] {pi, pi, pi, key, definition});
        tasks.add(new Object[] {"bench-t-" + n, pi, pi, definition, created, created});
        links.add(new Object[] {"bench-l-" + n, GROUP, "bench-t-" + n});
        rows.add(new Object[] {key, pi, "基准测试申请 " + n, created});
      }
      db.batchUpdate(
          "INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, "
              + "PROC_DEF_ID_, ACT_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, "
              + "CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_) VALUES (?, 1, ?, ?, ?, ?, 'Task_BureauReview', 1, 0, 1, "
              + "0, 1, 0, 1, 'office-space-construction')",
          executions);
      db.batchUpdate(
          "INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, "
              + "TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, LAST_UPDATED_, SUSPENSION_STATE_, TASK_STATE_) VALUES (?, 1, ?, ?, ?, "
              + "'机关事务管理部门审核', 'Task_BureauReview', 50, ?, ?, 1, 'Created')",
          tasks);
      db.batchUpdate(
          "INSERT INTO ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_) VALUES (?, 1, ?, "
              + "'candidate', ?)",
          links);
      if (applications) {
        db.batchUpdate(
            "INSERT INTO application (id, process_key, process_instance_id, process_version, title, "
                + "unit_code, gov_code, applicant, status, form_json, created_at) VALUES (?, 'office-space-construction', ?, "
                + "1, ?, 'sx-jyt', 'sx', 'sx-jyt-staff', 'RUNNING', '{}', ?)",
            rows);
      }
    }
  }

  // ---------------------------------------------------------------- start-up

  private void startUp(long heap) throws Exception {
    File jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar =
          files
              .filter(p -> p.getFileName().toString().matches("affairs-approval-.*\\.jar"))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("target/affairs-approval-*.jar: run through mvn verify"))
              .toFile();
    }
    long h2 = startJar(jar, Map.of());
    String database = "affairs_bench_start_" + ProcessHandle.current().pid();
    long mariadb;
    try {
      mariadb =
          startJar(
              jar,
              Map.of(
                  "SPRING_PROFILES_ACTIVE",
                  "mysql",
                  "DB_NAME",
                  database,
                  "DB_HOST",
                  environment.getProperty("DB_HOST", "127.0.0.1")));
    } finally {
      execute("DROP DATABASE IF EXISTS " + database);
    }
    table
        .append("## 3. 启动与内存\n\n")
        .append("| 项目 | 本系统 | 基线 | 比值 | 目标 |\n|---|---|---|---|---|\n")
        .append(
            String.format(
                "| 打包 jar 启动到首个 HTTP 应答，H2（新库） | %.1f s | 引擎建库启动 %.1f s | %.1f× | ≤ 10 s |%n",
                h2 / 1e3, rawBootMillis / 1e3, (double) h2 / rawBootMillis))
        .append(
            String.format(
                "| 打包 jar 启动到首个 HTTP 应答，MariaDB（新库） | %.1f s | 引擎建库启动 %.1f s | %.1f× | ≤ 10 s |%n",
                mariadb / 1e3, rawBootMillis / 1e3, (double) mariadb / rawBootMillis))
        .append(
            String.format(
                "| 吞吐测试后的堆（GC 后已用，含测试 JVM 中的基线引擎） | %d MB | - | - | ≤ 512 MB |%n%n",
                heap / (1024 * 1024)));
  }

  /** Milliseconds from launching the jar (in a new working directory) to its first HTTP answer. */
  private static long startJar(File jar, Map<String, String> env) throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }
    Path dir = Files.createTempDirectory("affairs-bench");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.getAbsolutePath())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.log").toFile());
    builder.environment().putAll(env);
    builder.environment().put("PORT", String.valueOf(freePort));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      while (true) {
        if (!process.isAlive()) {
          throw new AssertionError("the jar stopped: " + Files.readString(dir.resolve("out.log")));
        }
        try {
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + freePort + "/api/me"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
          return (System.nanoTime() - start) / 1_000_000;
        } catch (IOException notYet) {
          Thread.sleep(50);
        }
        if (System.nanoTime() - start > Duration.ofMinutes(3).toNanos()) {
          throw new AssertionError(
              "no answer after 3 minutes: " + Files.readString(dir.resolve("out.log")));
        }
      }
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  // ---------------------------------------------------------------- the baseline engine

  private void startRawEngine() throws SQLException {
    rawDatabase = "affairs_bench_raw_" + ProcessHandle.current().pid();
    execute("DROP DATABASE IF EXISTS " + rawDatabase);
    execute("CREATE DATABASE " + rawDatabase + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(serverUrl(rawDatabase) + "&rewriteBatchedStatements=true");
    pool.setUsername(environment.getProperty("DB_USER", "root"));
    pool.setPassword(environment.getProperty("DB_PASSWORD", ""));
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    // more connections than clients: with 10, 32 clients deadlock the pool (a command holding one
    // connection opens a second one for a new id block) and the baseline would be unfairly slow
    pool.setMaximumPoolSize(40);
    rawDataSource = new HikariDataSource(pool);
    long start = System.nanoTime();
    ProcessEngineConfiguration configuration =
        new StandaloneProcessEngineConfiguration()
            .setDataSource(rawDataSource)
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setProcessEngineName("bench-baseline");
    raw = configuration.buildProcessEngine();
    BpmnModelInstance chain =
        Bpmn.createExecutableProcess("bench-construction")
            .camundaHistoryTimeToLive(180)
            .startEvent()
            .userTask("Task_UnitHeadReview")
            .name("单位负责人审核")
            .camundaCandidateGroups("${unitCode}.UNIT_HEAD")
            .userTask("Task_BureauReview")
            .name("机关事务管理部门审核")
            .camundaCandidateGroups("${govCode}.BUREAU_REVIEWER")
            .userTask("Task_GovernmentApproval")
            .name("本级政府审批")
            .camundaCandidateGroups("${govCode}.GOVERNMENT")
            .endEvent()
            .done();
    raw.getRepositoryService()
        .createDeployment()
        .addModelInstance("bench-construction.bpmn", chain)
        .deploy();
    rawBootMillis = (System.nanoTime() - start) / 1_000_000;
  }

  @AfterAll
  static void stopRawEngine() {
    if (raw != null) {
      raw.close();
    }
    if (rawDataSource != null) {
      try (Connection c = rawDataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + rawDatabase);
      } catch (SQLException ignored) {
        // the server keeps an empty benchmark database; the next run drops it
      }
      rawDataSource.close();
    }
  }

  private String serverUrl(String database) {
    return "jdbc:mysql://"
        + environment.getProperty("DB_HOST", "127.0.0.1")
        + ":"
        + environment.getProperty("DB_PORT", "3306")
        + "/"
        + database
        + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&sendFractionalSeconds=false"
        + "&nullDatabaseMeansCurrent=true&useSSL=false&allowPublicKeyRetrieval=true&serverTimezone=Asia/Shanghai";
  }

  private void execute(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                serverUrl(""),
                environment.getProperty("DB_USER", "root"),
                environment.getProperty("DB_PASSWORD", ""));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private String serverVersion() {
    return jdbc.queryForObject("SELECT VERSION()", String.class);
  }

  private static String git(String... args) {
    try {
      List<String> command = new ArrayList<>(List.of("git"));
      command.addAll(List.of(args));
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return out;
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
