package cn.affairs.approval.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The admin's pages in headless Chromium: 流程管理, the diagram editor (rename a step, add an approval
 * step with a candidate group, see a validation problem on its element, deploy), a case started by
 * an applicant stopping at the new step in the case page's diagram, 标准与日历 and 审计日志 — at 1366 px and
 * on a phone (390 px). Screenshots go to target/screenshots/admin-*.png.
 */
@AffairsTest
class AdminPortalBrowserIT {

  private static final String KEY = "vehicle-purchase";

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("admin-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
  }

  @AfterEach
  void noScriptErrors() {
    List<String> severe =
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(e -> e.getMessage()) // refusals the test provokes are answers shown on the page,
            // not script errors
            .filter(m -> !m.contains("Failed to load resource"))
            .toList();
    assertThat(severe).as("errors in the browser console").isEmpty();
  }

  @AfterEach
  void packagedDiagramRunsAgain() {
    ApiClient admin = new ApiClient(port).as("admin");
    String packaged = Diagrams.packaged(KEY);
    if (!admin.get("/api/admin/processes/" + KEY + "/xml").text().equals(packaged)) {
      assertThat(
              admin
                  .postFile("/api/admin/deployments", KEY + ".bpmn", Diagrams.bytes(packaged))
                  .status())
          .isEqualTo(201);
    }
  }

  @Test
  void theAdminEditsTheVehicleDiagramAndANewCaseStopsAtTheAddedStep() throws IOException {
    steps.signIn("admin");
    steps.click(By.cssSelector("[data-nav=admin]"));
    WebElement card = steps.visible(By.cssSelector(".family-card[data-key=vehicle-purchase]"));
    assertThat(card.getText()).contains("公务用车配备更新").contains("新申请使用第");
    steps.screenshot("admin-1-processes");
    phoneScreenshot("admin-1-processes-phone");

    // open the newest version in the modeler
    steps.click(By.cssSelector(".family-card[data-key=vehicle-purchase] a[href$='/edit']"));
    steps.visible(By.cssSelector("#editor-canvas[data-ready=true]"));
    assertThat(browser.findElements(By.cssSelector("[data-element-id=Task_FinanceReview]")))
        .isNotEmpty();

    // rename a step
    pick("Task_FinanceReview");
    assertThat(steps.visible(By.id("element-name")).getAttribute("value")).isEqualTo("财政部门审核");
    steps.type(By.id("element-name"), "财政部门审核（预算）");
    steps.click(By.id("apply-element"));

    // add an approval step on the flow into the unit head's review, for the bureau reviewers
    pick("Flow_CheckSource_UnitHeadReview");
    steps.click(By.id("insert-user-task"));
    steps.type(By.id("element-id"), "Task_DivisionPreReview");
    steps.type(By.id("element-name"), "处室预审");
    new Select(steps.visible(By.id("element-groups"))).selectByValue("${govCode}.BUREAU_REVIEWER");
    steps.type(By.id("element-due"), "3");
    steps.click(By.id("apply-element"));

    // a step without an assignee rule is shown as a problem on its element
    pick("Task_UnitHeadReview");
    new Select(steps.visible(By.id("element-groups"))).deselectAll();
    steps.click(By.id("apply-element"));
    steps.click(By.id("validate-diagram"));
    WebElement problems = steps.visible(By.id("diagram-problems"));
    assertThat(problems.getText()).contains("Task_UnitHeadReview").contains("没有办理人规则");
    assertThat(
            browser.findElements(
                By.cssSelector(".djs-element.has-problem[data-element-id=Task_UnitHeadReview]")))
        .isNotEmpty();
    steps.screenshot("admin-2-editor-problem");
    pick("Task_UnitHeadReview");
    new Select(steps.visible(By.id("element-groups"))).selectByValue("${unitCode}.UNIT_HEAD");
    steps.click(By.id("apply-element"));
    steps.click(By.id("validate-diagram"));
    assertThat(steps.visible(By.cssSelector("#validation-result .alert-success")).getText())
        .contains("校验通过");
    pick("Task_DivisionPreReview");
    steps.screenshot("admin-3-editor-valid");
    phoneScreenshot("admin-3-editor-phone");

    steps.click(By.id("deploy-diagram"));
    steps.visible(By.cssSelector(".family-card[data-key=vehicle-purchase]"));
    ApiClient api = new ApiClient(port);
    String deployed = api.as("admin").get("/api/admin/processes/" + KEY + "/xml").text();
    assertThat(deployed)
        .contains("处室预审")
        .contains("财政部门审核（预算）")
        .contains("${workingDays.after(3)}")
        .contains("camunda:candidateGroups=\"${govCode}.BUREAU_REVIEWER\"");

    // an applicant starts a case: it stops at the new step, shown in the case page's diagram
    Response created =
        api.as("sx-jtt-staff").post("/api/applications", Map.of("processKey", KEY, "form", car()));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    browser.manage().deleteAllCookies();
    steps.open("/login.html");
    steps.signIn("sx-jtt-staff");
    steps.open("/#/applications/" + id);
    steps.visible(By.cssSelector("#diagram-canvas[data-ready=true]"));
    assertThat(
            browser.findElements(
                By.cssSelector(
                    ".djs-element.highlight-active[data-element-id=Task_DivisionPreReview]")))
        .isNotEmpty();
    assertThat(steps.visible(By.tagName("body")).getText()).contains("处室预审");
    steps.screenshot("admin-4-case-at-new-step");
  }

  @Test
  void theStandardsCalendarAndAuditPagesShowWhatAdminsChange() throws IOException {
    steps.signIn("admin");
    steps.click(By.cssSelector("[data-nav=admin]"));
    steps.click(By.cssSelector(".admin-processes a[href='#/admin/standards']"));
    // the table shows at once; its rows come when the calendar has loaded
    assertThat(steps.visible(By.cssSelector("#calendar-years [data-year='2027']")).getText())
        .contains("调休安排未录入");
    assertThat(steps.text(By.id("calendar-warning"))).contains("2027 年");
    steps.click(
        By.cssSelector(
            "#local-figures tr[data-key='localPolicy.repairMinIntervalYears'] .edit-figure"));
    steps.type(By.cssSelector(".figure-form .figure-value"), "16");
    steps.click(By.cssSelector(".figure-form button[type=submit]"));
    assertThat(
            steps.visible(By.cssSelector(".figure-form .figure-reason.is-invalid")).isDisplayed())
        .isTrue();
    steps.type(By.cssSelector(".figure-form .figure-reason"), "浏览器测试：本级文件调整");
    steps.click(By.cssSelector(".figure-form button[type=submit]"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#local-figures tr[data-key='localPolicy.repairMinIntervalYears']"),
            "浏览器测试"));
    steps.screenshot("admin-5-standards");
    phoneScreenshot("admin-5-standards-phone");

    steps.click(By.cssSelector(".admin-standards a[href='#/admin/audit']"));
    WebElement entry = steps.visible(By.cssSelector(".audit-entry[data-type=STANDARD]"));
    assertThat(entry.getText()).contains("localPolicy.repairMinIntervalYears").contains("→ 16");
    steps.screenshot("admin-6-audit");
    phoneScreenshot("admin-6-audit-phone");

    Response restored =
        new ApiClient(port)
            .as("admin")
            .send(
                new ApiClient(port)
                    .as("admin")
                    .request("/api/admin/standards/localPolicy.repairMinIntervalYears")
                    .header("Content-Type", "application/json")
                    .PUT(
                        java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"value\":15,\"reason\":\"恢复\"}")));
    assertThat(restored.status()).isEqualTo(200);
  }

  private static Map<String, Object> car() {
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
    return form;
  }

  private void pick(String elementId) {
    new Select(steps.visible(By.id("element-picker"))).selectByValue(elementId);
    wait.until(d -> elementId.equals(d.findElement(By.id("element-id")).getAttribute("value")));
  }

  private void phoneScreenshot(String name) throws IOException {
    Dimension original = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      Number scroll =
          (Number)
              ((JavascriptExecutor) browser)
                  .executeScript("return document.documentElement.scrollWidth");
      assertThat(scroll.intValue())
          .as(name + ": no horizontal scrolling on a phone")
          .isLessThanOrEqualTo(400);
      steps.screenshot(name);
    } finally {
      browser.manage().window().setSize(original);
    }
  }
}
