package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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
  private BrowserSteps steps;

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
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
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

    steps.signIn("sx-reviewer");
    steps.click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(steps.text(By.id("dashboard-scope"))).isEqualTo("山西省全部单位");
    assertThat(rows("#table-plan")).containsExactly("sx-jtt", "sx-jyt");
    assertThat(steps.text(By.cssSelector("#table-plan tr[data-unit=sx-jyt]")))
        .contains("山西省教育厅")
        .contains("500")
        .contains("420");
    assertThat(steps.text(By.id("figure-planned"))).isEqualTo("850 / 1,100");
    assertThat(steps.text(By.id("table-overdue")))
        .contains(late)
        .contains("单位负责人审核")
        .contains("山西省交通运输厅 单位负责人");
    assertThat(steps.text(By.cssSelector("#table-durations tr[data-family=office-repair]")))
        .contains("办公用房维修改造");
    // both workbooks download
    for (String report : List.of("plan-execution", "running-cost")) {
      String href =
          steps.visible(By.cssSelector("[data-download='" + report + "']")).getAttribute("href");
      assertThat(href).contains("format=xlsx");
      assertThat(steps.fetchStatus(href)).as(href).isEqualTo(200);
    }
    steps.screenshot("dashboard-bureau-1366", 6000);
    assertThat(steps.horizontalOverflow()).isFalse();

    // one unit picked: the figures narrow to it
    new org.openqa.selenium.support.ui.Select(steps.visible(By.id("dash-unit")))
        .selectByValue("sx-jtt");
    steps.click(By.id("dash-refresh"));
    wait.until(d -> rows("#table-plan").equals(List.of("sx-jtt")));
    assertThat(steps.text(By.id("dashboard-scope"))).isEqualTo("山西省交通运输厅");
    assertThat(
            steps.visible(By.cssSelector("[data-download='plan-execution']")).getAttribute("href"))
        .contains("unit=sx-jtt");

    // on a phone
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.open("/#/tasks");
    // below 992 px the bar folds behind 菜单
    steps.click(By.id("nav-toggle"));
    steps.click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(steps.horizontalOverflow()).isFalse();
    steps.screenshot("dashboard-bureau-390", 6000);
    viewportShots("dashboard-bureau-390-part");
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }

  @Test
  void aUnitHeadSeesOnlyTheirUnit() throws IOException {
    steps.signIn("sx-jyt-head");
    steps.click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(steps.text(By.id("dashboard-scope"))).isEqualTo("山西省教育厅");
    assertThat(browser.findElements(By.id("dash-unit"))).isEmpty();
    assertThat(rows("#table-plan")).containsExactly("sx-jyt");
    assertThat(rows("#table-cost")).containsExactly("sx-jyt");
    assertThat(steps.text(By.id("figure-planned"))).isEqualTo("420 / 500");
    String href =
        steps.visible(By.cssSelector("[data-download='running-cost']")).getAttribute("href");
    assertThat(steps.fetchStatus(href)).isEqualTo(200);
    // another unit's figures are refused, in every format
    assertThat(steps.fetchStatus("/api/reports/plan-execution?unit=sx-jtt")).isEqualTo(403);
    assertThat(steps.fetchStatus("/api/reports/running-cost?unit=sx-jtt&format=xlsx"))
        .isEqualTo(403);
    steps.screenshot("dashboard-unit-head-1366", 6000);
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.open("/#/tasks");
    // below 992 px the bar folds behind 菜单
    steps.click(By.id("nav-toggle"));
    steps.click(By.cssSelector("[data-nav=dashboard]"));
    chartsDrawn();
    assertThat(steps.horizontalOverflow()).isFalse();
    steps.screenshot("dashboard-unit-head-390", 6000);
    viewportShots("dashboard-unit-head-390-part");
    assertThat(steps.severeBrowserErrors()).isEmpty();
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
      WebElement canvas = steps.visible(By.cssSelector("#" + chart + " canvas"));
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
}
