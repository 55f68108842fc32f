package cn.affairs.approval.asset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 资产登记簿与公物仓 and 保障年度计划登记簿 in a real browser: the bureau adds a card (the server's field messages
 * shown first), looks at the warehouse, creates a plan (a ceiling required); the unit reads both
 * without the means to change them, at 1366 px and on a phone (390 px).
 */
@AffairsTest
class RegistersBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("registers-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1366, 900));
    open("/login.html");
    browser.manage().deleteAllCookies();
    open("/login.html");
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  @Test
  void theBureauKeepsAssetsWarehouseAndPlansAndTheUnitReadsThem() throws IOException {
    signIn("sx-asset", "demo");
    click(By.cssSelector("[data-nav=registers]"));
    click(By.cssSelector("[data-register-tab=assets]"));
    choose("asset-holder", "sx-jyt");
    visible(By.cssSelector("#asset-table tr[data-code='JYT-TS17-001']"));
    screenshot("registers-1-assets-bureau");

    click(By.id("add-asset"));
    type(By.id("a-code"), "坏 编号");
    click(By.id("save-asset"));
    assertThat(text(By.cssSelector("[data-error-for=code]"))).contains("资产编号应为");
    assertThat(text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写资产名称");
    assertThat(text(By.cssSelector("[data-error-for=purchaseDate]"))).isEqualTo("请填写购置日期");
    screenshot("registers-2-asset-form-errors");

    type(By.id("a-code"), "JYT-NEW-001");
    type(By.id("a-name"), "台式计算机（新）");
    type(By.id("a-value"), "0.48");
    type(By.id("a-location"), "主楼 305 室");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('a-date'); d.value = '2024-04-01'; d.dispatchEvent(new Event('input'));");
    click(By.id("save-asset"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记资产"));
    assertThat(text(By.id("asset-count"))).contains("共 101 件");

    choose("asset-holder", "warehouse:sx");
    // the warehouse is the government's, named in Chinese, not by its code
    assertThat(new Select(visible(By.id("asset-holder"))).getFirstSelectedOption().getText())
        .isEqualTo("公物仓（山西省）");
    visible(By.cssSelector("#asset-table tr[data-code='SXGWC-FY19-001']"));
    assertThat(text(By.cssSelector("#asset-table tr[data-code='SXGWC-FY19-001']")))
        .contains("复印机", "在公物仓");
    screenshot("registers-3-warehouse");

    click(By.cssSelector("[data-register-tab=plans]"));
    choose("plan-unit", "sx-jyt"); // the units load after the tab
    visible(By.cssSelector("[data-plan-year='2026']"));
    click(By.id("add-plan"));
    type(By.id("p-year"), "2027");
    type(By.cssSelector("[data-item='0'] input[placeholder='项目说明']"), "机关运行经费");
    type(By.cssSelector("[data-item='0'] input[placeholder='万元']"), "320");
    click(By.id("save-plan"));
    assertThat(text(By.cssSelector("[data-error-for=ceiling]"))).contains("请填写预算控制数");
    type(By.id("p-ceiling"), "520");
    click(By.id("save-plan"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新建保障年度计划"));
    assertThat(text(By.cssSelector("[data-plan-year='2027']"))).contains("预算控制数 520", "机关运行经费");
    screenshot("registers-4-plans-bureau");

    click(By.id("logout"));
    visible(By.id("msg-logout"));
    signIn("sx-jyt-staff", "demo");
    click(By.cssSelector("[data-nav=registers]"));
    click(By.cssSelector("[data-register-tab=assets]"));
    visible(By.cssSelector("#asset-table tr[data-code='JYT-NEW-001']"));
    assertThat(text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-asset"))).isEmpty();
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("registers-5-assets-unit-phone");
    click(By.cssSelector("[data-register-tab=plans]"));
    visible(By.cssSelector("[data-plan-year='2027']"));
    assertThat(text(By.id("plan-read-only"))).contains("只读");
    assertThat(browser.findElements(By.id("add-plan"))).isEmpty();
    screenshot("registers-6-plans-unit-phone");
    assertThat(severeBrowserErrors()).isEmpty();
  }

  private void signIn(String user, String password) {
    if (!browser.getCurrentUrl().contains("/login.html")) {
      open("/login.html");
    }
    type(By.id("username"), user);
    type(By.id("password"), password);
    click(By.id("login-submit"));
    visible(By.id("user-name"));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** Picks an option of a select once it is there: the options arrive after the select is drawn. */
  private void choose(String selectId, String value) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#" + selectId + " option[value='" + value + "']")));
    new Select(visible(By.id(selectId))).selectByValue(value);
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
        .setSize(new Dimension(original.getWidth(), Math.min(height.intValue() + 120, 5000)));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.manage().window().setSize(original);
    }
  }

  private List<String> severeBrowserErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }
}
