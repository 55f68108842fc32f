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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The task actions in a real browser (Debian's headless Chromium): the bureau reviewer 委派s a task
 * to a colleague who answers, copies the case to finance with the decision, 转办s another case, and
 * finance finds the copy under 抄送我的. Screenshots at 1366 and 390 px go to target/screenshots/.
 */
@AffairsTest
class TaskActionsBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  private WebDriverWait wait;
  private BrowserSteps steps;
  private ApiClient api;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("task-actions-it");
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
  }

  /** A construction case at the bureau review; returns {id, review task id}. */
  String[] atBureauReview() {
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    String head =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + head + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    String review =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    return new String[] {id, review};
  }

  @Test
  void delegateAndResolveTransferAndCopyToFinance() throws IOException {
    String[] first = atBureauReview();
    String[] second = atBureauReview();

    // 委派: the reviewer asks the vehicle manager; the picker offers colleagues only
    signIn("sx-reviewer");
    steps.open("/#/tasks/" + first[1]);
    steps.visible(By.id("decision-form"));
    steps.click(By.id("action-delegate"));
    steps.visible(By.id("action-form-delegate"));
    wait.until(d -> d.findElements(By.cssSelector("#action-user option")).size() > 1);
    assertThat(steps.text(By.id("action-user")))
        .contains("李车管")
        .doesNotContain("孙经办")
        .doesNotContain("陈财政");
    new Select(steps.visible(By.id("action-user"))).selectByValue("sx-vehicle");
    steps.click(By.id("submit-action"));
    assertThat(steps.visible(By.cssSelector("[data-error-for=comment]")).getText())
        .contains("委派时须写明");
    steps.type(By.id("action-comment"), "请就车库改建部分提出意见");
    shots("task-actions-delegate");
    steps.click(By.id("submit-action"));
    steps.expectNotice("已委派李车管提出意见");
    steps.signOut();

    // the colleague answers; they have no decision to take
    signIn("sx-vehicle");
    steps.open("/#/tasks/" + first[1]);
    steps.visible(By.id("resolve-form"));
    assertThat(browser.findElements(By.id("decision-form"))).isEmpty();
    steps.type(By.id("resolve-comment"), "车库改建符合公务用车管理规定");
    shots("task-actions-resolve");
    steps.click(By.id("submit-resolve"));
    steps.expectNotice("已答复委派");
    steps.signOut();

    // back with the reviewer: the answer is in the timeline; approve and copy to finance
    signIn("sx-reviewer");
    steps.open("/#/tasks/" + first[1]);
    steps.visible(By.id("decision-form"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".timeline [data-decision=RESOLVE]"), "车库改建符合"));
    steps.click(By.id("decision-APPROVE"));
    steps.type(By.name("opinionNecessity"), "确有必要");
    steps.type(By.name("opinionStandard"), "符合标准");
    steps.type(By.name("opinionLocation"), "选址合理");
    steps.type(By.name("opinionFunding"), "资金已落实");
    wait.until(d -> d.findElements(By.cssSelector("#cc option")).size() > 1);
    new Select(steps.visible(By.id("cc"))).selectByValue("sx-finance");
    steps.click(By.id("submit-decision"));
    steps.expectNotice("已办理");

    // 转办 the second case to the other reviewer
    steps.open("/#/tasks/" + second[1]);
    steps.visible(By.id("decision-form"));
    steps.click(By.id("action-transfer"));
    wait.until(d -> d.findElements(By.cssSelector("#action-user option")).size() > 1);
    assertThat(browser.findElements(By.cssSelector("#action-user option")))
        .hasSize(2); // 请选择 and 钱审核
    new Select(steps.visible(By.id("action-user"))).selectByValue("sx-reviewer2");
    steps.type(By.id("action-comment"), "本人出差，请代为审核");
    steps.click(By.id("submit-action"));
    steps.expectNotice("已转办给钱审核");
    steps.signOut();
    signIn("sx-reviewer2");
    steps.click(By.cssSelector("[data-nav=tasks]")); // 工作台 is the landing page
    steps.visible(By.cssSelector("#task-table tr[data-application-id='" + second[0] + "']"));
    steps.signOut();

    // finance finds the copy under 抄送我的, unread, then read
    signIn("sx-finance");
    steps.click(By.cssSelector("[data-nav=cc]"));
    By row = By.cssSelector("#cc-table tr[data-application-id='" + first[0] + "']");
    assertThat(steps.visible(row).getAttribute("data-read")).isEqualTo("false");
    assertThat(steps.text(row)).contains("未读").contains("王审核").contains("机关事务管理部门审核");
    shots("cc-list-unread");
    steps.visible(row).findElement(By.cssSelector(".open-copy")).click();
    steps.visible(By.cssSelector(".application-detail[data-application-id='" + first[0] + "']"));
    steps.click(By.cssSelector("[data-nav=cc]"));
    wait.until(ExpectedConditions.attributeToBe(row, "data-read", "true"));
    assertThat(steps.text(row)).contains("已读");
    shots("cc-list-read");
  }

  // ---- helpers (as in PortalBrowserIT) --------------------------------------------------------

  /** Signs in from a freshly opened sign-in page. */
  private void signIn(String user) {
    steps.open("/login.html");
    steps.signIn(user);
  }

  /**
   * The phone's first screen as it shows (element scrolled into view is kept), then full-page
   * screenshots at 1366 px and at a phone's 390 px; the window is 1366 px again after.
   */
  private void shots(String name) throws IOException {
    browser.manage().window().setSize(BrowserSteps.PHONE);
    steps.windowScreenshot(name + "-390-screen");
    steps.screenshots(name);
  }
}
