package cn.affairs.approval.annualplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A unit files next year's needs (条例 第三十五条 需求提报) through the portal's form, rendered from the
 * family's schema: two lines of need, a line the server refuses (a car need without its number)
 * shown under its field, corrected, submitted; the case page shows the standards checks of 第三十六条.
 * Screenshots at 1366 px and 390 px go to target/screenshots/annual-plan-*.png.
 */
@AffairsTest
class AnnualPlanBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;

  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("annual-plan-browser-it");
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
  void tiaoli35_theUnitFilesNextYearsNeedsThroughThePortal() throws IOException {
    int year = AnnualPlanForms.nextYear();
    steps.signIn("sx-jyt-staff");
    steps.open("/#/new/annual-plan");
    steps.visible(By.id("application-form"));
    assertThat(steps.text(By.id("application-form"))).contains("保障需求", "依据的实物定额或服务标准");

    steps.type(By.name("year"), String.valueOf(year));
    steps.type(By.name("situation"), "现有办公室用房 850㎡，在用公务用车 6 辆（编制 6 辆）。");
    if (browser.findElements(By.cssSelector("[data-item='needs[0]']")).isEmpty()) {
      steps.click(By.xpath("//button[contains(., '添加一项')]"));
    }
    new Select(steps.visible(By.name("needs[0].category"))).selectByValue("OPERATIONS");
    steps.type(By.name("needs[0].description"), "机关运行经费");
    steps.type(By.name("needs[0].amount"), "300");
    steps.type(By.name("needs[0].basis"), "机关运行经费定额标准");
    steps.click(By.xpath("//button[contains(., '添加一项')]"));
    new Select(steps.visible(By.name("needs[1].category"))).selectByValue("VEHICLES");
    steps.type(By.name("needs[1].description"), "公务用车更新 1 辆");
    steps.type(By.name("needs[1].amount"), "18");
    steps.type(By.name("needs[1].basis"), "《党政机关公务用车管理办法》配备标准");
    steps.screenshots("annual-plan-1-form");

    // the car need without its number: the server names the line's field
    steps.click(By.id("submit-application"));
    By quantityError = By.cssSelector("[data-error-for='needs[1].quantity']");
    assertThat(steps.text(quantityError)).contains("公务用车需求须填写新增车辆数");
    steps.screenshots("annual-plan-2-refused");

    steps.type(By.name("needs[1].quantity"), "0");
    steps.click(By.id("submit-application"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "申请已提交"));
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("年度计划公务用车编制"));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains(year + " 年度机关运行保障计划（2 项需求）", "单位负责人审核");
    assertThat(page).contains("本单位在用公务用车 6 辆，计划新增 0 辆");
    steps.screenshots("annual-plan-3-case");
    assertThat(plans.find("sx-jyt", year)).isNull();
  }

  // ---- steps ----------------------------------------------------------------------------------
}
