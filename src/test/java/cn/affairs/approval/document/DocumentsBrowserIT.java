package cn.affairs.approval.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.HeadlessChromium;
import cn.affairs.approval.testing.Multipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Documents in a real browser: the applicant attaches the required feasibility study to a new-build
 * form (the submission is refused without it), the unit head sees it on the task page and drops a
 * file of their own there, opens the printable 审批单, and finds the task among their 消息. Screenshots
 * at 1366 px and 390 px go to target/screenshots/.
 */
@AffairsTest
class DocumentsBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static final Dimension DESKTOP = new Dimension(1366, 900);
  private static final Dimension PHONE = new Dimension(390, 844);

  private static ChromeDriver browser;
  private static Path profile;
  private static Path files;

  @LocalServerPort int port;

  private WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("documents-browser-it");
    files = Files.createTempDirectory("documents-browser-files");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile, files);
  }

  @Test
  void attachAFileSeeItOnTheApproversTaskPageAndPrintTheApprovalForm() throws IOException {
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.manage().window().setSize(DESKTOP);
    open("/login.html");
    browser.manage().deleteAllCookies();
    signInWith("sx-jyt-staff");

    // a new build: the form names the feasibility study it requires, and the submission without it
    // is refused
    click(By.cssSelector("[data-nav=new]"));
    click(By.cssSelector("[data-process-key=office-space-construction]"));
    visible(By.id("application-form"));
    new Select(visible(By.name("projectType"))).selectByValue("NEW_BUILD");
    type(By.name("projectName"), "省教育厅附属办公楼新建");
    type(By.name("location"), "太原市小店区");
    type(By.name("addedOfficeRoomArea"), "20");
    type(By.name("addedBasicOfficeArea"), "20");
    type(By.name("addedBuildingArea"), "40");
    type(By.name("estimatedCost"), "300");
    new Select(browser.findElement(By.name("fundingSource"))).selectByValue("FISCAL");
    type(By.name("necessity"), "内设机构调整，现有办公室用房不足。");
    click(By.id("field-usesAgencyLand-no"));
    WebElement study = visible(By.cssSelector("[data-document-type=FEASIBILITY_STUDY]"));
    assertThat(study.getText()).contains("可行性研究报告", "办法 第十八条", "未上传");
    click(By.id("submit-application"));
    assertThat(visible(By.cssSelector("[data-error-for=attachments]")).getText())
        .isEqualTo("缺少必备材料：可行性研究报告（办法 第十八条）");

    // a file that is not what its name says is refused with the reason
    Path fake = Files.writeString(files.resolve("伪装.pdf"), "not a pdf", StandardCharsets.UTF_8);
    browser.findElement(By.id("attachment-input")).sendKeys(fake.toString());
    assertThat(visible(By.id("attachment-error")).getText()).contains("伪装.pdf", "文件内容不是可接受的格式");

    new Select(browser.findElement(By.id("attachment-type"))).selectByValue("FEASIBILITY_STUDY");
    Path report = Files.write(files.resolve("可行性研究报告.pdf"), Multipart.pdf("feasibility study"));
    browser.findElement(By.id("attachment-input")).sendKeys(report.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".attachment-list"), "可行性研究报告.pdf"));
    assertThat(text(By.cssSelector("[data-document-type=FEASIBILITY_STUDY]"))).contains("已上传");
    screenshot("documents-1-form-1366");
    phoneScreenshot("documents-1-form-390");
    click(By.id("submit-application"));
    String id = text(By.id("application-id"));
    // the panel lists the required documents first and the case's files when they arrive
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "可行性研究报告.pdf"));
    assertThat(text(By.id("attachments"))).contains("可行性研究报告.pdf", "提交申请");
    signOut();

    // the unit head sees the file on the task page and drops one of their own there
    signInWith("sx-jyt-head");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-badge-for=messages]")));
    click(By.cssSelector("[data-nav=tasks]"));
    WebElement row = visible(By.cssSelector("#task-table tr[data-application-id='" + id + "']"));
    row.findElement(By.cssSelector(".open-task")).click();
    visible(By.id("decision-form"));
    // the panel lists the required documents first and the case's files when they arrive
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "可行性研究报告.pdf"));
    assertThat(text(By.id("attachments"))).contains("可行性研究报告.pdf", "提交申请");
    drop("单位审核意见.pdf", "%PDF-1.4\\n% unit head opinion\\n%%EOF");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "单位审核意见.pdf"));
    WebElement own =
        visible(By.xpath("//li[contains(@class,'attachment-item')][.//a[text()='单位审核意见.pdf']]"));
    assertThat(own.getText()).contains("单位负责人审核", "删除");
    screenshot("documents-2-task-1366");
    phoneScreenshot("documents-2-task-390");

    // the printable 审批单 lists the case, its steps and both files
    click(By.id("print-approval-form"));
    WebElement form = visible(By.id("approval-form"));
    assertThat(form.getText())
        .contains(
            "机关事务审批单",
            id,
            "山西省教育厅",
            "省教育厅附属办公楼新建",
            "提交申请",
            "单位负责人审核",
            "可行性研究报告.pdf",
            "单位审核意见.pdf",
            "办公室用房面积");
    screenshot("documents-3-print-1366");
    phoneScreenshot("documents-3-print-390");

    // 消息: the task that waits for the head, unread
    click(By.cssSelector("[data-nav=messages]"));
    WebElement message =
        visible(By.xpath("//button[contains(@class,'message-item')][contains(., '" + id + "')]"));
    assertThat(message.getText()).contains("待办", "未读", "单位负责人审核");
    screenshot("documents-4-messages-1366");
    phoneScreenshot("documents-4-messages-390");
    message.click();
    visible(By.id("decision-form"));
    assertThat(severeBrowserErrors()).isEmpty();
  }

  /**
   * Drops a file on the upload area as a user's drag and drop does (a drop event carrying the
   * file).
   */
  private void drop(String name, String content) {
    WebElement zone = visible(By.id("drop-zone"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "const dt = new DataTransfer();"
                + "dt.items.add(new File([arguments[2]], arguments[1], {type: 'application/pdf'}));"
                + "arguments[0].dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
            zone,
            name,
            content.replace("\\n", "\n"));
  }

  // ---- steps ----------------------------------------------------------------------------------

  private void signInWith(String user) {
    if (!browser.getCurrentUrl().contains("/login.html")) {
      open("/login.html");
    }
    type(By.id("username"), user);
    type(By.id("password"), "demo");
    click(By.id("login-submit"));
    visible(By.id("user-name"));
  }

  private void signOut() {
    click(By.id("logout"));
    visible(By.id("msg-logout"));
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
              + browser.findElement(By.tagName("body")).getText()
              + "; screenshot "
              + failureScreenshot(),
          e);
    }
  }

  private Path failureScreenshot() {
    Path file = SCREENSHOTS.resolve("failure-documents-" + System.currentTimeMillis() + ".png");
    try {
      Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return file;
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

  /**
   * A full-page screenshot at the window's width: the window grows to the page's height for the
   * shot.
   */
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
        .setSize(new Dimension(original.getWidth(), Math.min(height.intValue() + 120, 6000)));
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } finally {
      browser.manage().window().setSize(original);
    }
  }

  /** The same page on a phone: no part of it wider than the screen. */
  private void phoneScreenshot(String name) throws IOException {
    browser.manage().window().setSize(PHONE);
    try {
      Number overflow =
          (Number)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow.intValue())
          .as("horizontal overflow at 390 px on " + name)
          .isLessThanOrEqualTo(0);
      screenshot(name);
    } finally {
      browser.manage().window().setSize(DESKTOP);
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
