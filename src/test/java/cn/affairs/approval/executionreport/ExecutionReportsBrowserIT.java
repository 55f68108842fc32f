package cn.affairs.approval.executionreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 年度计划执行情况报告报送 (条例 第三十九条) on 统计报表 in headless Chromium: a unit records its report on a phone, the
 * bureau records a late one it received and sees its own missing report flagged for 督办. The plan
 * year is three years back (every due day has passed). Screenshots go to
 * target/screenshots/execution-reports-*.png.
 */
@AffairsTest
class ExecutionReportsBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  private WebDriverWait wait;
  private BrowserSteps steps;
  private int year;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("execution-reports-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    year = LocalDate.now().getYear() - 3;
    jdbc.update("DELETE FROM plan_execution_report WHERE plan_year = ?", year);
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.signedOut();
  }

  @Test
  void tiaoli39_aUnitRecordsItsReportAndTheBureauSeesTheLateAndTheMissingOnes() throws IOException {
    // a unit's staff on a phone: their own line only, recorded on time
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.signIn("sx-jyt-staff");
    openReports();
    assertThat(browser.findElements(By.id("er-level"))).isEmpty();
    setDate(By.id("er-reported-on"), (year + 1) + "-03-15");
    steps.type(By.id("er-summary"), "计划执行率 95%");
    steps.click(By.id("er-submit"));
    assertThat(steps.text(By.id("er-message"))).contains("山西省教育厅", "按期报送");
    assertThat(steps.text(By.cssSelector("[data-report-unit=sx-jyt]"))).contains("按期报送");
    assertThat(browser.findElements(By.cssSelector("[data-report-unit=sx-jtt]"))).isEmpty();
    assertThat(steps.horizontalOverflow()).isFalse();
    steps.screenshot("execution-reports-unit-390", 6000);

    // the bureau at 1366 px: records 省交通运输厅's late report, its own is missing (督办)
    steps.signedOut();
    browser.manage().window().setSize(new Dimension(1366, 900));
    steps.signIn("sx-reviewer");
    openReports();
    assertThat(steps.text(By.id("er-due"))).contains((year + 1) + "-03-31", (year + 1) + "-06-30");
    new Select(steps.visible(By.id("er-unit"))).selectByValue("sx-jtt");
    setDate(By.id("er-reported-on"), (year + 1) + "-04-05");
    steps.type(By.id("er-summary"), "计划执行率 88%");
    steps.click(By.id("er-submit"));
    assertThat(steps.text(By.id("er-message"))).contains("山西省交通运输厅", "逾期报送");
    WebElement jtt = steps.visible(By.cssSelector("[data-report-unit=sx-jtt]"));
    assertThat(jtt.getAttribute("data-status")).isEqualTo("LATE");
    assertThat(jtt.getText()).contains("督办", "第三十九条第一款");
    WebElement bureau = steps.visible(By.cssSelector("[data-report-unit=sx-jgsw]"));
    assertThat(bureau.getAttribute("data-status")).isEqualTo("OVERDUE");
    assertThat(bureau.getText()).contains("逾期未报送", "第三十九条第二款");
    // a second report of the same unit is refused with the reason
    new Select(steps.visible(By.id("er-unit"))).selectByValue("sx-jtt");
    setDate(By.id("er-reported-on"), (year + 1) + "-04-06");
    steps.type(By.id("er-summary"), "重复");
    steps.click(By.id("er-submit"));
    assertThat(steps.text(By.id("er-error"))).contains("已登记");
    assertThat(steps.horizontalOverflow()).isFalse();
    steps.screenshot("execution-reports-bureau-1366", 6000);
  }

  private void openReports() {
    // below 992 px the bar folds behind 菜单
    if (browser.manage().window().getSize().getWidth() < 992) {
      steps.click(By.id("nav-toggle"));
    }
    steps.click(By.cssSelector("[data-nav=dashboard]"));
    new Select(steps.visible(By.id("er-year"))).selectByValue(String.valueOf(year));
    wait.until(d -> steps.visible(By.id("er-due")).getText().contains((year + 1) + "-03-31"));
  }

  private void setDate(By locator, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
            steps.visible(locator),
            value);
  }
}
