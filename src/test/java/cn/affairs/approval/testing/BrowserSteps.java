package cn.affairs.approval.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps the browser tests share: open a path of the portal, sign in and out, wait for an
 * element (a readable failure naming the page's text and a screenshot), click, type, choose an
 * option, full-page screenshots at 1366 and 390 px, the page's width and its console errors. One
 * per test instance, on the test's browser and port; waits are 30 s.
 */
public final class BrowserSteps {

  /** The desktop window of the tests. */
  public static final Dimension DESKTOP = new Dimension(1366, 900);

  /** A phone's window (390 px wide). */
  public static final Dimension PHONE = new Dimension(390, 844);

  /** How tall a full-page screenshot may grow. */
  private static final int MAX_SHOT_HEIGHT = 5000;

  private final WebDriver browser;
  private final String baseUrl;
  private final Path screenshots;
  private final WebDriverWait wait;

  public BrowserSteps(WebDriver browser, int port, Path screenshots) {
    this.browser = browser;
    this.baseUrl = "http://localhost:" + port;
    this.screenshots = screenshots;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** On the test's browser and port, screenshots in {@link HeadlessChromium#SCREENSHOTS}. */
  public BrowserSteps(WebDriver browser, int port) {
    this(browser, port, HeadlessChromium.SCREENSHOTS);
  }

  /** The wait of these steps, for conditions of a test's own. */
  public WebDriverWait waiting() {
    return wait;
  }

  /** The start of a test: the window at 1366 px, signed out (cookies gone) on the sign-in page. */
  public void startSignedOut() {
    browser.manage().window().setSize(DESKTOP);
    signedOut();
  }

  /** Signed out (cookies gone) on the sign-in page, the window as it is. */
  public void signedOut() {
    open("/login.html");
    browser.manage().deleteAllCookies();
    open("/login.html");
  }

  /** Opens {@code path} (starting with /) of the portal under test. */
  public void open(String path) {
    browser.get(baseUrl + path);
  }

  /** The absolute URL of {@code path} of the portal under test. */
  public String url(String path) {
    return baseUrl + path;
  }

  /** Signs in with the demo password and waits for the user's name in the header. */
  public void signIn(String user) {
    signIn(user, "demo");
  }

  /**
   * Signs in on the sign-in page (opened first unless the browser is on it) and waits for the
   * user's name in the header.
   */
  public void signIn(String user, String password) {
    submitSignIn(user, password);
    visible(By.id("user-name"));
  }

  /**
   * Fills in and sends the sign-in form (opened first unless the browser is on it), without waiting
   * for the result: for sign-ins meant to fail.
   */
  public void submitSignIn(String user, String password) {
    if (!browser.getCurrentUrl().contains("/login.html")) {
      open("/login.html");
    }
    type(By.id("username"), user);
    type(By.id("password"), password);
    click(By.id("login-submit"));
  }

  /** Signs out through the header and waits for the sign-in page's 已安全退出 message. */
  public WebElement signOut() {
    click(By.id("logout"));
    return visible(By.id("msg-logout"));
  }

  /** Waits for the notice at the top to say {@code text} (an earlier notice may still show). */
  public void expectNotice(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), text));
  }

  /**
   * Waits for the element to be visible; otherwise fails naming the page, its text and a screenshot
   * of it.
   */
  public WebElement visible(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "not visible: "
              + locator
              + " on "
              + browser.getCurrentUrl()
              + "; page shows: "
              + browser.findElement(By.tagName("body")).getText()
              + "; screenshot "
              + failureScreenshot(),
          e);
    }
  }

  private Path failureScreenshot() {
    Path file = screenshots.resolve("failure-" + System.currentTimeMillis() + ".png");
    try {
      Files.write(file, shot());
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return file;
  }

  /** The visible element's text, trimmed. */
  public String text(By locator) {
    return visible(locator).getText().trim();
  }

  /** Clicks the element once it is clickable, scrolled to the centre of the window first. */
  public void click(By locator) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
    js().executeScript(
            "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
    element.click();
  }

  /** Replaces the visible field's content with {@code text}. */
  public void type(By locator, String text) {
    WebElement element = visible(locator);
    element.clear();
    element.sendKeys(text);
  }

  /** Picks an option of a select once it is there: the options arrive after the select is drawn. */
  public void choose(String selectId, String value) {
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#" + selectId + " option[value='" + value + "']")));
    new Select(visible(By.id(selectId))).selectByValue(value);
  }

  /** A full-page screenshot at the window's width: the window grows to the page's height. */
  public void screenshot(String name) throws IOException {
    screenshot(name, MAX_SHOT_HEIGHT);
  }

  /** A full-page screenshot at the window's width, the window at most {@code maxHeight} tall. */
  public void screenshot(String name, int maxHeight) throws IOException {
    Dimension original = browser.manage().window().getSize();
    try {
      shootFullPage(name, original.getWidth(), maxHeight);
    } finally {
      browser.manage().window().setSize(original);
    }
  }

  /**
   * Full-page screenshots {@code name-1366} and {@code name-390} (a phone); the window is 1366 px
   * again after.
   */
  public void screenshots(String name) throws IOException {
    screenshotAt(name + "-1366", DESKTOP);
    screenshotAt(name + "-390", PHONE);
    browser.manage().window().setSize(DESKTOP);
  }

  /**
   * A full-page screenshot with the window at {@code size}'s width (its height grows to the
   * page's); the window stays at that width after.
   */
  public void screenshotAt(String name, Dimension size) throws IOException {
    browser.manage().window().setSize(size);
    shootFullPage(name, size.getWidth(), MAX_SHOT_HEIGHT);
  }

  /** A screenshot of the window as it is (no resizing). */
  public void windowScreenshot(String name) throws IOException {
    Files.write(screenshots.resolve(name + ".png"), shot());
  }

  private void shootFullPage(String name, int width, int maxHeight) throws IOException {
    Number height =
        (Number)
            js().executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    browser
        .manage()
        .window()
        .setSize(new Dimension(width, Math.min(height.intValue() + 120, maxHeight)));
    Files.write(screenshots.resolve(name + ".png"), shot());
  }

  /** Whether the page is wider than the window (more than a pixel of rounding). */
  public boolean horizontalOverflow() {
    return (Boolean)
        js().executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
  }

  /**
   * Script errors in the page's console; answers with an error status (our 4xx on purpose) are not
   * errors of the page.
   */
  public List<String> severeBrowserErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("Failed to load resource"))
        .toList();
  }

  /** The HTTP status of {@code url} fetched by the page with the browser's cookies (-1: none). */
  public long fetchStatus(String url) {
    Object status =
        js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status)).catch(e => done(-1));",
                url);
    return ((Number) status).longValue();
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }

  private byte[] shot() {
    return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
  }
}
