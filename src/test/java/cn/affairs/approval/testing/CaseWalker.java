package cn.affairs.approval.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Clients of fault tests: each walks office-space expansion cases (提交 → 单位负责人 → 机关事务管理部门 → 本级政府 →
 * 已批准) over HTTP on the nodes in {@link #nodes}, as a patient user would: an action that fails
 * (503, a dropped connection, a node gone) is tried again after reading where the case stands, a
 * submission again with the same Idempotency-Key. Every action answered 2xx is noted, so that
 * {@link #verify} can hold the database to it.
 */
public final class CaseWalker {

  /** An action the server answered 2xx: the case and the step ({@code SUBMIT} for the start). */
  public record Ack(String caseId, String step) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CASE_ID = Pattern.compile("[A-Z]{2}-\\d{4}-\\d+");
  private static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity", "确有必要",
          "opinionStandard", "符合标准",
          "opinionLocation", "选址合理",
          "opinionFunding", "资金已落实");

  /** The base URLs the clients use, one picked at random per request; a dead node is removed. */
  public final List<String> nodes = new CopyOnWriteArrayList<>();

  public final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
  public final Set<String> cases = ConcurrentHashMap.newKeySet();

  /** How many answers of each status the clients got; -1 counts requests that got no answer. */
  public final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

  /** How many 2xx answers each node gave. */
  public final Map<String, AtomicInteger> answeredBy = new ConcurrentHashMap<>();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  public CaseWalker(List<String> nodes) {
    this.nodes.addAll(nodes);
  }

  /** A response: status (-1: no answer) and body. */
  public record Answer(int status, JsonNode body) {}

  public Answer send(String base, String user, String method, String path, Object body) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .timeout(Duration.ofSeconds(30))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
      if (body instanceof Map<?, ?> map && map.containsKey("Idempotency-Key")) {
        request.header("Idempotency-Key", (String) map.get("Idempotency-Key"));
        Map<Object, Object> rest = new TreeMap<>(map);
        rest.remove("Idempotency-Key");
        body = rest;
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(body), StandardCharsets.UTF_8));
      }
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      count(response.statusCode());
      if (response.statusCode() / 100 == 2) {
        answeredBy.computeIfAbsent(base, b -> new AtomicInteger()).incrementAndGet();
      }
      JsonNode parsed;
      try {
        parsed = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      } catch (IOException notJson) {
        parsed = JSON.nullNode();
      }
      return new Answer(response.statusCode(), parsed);
    } catch (IOException e) {
      count(-1);
      return new Answer(-1, JSON.nullNode());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void count(int status) {
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
  }

  public int count(java.util.function.IntPredicate status) {
    return statuses.entrySet().stream()
        .filter(e -> status.test(e.getKey()))
        .mapToInt(e -> e.getValue().get())
        .sum();
  }

  private String node() {
    List<String> live = new ArrayList<>(nodes);
    return live.get(ThreadLocalRandom.current().nextInt(live.size()));
  }

  /** Walks one case from its submission to 已批准; fails when it has not got there by {@code end}. */
  public String walk(Instant end) {
    String key = "walk-" + UUID.randomUUID();
    // no office rooms added: the walks run for minutes on one unit, and every approved expansion
    // enters its area in the register, which would soon bring the unit over its standard
    Map<String, Object> form = new java.util.HashMap<>(ConstructionForms.expansion(0));
    form.put("projectName", "扩建工程 " + key.substring(5, 13));
    Map<String, Object> submission =
        Map.of("processKey", "office-space-construction", "form", form, "Idempotency-Key", key);
    String id = null;
    while (id == null) {
      requireBefore(end, "submission " + key);
      Answer created = send(node(), "sx-jyt-staff", "POST", "/api/applications", submission);
      if (created.status() == 201) {
        id = created.body().path("id").asText();
        acks.add(new Ack(id, "SUBMIT"));
      } else if (created.status() == 409) {
        // a repeated submission names its case; another 409 is a lost race to try again
        Matcher m = CASE_ID.matcher(created.body().path("message").asText());
        if (m.find()) {
          id = m.group();
        } else {
          pause();
        }
      } else {
        expectTransient(created, "submission");
        pause();
      }
    }
    cases.add(id);
    while (true) {
      requireBefore(end, "case " + id);
      Answer view = send(node(), "sx-jyt-staff", "GET", "/api/applications/" + id, null);
      if (view.status() != 200) {
        expectTransient(view, "case page");
        pause();
        continue;
      }
      String status = view.body().path("status").asText();
      if (!status.equals("RUNNING")) {
        assertThat(status).as("case %s", id).isEqualTo("APPROVED");
        return id;
      }
      for (JsonNode step : view.body().path("currentSteps")) {
        String group = step.path("candidateGroups").path(0).asText();
        Map<String, Object> decision = new java.util.HashMap<>();
        decision.put("decision", "APPROVE");
        decision.put("comment", "同意");
        if (group.endsWith(".BUREAU_REVIEWER")) {
          decision.put("form", OPINIONS);
        }
        Answer done =
            send(
                node(),
                approver(group),
                "POST",
                "/api/tasks/" + step.path("taskId").asText() + "/complete",
                decision);
        if (done.status() == 200) {
          acks.add(new Ack(id, step.path("taskKey").asText()));
        } else if (done.status() != 404 && done.status() != 409) {
          expectTransient(done, "decision at " + step.path("taskKey").asText());
          pause();
        }
      }
    }
  }

  private static String approver(String group) {
    return switch (group.substring(group.indexOf('.') + 1)) {
      case "UNIT_HEAD" -> "sx-jyt-head";
      case "BUREAU_REVIEWER" -> "sx-reviewer";
      case "GOVERNMENT" -> "sx-gov";
      case "FINANCE" -> "sx-finance";
      case "DRC" -> "sx-drc";
      default -> throw new AssertionError("no approver for " + group);
    };
  }

  /** A failure a fault may cause: 503 or no answer at all; a 500 or a 4xx is a bug. */
  private static void expectTransient(Answer answer, String what) {
    assertThat(answer.status()).as("%s: %s", what, answer.body()).isIn(-1, 503);
    if (answer.status() == 503) {
      assertThat(answer.body().path("error").asText()).isEqualTo("UNAVAILABLE");
      assertThat(answer.body().path("message").asText()).containsPattern("[\\u4e00-\\u9fa5]");
    }
  }

  private static void requireBefore(Instant end, String what) {
    if (Instant.now().isAfter(end)) {
      throw new AssertionError(what + " could not be walked to its end in time");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Holds the database to what the clients were told: every acknowledged action is there exactly
   * once, no step of any walked case was decided twice, every case is 已批准 with its one plan item
   * and plan version (the register), and no case is half-written.
   */
  public void verify(JdbcTemplate db) {
    for (Ack ack : acks) {
      if (ack.step().equals("SUBMIT")) {
        assertThat(count(db, "SELECT COUNT(*) FROM application WHERE id = ?", ack.caseId()))
            .as("submission %s", ack.caseId())
            .isEqualTo(1);
      } else {
        assertThat(
                count(
                    db,
                    "SELECT COUNT(*) FROM decision_log WHERE application_id = ? AND step = ?"
                        + " AND decision = 'APPROVE'",
                    ack.caseId(),
                    ack.step()))
            .as("decision %s", ack)
            .isEqualTo(1);
      }
    }
    for (String id : cases) {
      assertThat(db.queryForObject("SELECT status FROM application WHERE id = ?", String.class, id))
          .as("case %s", id)
          .isEqualTo("APPROVED");
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM decision_log WHERE application_id = ? AND decision = 'SUBMIT'",
                  id))
          .isEqualTo(1);
      List<Map<String, Object>> doubled =
          db.queryForList(
              "SELECT step, COUNT(*) n FROM decision_log WHERE application_id = ?"
                  + " AND decision = 'APPROVE' GROUP BY step HAVING COUNT(*) > 1",
              id);
      assertThat(doubled).as("steps of %s decided twice", id).isEmpty();
      assertThat(count(db, "SELECT COUNT(*) FROM plan_item WHERE source_application = ?", id))
          .as("plan item of %s", id)
          .isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM plan_version WHERE application_id = ?", id))
          .as("plan version of %s", id)
          .isEqualTo(1);
      assertThat(count(db, "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?", id))
          .as("engine state of %s", id)
          .isZero();
    }
    // nothing half-written anywhere: every case has its start entry and, while open, its process
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM application a WHERE a.process_instance_id IS NULL"
                    + " OR NOT EXISTS (SELECT 1 FROM decision_log d WHERE d.application_id = a.id"
                    + " AND d.decision = 'SUBMIT')"))
        .isZero();
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM application a WHERE a.status IN ('RUNNING', 'RETURNED')"
                    + " AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e"
                    + " WHERE e.PROC_INST_ID_ = a.process_instance_id)"))
        .isZero();
  }

  private static int count(JdbcTemplate db, String sql, Object... args) {
    Integer n = db.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }
}
