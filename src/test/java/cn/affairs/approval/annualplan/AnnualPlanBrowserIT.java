package cn.affairs.approval.annualplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static final Dimension DESKTOP = new Dimension(1366, 900);
  private static final Dimension PHONE = new Dimension(390, 844);

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;

  private WebDriverWait wait;

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
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.manage().window().setSize(DESKTOP);
    open("/login.html");
    browser.manage().deleteAllCookies();
    open("/login.html");
  }

  @Test
  void tiaoli35_theUnitFilesNextYearsNeedsThroughThePortal() throws IOException {
    int year = AnnualPlanForms.nextYear();
    signIn("sx-jyt-staff");
    open("/#/new/annual-plan");
    visible(By.id("application-form"));
    assertThat(text(By.id("application-form"))).contains("保障需求", "依据的实物定额或服务标准");

    type(By.name("year"), String.valueOf(year));
    type(By.name("situation"), "现有办公室用房 850㎡，在用公务用车 6 辆（编制 6 辆）。");
    if (browser.findElements(By.cssSelector("[data-item='needs[0]']")).isEmpty()) {
      click(By.xpath("//button[contains(., '添加一项')]"));
    }
    new Select(visible(By.name("needs[0].category"))).selectByValue("OPERATIONS");
    type(By.name("needs[0].description"), "机关运行经费");
    type(By.name("needs[0].amount"), "300");
    type(By.name("needs[0].basis"), "机关运行经费定额标准");
    click(By.xpath("//button[contains(., '添加一项')]"));
    new Select(visible(By.name("needs[1].category"))).selectByValue("VEHICLES");
    type(By.name("needs[1].description"), "公务用车更新 1 辆");
    type(By.name("needs[1].amount"), "18");
    type(By.name("needs[1].basis"), "《党政机关公务用车管理办法》配备标准");
    screenshots("annual-plan-1-form");

    // the car need without its number: the server names the line's field
    click(By.id("submit-application"));
    By quantityError = By.cssSelector("[data-error-for='needs[1].quantity']");
    assertThat(text(quantityError)).contains("公务用车需求须填写新增车辆数");
    screenshots("annual-plan-2-refused");

    type(By.name("needs[1].quantity"), "0");
    click(By.id("submit-application"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "申请已提交"));
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("年度计划公务用车编制"));
    String page = browser.findElement(By.tagName("body")).getText();
    assertThat(page).contains(year + " 年度机关运行保障计划（2 项需求）", "单位负责人审核");
    assertThat(page).contains("本单位在用公务用车 6 辆，计划新增 0 辆");
    screenshots("annual-plan-3-case");
    assertThat(plans.find("sx-jyt", year)).isNull();
  }

  // ---- steps ----------------------------------------------------------------------------------

  private void signIn(String user) {
    if (!browser.getCurrentUrl().contains("/login.html")) {
      open("/login.html");
    }
    type(By.id("username"), user);
    type(By.id("password"), "demo");
    click(By.id("login-submit"));
    visible(By.id("user-name"));
  }

  // ---- browser helpers ------------------------------------------------------------------------

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

  /** Full-page screenshots at 1366 px and at a phone's 390 px. */
  private void screenshots(String name) throws IOException {
    shoot(name + "-1366", DESKTOP);
    shoot(name + "-390", PHONE);
    browser.manage().window().setSize(DESKTOP);
  }

  private void shoot(String name, Dimension size) throws IOException {
    browser.manage().window().setSize(size);
    Number height =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    browser
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), Math.min(height.intValue() + 120, 5000)));
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
