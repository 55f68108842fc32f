package cn.affairs.approval.officespace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * 办公用房登记簿 and the 政府 tab of 组织机构 in a real browser: the bureau adds a row (the server's field
 * messages shown first) and imports a file with a bad row (every bad row listed); the unit reads
 * its register without the means to change it; the admin adds a government. At 1366 px and on a
 * phone (390 px).
 */
@AffairsTest
class OfficeSpaceRegisterBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("office-space-browser-it");
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
  void theBureauKeepsTheOfficeSpaceRegisterAndTheUnitReadsIt() throws Exception {
    signIn("sx-reviewer");
    click(By.cssSelector("[data-nav=registers]"));
    // the units arrive after the page: wait for the option before choosing it
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#space-holder option[value='sx-jyt']")));
    new Select(visible(By.id("space-holder"))).selectByValue("sx-jyt");
    visible(By.cssSelector("#space-table tr[data-space='省教育厅办公楼|']"));
    assertThat(text(By.id("space-total"))).contains("850");
    screenshot("office-space-1-bureau");

    click(By.id("add-space"));
    new Select(visible(By.id("s-tenure"))).selectByValue("LEASED");
    type(By.id("s-usable"), "-5");
    click(By.id("save-space"));
    assertThat(text(By.cssSelector("[data-error-for=building]"))).isEqualTo("请填写楼宇名称");
    assertThat(text(By.cssSelector("[data-error-for=usableArea]"))).contains("使用面积应大于0");
    assertThat(text(By.cssSelector("[data-error-for=endDate]"))).isEqualTo("租用办公用房须填写租期到期日期");
    screenshot("office-space-2-form-errors");

    type(By.id("s-building"), "教育大厦");
    type(By.id("s-room"), "7层 701-706");
    type(By.id("s-usable"), "30");
    type(By.id("s-building-area"), "45");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('s-end'); d.value = '2028-12-31'; d.dispatchEvent(new Event('input'));");
    click(By.id("save-space"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记办公用房"));
    assertThat(text(By.cssSelector("#space-table tr[data-space='教育大厦|7层 701-706']")))
        .contains("租用", "30", "45", "2028-12-31");

    Path bad = Files.createTempFile("office-space-import", ".xlsx");
    Files.write(
        bad,
        workbook(
            List.of(
                OfficeSpaceWorkbook.HEADERS,
                new String[] {"", "sx-jyt", "教育大厦", "8层", "自有", "40", "", ""},
                new String[] {"", "sx-jyt", "教育大厦", "9层", "租用", "很大", "", ""})));
    visible(By.id("space-file")).sendKeys(bad.toAbsolutePath().toString());
    click(By.id("space-import"));
    visible(By.id("space-import-errors"));
    assertThat(text(By.id("space-import-message"))).contains("未导入任何数据");
    assertThat(text(By.cssSelector("#space-import-errors li[data-row='3']"))).startsWith("第 3 行：");
    assertThat(browser.findElements(By.cssSelector("#space-table tr[data-space='教育大厦|8层']")))
        .isEmpty();
    screenshot("office-space-3-import-errors");
    Files.delete(bad);

    click(By.id("logout"));
    visible(By.id("msg-logout"));
    signIn("sx-jyt-staff");
    click(By.cssSelector("[data-nav=registers]"));
    visible(By.cssSelector("#space-table tr[data-space='教育大厦|7层 701-706']"));
    assertThat(text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-space"))).isEmpty();
    assertThat(browser.findElements(By.id("space-import"))).isEmpty();
    visible(By.id("space-export"));
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("office-space-4-unit-phone");
    click(By.cssSelector("[data-register-tab=vehicles]"));
    visible(By.id("vehicle-export"));
    screenshot("office-space-5-vehicles-tab-phone");
    assertThat(severeBrowserErrors()).isEmpty();
  }

  @Test
  void theAdminAddsAGovernmentAndSeesTheStaffingWorkbook() throws IOException {
    signIn("admin");
    click(By.cssSelector("[data-nav=organisation]"));
    click(By.id("tab-units"));
    visible(By.id("staffing-template"));
    visible(By.id("staffing-import"));
    click(By.id("tab-governments"));
    visible(By.cssSelector("#government-table tr[data-government='sx']"));
    click(By.id("add-government"));
    click(By.id("save-government"));
    assertThat(text(By.cssSelector("[data-error-for=code]"))).isEqualTo("请填写政府代码");
    assertThat(text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写政府名称");
    String code = "gov-b" + UUID.randomUUID().toString().substring(0, 6);
    type(By.id("gov-code"), code);
    type(By.id("gov-name"), "新设示例县");
    click(By.id("save-government"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存政府"));
    assertThat(text(By.cssSelector("#government-table tr[data-government='" + code + "']")))
        .contains("新设示例县", "县级", "启用");
    screenshot("governments-1-admin");
    click(By.cssSelector("[data-toggle-government='xl']"));
    assertThat(text(By.cssSelector("[data-error-for=active]"))).contains("请先停用其所属单位");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("governments-2-phone");
    assertThat(severeBrowserErrors()).isEmpty();
  }

  static byte[] workbook(List<String[]> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("办公用房登记簿");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).length; c++) {
          if (!rows.get(r)[c].isEmpty()) {
            row.createCell(c).setCellValue(rows.get(r)[c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

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
