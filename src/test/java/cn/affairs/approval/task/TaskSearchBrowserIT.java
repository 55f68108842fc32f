package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Searching 待办 and 已办 in a real browser (Debian's headless Chromium): the bureau reviewer finds a
 * case by words of its title and narrows by unit; the unit head finds a step they decided under 已办
 * and narrows it by the case's status. Screenshots at 1366 and 390 px go to target/screenshots/.
 */
@AffairsTest
class TaskSearchBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  private WebDriverWait wait;
  private BrowserSteps steps;
  private ApiClient api;
  private String tag;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("task-search-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
    tag = "页面检索" + UUID.randomUUID().toString().substring(0, 6);
  }

  /** A construction case its unit head approved: it waits at the bureau review. */
  String atBureauReview(String staff, String head, String projectName) {
    Response created = api.as(staff).post("/api/applications", request(titled(projectName)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    String task = created.get("currentSteps").get(0).get("taskId").asText();
    Response approved =
        api.as(head)
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("decision", "APPROVE", "comment", "同意，超标部分另行说明"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    return id;
  }

  @Test
  void theReviewerSearchesTodoAndTheUnitHeadSearchesDone() throws IOException {
    String library = atBureauReview("sx-jyt-staff", "sx-jyt-head", tag + " 图书馆 扩建");
    String canteen = atBureauReview("sx-jyt-staff", "sx-jyt-head", tag + " 食堂 扩建");
    String transport = atBureauReview("sx-jtt-staff", "sx-jtt-head", tag + " 交通 扩建");
    Response rejected =
        api.as("sx-jyt-staff").post("/api/applications", request(titled(tag + " 车库 扩建")));
    String refused = rejected.get("id").asText();
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/"
                        + rejected.get("currentSteps").get(0).get("taskId").asText()
                        + "/complete",
                    Map.of("decision", "REJECT", "comment", "暂缓建设"))
                .status())
        .isEqualTo(200);

    // 待办: words of the title, then the unit
    signIn("sx-reviewer");
    steps.open("/#/tasks");
    steps.visible(By.id("task-filters"));
    steps.type(By.id("task-filter-q"), tag + " 食堂");
    steps.click(By.id("task-filter-search"));
    rows("#task-table", List.of(canteen));
    assertThat(steps.text(By.id("task-filter-total"))).contains("符合条件的待办 1 件");
    steps.type(By.id("task-filter-q"), tag);
    steps.click(By.id("task-filter-search"));
    rows("#task-table", List.of(library, canteen, transport));
    new Select(steps.visible(By.id("task-filter-unit"))).selectByValue("sx-jtt");
    rows("#task-table", List.of(transport));
    assertThat(browser.getCurrentUrl()).contains("unit=sx-jtt");
    steps.screenshots("task-search-open");
    steps.click(By.id("task-filter-overdue"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("task-table"), "没有符合条件的待办事项"));
    assertThat(browser.getCurrentUrl()).contains("overdue=true");
    steps.signOut();

    // 已办: the unit head's decided steps, by words and by the case's status now
    signIn("sx-jyt-head");
    steps.open("/#/done");
    steps.visible(By.id("done-filters"));
    steps.type(By.id("done-filter-q"), tag);
    steps.click(By.id("done-filter-search"));
    rows("#done-table", List.of(library, canteen, refused));
    new Select(steps.visible(By.id("done-filter-status"))).selectByValue("REJECTED");
    rows("#done-table", List.of(refused));
    assertThat(steps.text(By.id("done-filter-total"))).contains("符合条件的已办 1 件");
    steps.screenshots("task-search-done");
    steps.click(By.xpath("//form[@id='done-filters']//button[text()='清除条件']"));
    wait.until(d -> d.findElement(By.id("done-filter-q")).getAttribute("value").isEmpty());
    steps.signOut();
  }

  static Map<String, Object> titled(String projectName) {
    Map<String, Object> form = expansion(10);
    form.put("projectName", projectName);
    return form;
  }

  /** Waits until the table lists exactly these cases (in any order). */
  private void rows(String table, List<String> ids) {
    By rows = By.cssSelector(table + " tbody tr[data-application-id]");
    try {
      wait.until(
          d -> {
            List<String> shown =
                d.findElements(rows).stream()
                    .map(r -> r.getAttribute("data-application-id"))
                    .toList();
            return shown.size() == ids.size() && shown.containsAll(ids);
          });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "expected " + ids + " in " + table + "; page shows: " + steps.text(By.tagName("body")),
          e);
    }
  }

  /** Signs in from a freshly opened sign-in page. */
  private void signIn(String user) {
    steps.open("/login.html");
    steps.signIn(user);
  }
}
