package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 统计报表 in headless Chromium: the bureau sees its government's charts and tables and downloads the
 * workbooks; a unit head sees only their unit. At 1366 px and at 390 px (a phone); screenshots go
 * to target/screenshots/dashboard-*.png.
 */
@AffairsTest
class DashboardBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static final List<String> CHARTS =
      List.of("chart-plan", "chart-cases", "chart-steps", "chart-overdue");

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;

  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("dashboard-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    cases.resetRegisters();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1366, 900));
    open("/login.html");
    browser.manage().deleteAllCookies();
    open("/login.html");
  }

  @Test
  void theBureauSeesItsGovernmentsChartsAndDownloadsTheWorkbooks() throws IOException {
    // given: a repair the unit head approved, one still with 省交通运输厅's head and overdue
    ReportCases walk = new ReportCases(new ApiClient(port));
    walk.approvedRoutineRepair(18);
    String late = walk.submit("sx-jtt-staff", "office-repair", routineOf("省交通运输厅办公楼"));
    jdbc.update(
        "UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ = "
            + "(SELECT process_instance_id FROM application WHERE id = ?)",
        Timestamp.valueOf(LocalDate.now(ReportCases.ZONE).minusDays(10).atTime(18, 0)),
        late);

    signInWith("sx-reviewer");
    click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(text(By.id("dashboard-scope"))).isEqualTo("山西省全部单位");
    assertThat(rows("#table-plan")).containsExactly("sx-jtt", "sx-jyt");
    assertThat(text(By.cssSelector("#table-plan tr[data-unit=sx-jyt]")))
        .contains("山西省教育厅")
        .contains("500")
        .contains("420");
    assertThat(text(By.id("figure-planned"))).isEqualTo("850 / 1,100");
    assertThat(text(By.id("table-overdue")))
        .contains(late)
        .contains("单位负责人审核")
        .contains("山西省交通运输厅 单位负责人");
    assertThat(text(By.cssSelector("#table-durations tr[data-family=office-repair]")))
        .contains("办公用房维修改造");
    // both workbooks download
    for (String report : List.of("plan-execution", "running-cost")) {
      String href =
          visible(By.cssSelector("[data-download='" + report + "']")).getAttribute("href");
      assertThat(href).contains("format=xlsx");
      assertThat(fetchStatus(href)).as(href).isEqualTo(200);
    }
    screenshot("dashboard-bureau-1366");
    assertThat(horizontalOverflow()).isFalse();

    // one unit picked: the figures narrow to it
    new org.openqa.selenium.support.ui.Select(visible(By.id("dash-unit"))).selectByValue("sx-jtt");
    click(By.id("dash-refresh"));
    wait.until(d -> rows("#table-plan").equals(List.of("sx-jtt")));
    assertThat(text(By.id("dashboard-scope"))).isEqualTo("山西省交通运输厅");
    assertThat(visible(By.cssSelector("[data-download='plan-execution']")).getAttribute("href"))
        .contains("unit=sx-jtt");

    // on a phone
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/#/tasks");
    // on a phone the bar folds behind 菜单
    click(By.id("nav-toggle"));
    click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(horizontalOverflow()).isFalse();
    screenshot("dashboard-bureau-390");
    viewportShots("dashboard-bureau-390-part");
    assertThat(severeBrowserErrors()).isEmpty();
  }

  @Test
  void aUnitHeadSeesOnlyTheirUnit() throws IOException {
    signInWith("sx-jyt-head");
    click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(text(By.id("dashboard-scope"))).isEqualTo("山西省教育厅");
    assertThat(browser.findElements(By.id("dash-unit"))).isEmpty();
    assertThat(rows("#table-plan")).containsExactly("sx-jyt");
    assertThat(rows("#table-cost")).containsExactly("sx-jyt");
    assertThat(text(By.id("figure-planned"))).isEqualTo("420 / 500");
    String href = visible(By.cssSelector("[data-download='running-cost']")).getAttribute("href");
    assertThat(fetchStatus(href)).isEqualTo(200);
    // another unit's figures are refused, in every format
    assertThat(fetchStatus("/api/reports/plan-execution?unit=sx-jtt")).isEqualTo(403);
    assertThat(fetchStatus("/api/reports/running-cost?unit=sx-jtt&format=xlsx")).isEqualTo(403);
    screenshot("dashboard-unit-head-1366");
    browser.manage().window().setSize(new Dimension(390, 844));
    open("/#/tasks");
    // on a phone the bar folds behind 菜单
    click(By.id("nav-toggle"));
    click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(horizontalOverflow()).isFalse();
    screenshot("dashboard-unit-head-390");
    viewportShots("dashboard-unit-head-390-part");
    assertThat(severeBrowserErrors()).isEmpty();
  }

  private static Map<String, Object> routineOf(String building) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", building);
    form.put("repairType", "ROUTINE");
    form.put("reasons", List.of("AGING"));
    form.put("items", "更换走廊灯具");
    form.put("affectedArea", 800);
    form.put("estimatedCost", 9);
    form.put("buildingCompletedYear", 1996);
    return form;
  }

  /** Every chart has drawn on a canvas of some size. */
  private void chartsDrawn() {
    for (String chart : CHARTS) {
      WebElement canvas = visible(By.cssSelector("#" + chart + " canvas"));
      assertThat(canvas.getSize().getWidth()).as(chart).isGreaterThan(100);
      assertThat(canvas.getSize().getHeight()).as(chart).isGreaterThan(100);
    }
  }

  /** The units of a table's rows, read in one go (the table may be re-rendered meanwhile). */
  @SuppressWarnings("unchecked")
  private List<String> rows(String table) {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr')).map(r => r.dataset.unit)",
                table);
  }

  private long fetchStatus(String url) {
    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(e => done(-1));",
                url);
    return ((Number) status).longValue();
  }

  private boolean horizontalOverflow() {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
  }

  private void signInWith(String user) {
    type(By.id("username"), user);
    type(By.id("password"), "demo");
    click(By.id("login-submit"));
    visible(By.id("user-name"));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private WebElement visible(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "not visible: "
              + locator
              + " on "
              + browser.getCurrentUrl()
              + "; page shows: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  private String text(By locator) {
    return visible(locator).getText().trim();
  }

  private void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  private void type(By locator, String text) {
    WebElement element = visible(locator);
    element.clear();
    element.sendKeys(text);
  }

  /** A full-page screenshot: the window grows to the page's height for the shot. */
  private void screenshot(String name) throws IOException {
    Number height =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    Dimension original = browser.manage().window().getSize();
    browser
        .manage()
        .window()
        .setSize(new Dimension(original.getWidth(), Math.min(height.intValue() + 120, 6000)));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.manage().window().setSize(original);
    }
  }

  /** The page as a phone user scrolls through it: one shot per screen, at most five. */
  private void viewportShots(String name) throws IOException {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    long height =
        ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
    long screen = ((Number) js.executeScript("return window.innerHeight")).longValue();
    for (int i = 0; i < 5 && i * screen < height; i++) {
      js.executeScript("window.scrollTo({top: arguments[0], behavior: 'instant'})", i * screen);
      Files.write(
          SCREENSHOTS.resolve(name + (i + 1) + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
    js.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
  }

  private List<String> severeBrowserErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }
}
