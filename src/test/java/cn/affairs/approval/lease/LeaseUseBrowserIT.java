package cn.affairs.approval.lease;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 办法 第十九条第二款 in the applicant's lease form: the 用途 the unit declares is judged while it fills the
 * form in — subletting FAILs as a prohibition beside the field, the unit's own offices PASS.
 * Screenshots at 1366 px and 390 px go to target/screenshots/lease-use-*.png.
 */
@AffairsTest
class LeaseUseBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static final Dimension DESKTOP = new Dimension(1366, 900);
  private static final Dimension PHONE = new Dimension(390, 844);

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;

  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("lease-use-browser-it");
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
  void banfa19_2_aSubletDeclaredInTheLeaseFormFailsBesideTheFieldAndOwnOfficesPass()
      throws IOException {
    signIn("sx-jyt-staff");
    click(By.cssSelector("[data-shortcut=office-space-lease]"));
    visible(By.id("application-form"));
    new Select(visible(By.name("mode"))).selectByValue("LEASE");
    type(By.name("area"), "20");
    Select use = new Select(visible(By.name("use")));
    assertThat(use.getOptions()).extracting(WebElement::getText).contains("转租他人", "本单位办公自用");
    use.selectByValue("SUBLET");
    By verdict = By.cssSelector("[data-verdict-for=use][data-rule=leasedSpaceUse]");
    wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "FAIL"));
    assertThat(text(verdict)).contains("转租他人").contains("不得出租、出借办公用房或者改变办公用房使用功能");
    screenshots("lease-use-1-sublet-fails");
    new Select(visible(By.name("use"))).selectByValue("OFFICE");
    wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "PASS"));
    assertThat(text(verdict)).contains("仅用于本单位办公");
    screenshots("lease-use-2-own-offices-pass");
  }

  // ---- browser helpers ------------------------------------------------------------------------

  private void signIn(String user) {
    if (!browser.getCurrentUrl().contains("/login.html")) {
      open("/login.html");
    }
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
