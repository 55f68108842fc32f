package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search and filters on 待办, 已办 and 抄送我的 (api.md, Tasks): by business key, title words, family,
 * unit, the task's and the submission's dates, overdue only; the total counts the filtered tasks
 * and pages stay right; a filter never widens what a user sees.
 */
@AffairsTest
class TaskSearchApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired TaskService taskService;
  ApiClient api;

  /** A word no other test puts in a title, so that the searches see only this test's cases. */
  String tag;

  LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
    tag = "待办检索" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A case of {@code user}'s unit, waiting for its unit head. */
  String start(String user, String projectName) {
    Map<String, Object> form = expansion(10);
    form.put("projectName", projectName);
    return cases.start(user, "office-space-construction", form);
  }

  /** A case that the unit head approved: it waits for the bureau (sx.BUREAU_REVIEWER). */
  String atBureau(String user, String head, String projectName) {
    String id = start(user, projectName);
    String task = cases.task(id, "Task_UnitHeadReview").getId();
    Response done =
        api.as(head)
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意，超标部分另行说明"));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    return id;
  }

  /** The case ids of the listed tasks; the total must count exactly the page when it is whole. */
  List<String> open(String user, String query) {
    return ids(user, "/api/tasks?size=200&" + query);
  }

  List<String> done(String user, String query) {
    return ids(user, "/api/tasks/done?size=200&" + query);
  }

  List<String> ids(String user, String path) {
    Response list = api.as(user).get(path);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(i -> ids.add(i.get("applicationId").asText()));
    assertThat(list.get("total").asLong()).as(path).isEqualTo(ids.size());
    return ids;
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void openTasksAreSearchedByKeyTitleWordsFamilyAndUnit() {
    String library = atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 图书馆 扩建工程");
    String canteen = atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 食堂 扩建工程");
    String transport = atBureau("sx-jtt-staff", "sx-jtt-head", tag + " 交通厅 扩建工程");
    String q = "q=" + enc(tag);

    assertThat(open("sx-reviewer", q)).containsExactlyInAnyOrder(library, canteen, transport);
    assertThat(open("sx-reviewer", "q=" + enc(library))).containsExactly(library);
    assertThat(open("sx-reviewer", "q=" + enc(library.toLowerCase()))).containsExactly(library);
    // every word must be in the title, in any order
    assertThat(open("sx-reviewer", "q=" + enc("扩建工程 " + tag + " 食堂"))).containsExactly(canteen);
    assertThat(open("sx-reviewer", "q=" + enc(tag + " 体育馆"))).isEmpty();
    assertThat(open("sx-reviewer", "q=" + enc(tag + "%"))).isEmpty();
    assertThat(open("sx-reviewer", q + "&unit=sx-jtt")).containsExactly(transport);
    assertThat(open("sx-reviewer", q + "&processKey=office-space-construction"))
        .containsExactlyInAnyOrder(library, canteen, transport);
    assertThat(open("sx-reviewer", q + "&processKey=vehicle-purchase")).isEmpty();
    // another government's bureau has none of these tasks, whatever it searches for
    assertThat(open("sl-reviewer", q)).isEmpty();
    assertThat(open("sl-reviewer", q + "&unit=sx-jtt")).isEmpty();
  }

  @Test
  void openTasksAreSearchedByTheirDatesTheSubmissionsAndOverdueOnly() {
    String first = atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 甲");
    String second = atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 乙");
    String q = "q=" + enc(tag);

    assertThat(open("sx-reviewer", q + "&createdFrom=" + today + "&createdTo=" + today))
        .containsExactlyInAnyOrder(first, second);
    assertThat(open("sx-reviewer", q + "&createdFrom=" + today.plusDays(1))).isEmpty();
    assertThat(open("sx-reviewer", q + "&createdTo=" + today.minusDays(1))).isEmpty();
    assertThat(open("sx-reviewer", q + "&from=" + today + "&to=" + today))
        .containsExactlyInAnyOrder(first, second);
    assertThat(open("sx-reviewer", q + "&to=" + today.minusDays(1))).isEmpty();

    assertThat(open("sx-reviewer", q + "&overdue=true")).isEmpty();
    String late = cases.task(second, "Task_BureauReview").getId();
    taskService.setDueDate(late, Date.from(java.time.Instant.now().minusSeconds(3600)));
    assertThat(open("sx-reviewer", q + "&overdue=true")).containsExactly(second);
    assertThat(open("sx-reviewer", q + "&overdue=false")).containsExactlyInAnyOrder(first, second);
  }

  @Test
  void theTotalCountsTheFilteredTasksAndThePagesSplitThem() {
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      started.add(atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 分页" + i));
    }
    List<String> seen = new ArrayList<>();
    for (int page = 0; page < 2; page++) {
      Response list =
          api.as("sx-reviewer").get("/api/tasks?size=2&page=" + page + "&q=" + enc(tag));
      assertThat(list.status()).as(list.text()).isEqualTo(200);
      assertThat(list.get("total").asLong()).isEqualTo(3);
      assertThat(list.get("items")).hasSize(page == 0 ? 2 : 1);
      list.get("items").forEach(i -> seen.add(i.get("applicationId").asText()));
    }
    // no task twice, none left out (tasks created within the same second keep one order by id)
    assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(started);
    List<String> doneSeen = new ArrayList<>();
    for (int page = 0; page < 3; page++) {
      Response done =
          api.as("sx-jyt-head").get("/api/tasks/done?size=1&page=" + page + "&q=" + enc(tag));
      assertThat(done.get("total").asLong()).isEqualTo(3);
      assertThat(done.get("items")).hasSize(1);
      doneSeen.add(done.get("items").get(0).get("applicationId").asText());
    }
    assertThat(doneSeen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(started);
  }

  @Test
  void aUnitUserCannotWidenTheirTasksWithAFilter() {
    String education = start("sx-jyt-staff", tag + " 教育厅");
    String transport = start("sx-jtt-staff", tag + " 交通厅");
    String q = "q=" + enc(tag);

    assertThat(open("sx-jyt-head", q)).containsExactly(education);
    assertThat(open("sx-jyt-head", q + "&unit=sx-jtt")).isEmpty();
    assertThat(open("sx-jyt-head", "q=" + enc(transport))).isEmpty();
    assertThat(open("sx-jtt-head", q + "&unit=sx-jtt")).containsExactly(transport);
    assertThat(done("sx-jyt-head", q + "&unit=sx-jtt")).isEmpty();
  }

  @Test
  void doneTasksAreSearchedByCaseStatusFamilyAndCompletionDates() {
    String library = atBureau("sx-jyt-staff", "sx-jyt-head", tag + " 图书馆");
    String rejected = start("sx-jyt-staff", tag + " 食堂");
    String task = cases.task(rejected, "Task_UnitHeadReview").getId();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + task + "/complete",
                    Map.of("decision", "REJECT", "comment", "暂缓建设"))
                .status())
        .isEqualTo(200);
    String q = "q=" + enc(tag);

    assertThat(done("sx-jyt-head", q)).containsExactlyInAnyOrder(library, rejected);
    assertThat(done("sx-jyt-head", "q=" + enc(tag + " 图书馆"))).containsExactly(library);
    assertThat(done("sx-jyt-head", q + "&status=REJECTED")).containsExactly(rejected);
    assertThat(done("sx-jyt-head", q + "&status=RUNNING")).containsExactly(library);
    assertThat(done("sx-jyt-head", q + "&processKey=office-space-construction"))
        .containsExactlyInAnyOrder(library, rejected);
    assertThat(done("sx-jyt-head", q + "&processKey=office-repair")).isEmpty();
    assertThat(done("sx-jyt-head", q + "&unit=sx-jyt")).hasSize(2);
    assertThat(done("sx-jyt-head", q + "&completedFrom=" + today + "&completedTo=" + today))
        .hasSize(2);
    assertThat(done("sx-jyt-head", q + "&completedFrom=" + today.plusDays(1))).isEmpty();
    assertThat(done("sx-jyt-head", q + "&completedTo=" + today.minusDays(1))).isEmpty();
    assertThat(done("sx-jyt-head", q + "&from=" + today.plusDays(1))).isEmpty();
    // the bureau decided none of them
    assertThat(done("sx-reviewer", q)).isEmpty();
  }

  @Test
  void copiesToMeAreSearchedByKeyTitleWordsFamilyUnitAndTheDayOfTheCopy() {
    List<String> copied = new ArrayList<>();
    for (String project : List.of(tag + " 图书馆", tag + " 食堂")) {
      String id = start("sx-jyt-staff", project);
      String task = cases.task(id, "Task_UnitHeadReview").getId();
      Response done =
          api.as("sx-jyt-head")
              .post(
                  "/api/tasks/" + task + "/complete",
                  Map.of("decision", "APPROVE", "comment", "请局领导知悉", "cc", List.of("sx-director")));
      assertThat(done.status()).as(done.text()).isEqualTo(200);
      copied.add(id);
    }
    String q = "q=" + enc(tag);
    assertThat(ids("sx-director", "/api/cc?size=200&" + q))
        .containsExactlyInAnyOrderElementsOf(copied);
    assertThat(ids("sx-director", "/api/cc?size=200&q=" + enc(tag + " 食堂")))
        .containsExactly(copied.get(1));
    assertThat(ids("sx-director", "/api/cc?size=200&q=" + enc(copied.get(0))))
        .containsExactly(copied.get(0));
    assertThat(ids("sx-director", "/api/cc?size=200&" + q + "&processKey=vehicle-purchase"))
        .isEmpty();
    assertThat(ids("sx-director", "/api/cc?size=200&" + q + "&unit=sx-jtt")).isEmpty();
    assertThat(
            ids(
                "sx-director",
                "/api/cc?size=200&" + q + "&copiedFrom=" + today + "&copiedTo=" + today))
        .hasSize(2);
    assertThat(ids("sx-director", "/api/cc?size=200&" + q + "&copiedTo=" + today.minusDays(1)))
        .isEmpty();
    Response page = api.as("sx-director").get("/api/cc?size=1&page=1&" + q);
    assertThat(page.get("total").asLong()).isEqualTo(2);
    assertThat(page.get("items")).hasSize(1);
    assertThat(ids("sx-reviewer", "/api/cc?size=200&" + q)).isEmpty();
    Response reversed =
        api.as("sx-director").get("/api/cc?copiedFrom=2026-05-02&copiedTo=2026-05-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.get("fields").has("copiedTo")).as(reversed.text()).isTrue();
  }

  @Test
  void wrongFiltersAreRefusedNamingTheField() {
    Response reversed =
        api.as("sx-reviewer").get("/api/tasks?createdFrom=2026-05-02&createdTo=2026-05-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.get("fields").has("createdTo")).as(reversed.text()).isTrue();
    Response doneReversed =
        api.as("sx-reviewer")
            .get("/api/tasks/done?completedFrom=2026-05-02&completedTo=2026-05-01");
    assertThat(doneReversed.status()).isEqualTo(400);
    assertThat(doneReversed.get("fields").has("completedTo")).as(doneReversed.text()).isTrue();
    Response submitted = api.as("sx-reviewer").get("/api/tasks?from=2026-05-02&to=2026-05-01");
    assertThat(submitted.status()).isEqualTo(400);
    assertThat(submitted.get("fields").has("to")).as(submitted.text()).isTrue();
    Response badDate = api.as("sx-reviewer").get("/api/tasks?createdFrom=2026-13-01");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.text()).contains("createdFrom");
    Response longQuery = api.as("sx-reviewer").get("/api/tasks?q=" + "检".repeat(101));
    assertThat(longQuery.status()).isEqualTo(400);
    assertThat(longQuery.get("fields").has("q")).isTrue();
  }
}
