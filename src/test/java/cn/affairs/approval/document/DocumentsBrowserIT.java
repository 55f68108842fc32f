package cn.affairs.approval.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import cn.affairs.approval.testing.Multipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  private static ChromeDriver browser;
  private static Path profile;
  private static Path files;

  @LocalServerPort int port;

  private WebDriverWait wait;
  private BrowserSteps steps;

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
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
    steps.signIn("sx-jyt-staff");

    // a new build: the form names the feasibility study it requires, and the submission without it
    // is refused
    steps.click(By.cssSelector("[data-nav=new]"));
    steps.click(By.cssSelector("[data-process-key=office-space-construction]"));
    steps.visible(By.id("application-form"));
    new Select(steps.visible(By.name("projectType"))).selectByValue("NEW_BUILD");
    steps.type(By.name("projectName"), "省教育厅附属办公楼新建");
    steps.type(By.name("location"), "太原市小店区");
    steps.type(By.name("addedOfficeRoomArea"), "20");
    steps.type(By.name("addedBasicOfficeArea"), "20");
    steps.type(By.name("addedBuildingArea"), "40");
    steps.type(By.name("estimatedCost"), "300");
    new Select(browser.findElement(By.name("fundingSource"))).selectByValue("FISCAL");
    steps.type(By.name("necessity"), "内设机构调整，现有办公室用房不足。");
    steps.click(By.id("field-usesAgencyLand-no"));
    WebElement study = steps.visible(By.cssSelector("[data-document-type=FEASIBILITY_STUDY]"));
    assertThat(study.getText()).contains("可行性研究报告", "办法 第十八条", "未上传");
    steps.click(By.id("submit-application"));
    assertThat(steps.visible(By.cssSelector("[data-error-for=attachments]")).getText())
        .isEqualTo("缺少必备材料：可行性研究报告（办法 第十八条）");

    // a file that is not what its name says is refused with the reason
    Path fake = Files.writeString(files.resolve("伪装.pdf"), "not a pdf", StandardCharsets.UTF_8);
    browser.findElement(By.id("attachment-input")).sendKeys(fake.toString());
    assertThat(steps.visible(By.id("attachment-error")).getText())
        .contains("伪装.pdf", "文件内容不是可接受的格式");

    new Select(browser.findElement(By.id("attachment-type"))).selectByValue("FEASIBILITY_STUDY");
    Path report = Files.write(files.resolve("可行性研究报告.pdf"), Multipart.pdf("feasibility study"));
    browser.findElement(By.id("attachment-input")).sendKeys(report.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".attachment-list"), "可行性研究报告.pdf"));
    assertThat(steps.text(By.cssSelector("[data-document-type=FEASIBILITY_STUDY]")))
        .contains("已上传");
    steps.screenshot("documents-1-form-1366", 6000);
    phoneScreenshot("documents-1-form-390");
    steps.click(By.id("submit-application"));
    String id = steps.text(By.id("application-id"));
    // the panel lists the required documents first and the case's files when they arrive
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "可行性研究报告.pdf"));
    assertThat(steps.text(By.id("attachments"))).contains("可行性研究报告.pdf", "提交申请");
    steps.signOut();

    // the unit head sees the file on the task page and drops one of their own there
    steps.signIn("sx-jyt-head");
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-badge-for=messages]")));
    steps.click(By.cssSelector("[data-nav=tasks]"));
    WebElement row =
        steps.visible(By.cssSelector("#task-table tr[data-application-id='" + id + "']"));
    row.findElement(By.cssSelector(".open-task")).click();
    steps.visible(By.id("decision-form"));
    // the panel lists the required documents first and the case's files when they arrive
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "可行性研究报告.pdf"));
    assertThat(steps.text(By.id("attachments"))).contains("可行性研究报告.pdf", "提交申请");
    drop("单位审核意见.pdf", "%PDF-1.4\\n% unit head opinion\\n%%EOF");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("attachments"), "单位审核意见.pdf"));
    WebElement own =
        steps.visible(
            By.xpath("//li[contains(@class,'attachment-item')][.//a[text()='单位审核意见.pdf']]"));
    assertThat(own.getText()).contains("单位负责人审核", "删除");
    steps.screenshot("documents-2-task-1366", 6000);
    phoneScreenshot("documents-2-task-390");

    // the printable 审批单 lists the case, its steps and both files
    steps.click(By.id("print-approval-form"));
    WebElement form = steps.visible(By.id("approval-form"));
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
    steps.screenshot("documents-3-print-1366", 6000);
    phoneScreenshot("documents-3-print-390");

    // 消息: the task that waits for the head, unread
    steps.click(By.cssSelector("[data-nav=messages]"));
    WebElement message =
        steps.visible(
            By.xpath("//button[contains(@class,'message-item')][contains(., '" + id + "')]"));
    assertThat(message.getText()).contains("待办", "未读", "单位负责人审核");
    steps.screenshot("documents-4-messages-1366", 6000);
    phoneScreenshot("documents-4-messages-390");
    message.click();
    steps.visible(By.id("decision-form"));
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }

  /**
   * Drops a file on the upload area as a user's drag and drop does (a drop event carrying the
   * file).
   */
  private void drop(String name, String content) {
    WebElement zone = steps.visible(By.id("drop-zone"));
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

  // ---- browser helpers ------------------------------------------------------------------------

  /** The same page on a phone: no part of it wider than the screen. */
  private void phoneScreenshot(String name) throws IOException {
    browser.manage().window().setSize(BrowserSteps.PHONE);
    try {
      Number overflow =
          (Number)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow.intValue())
          .as("horizontal overflow at 390 px on " + name)
          .isLessThanOrEqualTo(0);
      steps.screenshot(name, 6000);
    } finally {
      browser.manage().window().setSize(BrowserSteps.DESKTOP);
    }
  }
}
