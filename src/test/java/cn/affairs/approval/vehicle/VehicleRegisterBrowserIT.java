package cn.affairs.approval.vehicle;

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
 * 公务用车登记簿 in a real browser: the bureau adds a car (the server's field messages shown first), the
 * unit reads its register without the means to change it, at 1366 px and on a phone (390 px).
 */
@AffairsTest
class VehicleRegisterBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("vehicle-register-browser-it");
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
  void theBureauKeepsTheVehicleRegisterAndTheUnitReadsIt() throws IOException {
    signIn("sx-vehicle", "demo");
    click(By.cssSelector("[data-nav=registers]"));
    click(By.cssSelector("[data-register-tab=vehicles]"));
    // the units arrive after the page: wait for the option before choosing it
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#register-unit option[value='sx-jyt']")));
    new Select(visible(By.id("register-unit"))).selectByValue("sx-jyt");
    visible(By.cssSelector("#vehicle-table tr[data-plate='晋A·J0001']"));
    screenshot("vehicles-1-bureau");

    click(By.id("add-vehicle"));
    type(By.id("v-plate"), "ABC");
    type(By.id("v-price"), "15.5");
    click(By.id("save-vehicle"));
    assertThat(text(By.cssSelector("[data-error-for=plate]"))).contains("号牌格式不正确");
    assertThat(text(By.cssSelector("[data-error-for=brand]"))).isEqualTo("请填写品牌");
    assertThat(text(By.cssSelector("[data-error-for=purchaseDate]"))).isEqualTo("请填写购置日期");
    screenshot("vehicles-2-form-errors");

    type(By.id("v-plate"), "晋A·K8001");
    type(By.id("v-brand"), "比亚迪");
    type(By.id("v-model"), "秦PLUS EV");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('v-date'); d.value = '2023-04-01'; d.dispatchEvent(new Event('input'));");
    click(By.id("save-vehicle"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记车辆"));
    assertThat(text(By.cssSelector("#vehicle-table tr[data-plate='晋A·K8001']")))
        .contains("比亚迪", "纯电动", "在用");

    click(By.id("logout"));
    visible(By.id("msg-logout"));
    signIn("sx-jyt-staff", "demo");
    click(By.cssSelector("[data-nav=registers]"));
    click(By.cssSelector("[data-register-tab=vehicles]"));
    visible(By.cssSelector("#vehicle-table tr[data-plate='晋A·K8001']"));
    assertThat(text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-vehicle"))).isEmpty();
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("vehicles-3-unit-phone");
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
