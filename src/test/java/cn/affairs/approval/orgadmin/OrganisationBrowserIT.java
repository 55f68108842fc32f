package cn.affairs.approval.orgadmin;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.HeadlessChromium;
import cn.affairs.approval.testing.Multipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 组织机构管理 in a real browser: an admin adds a 单位负责人 through the page (the server's field messages
 * shown first), the new user signs in at once and finds the unit's case in 待办; the page at 1366 px
 * and on a phone (390 px). Screenshots go to target/screenshots/.
 */
@AffairsTest
class OrganisationBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("organisation-browser-it");
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

  @Test
  void aUserAddedOnThePageSignsInAtOnceAndSeesTheUnitsCaseInTasks() throws IOException {
    ApiClient api = new ApiClient(port);
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(
                    api.as("sx-jyt-staff"), "office-space-construction", expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String caseId = created.get("id").asText();
    String userId = "head-" + UUID.randomUUID().toString().substring(0, 6);

    signIn("admin", "demo");
    click(By.cssSelector("[data-nav=organisation]"));
    visible(By.cssSelector("#user-table tr[data-user='sx-jyt-head']"));
    screenshot("organisation-1-users");

    click(By.id("add-user"));
    type(By.id("user-id"), "有 空格");
    type(By.id("user-password"), "123");
    click(By.id("save-user"));
    assertThat(text(By.cssSelector("[data-error-for=id]"))).contains("账号只能由字母");
    assertThat(text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写姓名");
    assertThat(text(By.cssSelector("[data-error-for=unitCode]"))).isEqualTo("请选择所在单位");
    assertThat(text(By.cssSelector("[data-error-for=roles]"))).isEqualTo("请至少选择一个角色");
    assertThat(text(By.cssSelector("[data-error-for=password]"))).contains("至少6位");
    screenshot("organisation-2-user-form-errors");

    type(By.id("user-id"), userId);
    type(By.id("user-name-input"), "新处长");
    new Select(visible(By.id("user-unit-select"))).selectByValue("sx-jyt");
    click(By.id("role-UNIT_HEAD"));
    type(By.id("user-password"), "secret-9");
    click(By.id("save-user"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新增用户 " + userId));
    assertThat(text(By.cssSelector("#user-table tr[data-user='" + userId + "']")))
        .contains("新处长", "山西省教育厅", "单位负责人", "启用");

    click(By.id("tab-units"));
    visible(By.cssSelector("#unit-table tr[data-unit='sx-jyt']"));
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("organisation-3-units-phone");
    click(By.id("tab-users"));
    screenshot("organisation-4-users-phone");
    browser.manage().window().setSize(new Dimension(1366, 900));

    click(By.id("logout"));
    visible(By.id("msg-logout"));
    signIn(userId, "secret-9");
    assertThat(text(By.id("user-roles"))).isEqualTo("单位负责人");
    click(By.cssSelector("[data-nav=tasks]")); // 工作台 is the landing page
    visible(By.cssSelector("#task-table tr[data-application-id='" + caseId + "']"));
    screenshot("organisation-5-new-user-tasks");
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
