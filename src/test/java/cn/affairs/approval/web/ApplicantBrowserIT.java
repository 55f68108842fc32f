package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The applicant's side in a real browser: the 预审 verdict appears beside the area while the
 * applicant types it, the form is corrected and saved as a draft, the applicant signs out and in,
 * resumes the draft from 工作台 and submits it; the case page lists the steps ahead with their dates.
 * Screenshots at 1366 px and 390 px go to target/screenshots/applicant-*.png.
 */
@AffairsTest
class ApplicantBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;

  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("applicant-browser-it");
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
  void precheckWhileTypingThenDraftSignOutResumeFromHomeAndSubmit() throws IOException {
    steps.signIn("sx-jyt-staff");
    // 工作台 is the home page
    steps.visible(By.id("home"));
    steps.visible(By.id("home-shortcuts"));
    steps.screenshots("applicant-1-home");
    steps.click(By.cssSelector("[data-shortcut=office-space-construction]"));
    steps.visible(By.id("application-form"));

    // the area typed makes the office rooms 850 + 40 = 890 ㎡, over the 882 ㎡ of the standard
    new Select(steps.visible(By.name("projectType"))).selectByValue("EXPANSION");
    steps.type(By.name("projectName"), "图书馆配楼扩建");
    steps.type(By.name("addedOfficeRoomArea"), "40");
    By areaVerdict =
        By.cssSelector("[data-verdict-for=addedOfficeRoomArea][data-rule=officeRoomArea]");
    wait.until(ExpectedConditions.attributeToBe(areaVerdict, "data-verdict", "FAIL"));
    assertThat(steps.text(areaVerdict))
        .contains("申请后办公室用房 890㎡，超过核定标准 882㎡")
        .contains("依据")
        .contains("党政机关办公用房建设标准");
    steps.screenshots("applicant-2-precheck-fail");

    // corrected: 880 ㎡ is within the standard, and the verdict beside the field says so
    steps.type(By.name("addedOfficeRoomArea"), "30");
    wait.until(ExpectedConditions.attributeToBe(areaVerdict, "data-verdict", "PASS"));
    assertThat(steps.text(areaVerdict)).contains("880㎡");
    steps.type(By.name("addedBasicOfficeArea"), "30");
    steps.type(By.name("addedBuildingArea"), "45");
    steps.type(By.name("location"), "太原市迎泽区新建路 12 号");
    steps.click(By.id("save-draft"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "草稿已保存"));
    String draftId = steps.visible(By.id("application-form")).getAttribute("data-draft-id");
    assertThat(draftId).isNotBlank();

    // a new session: the draft is the server's, not the page's
    steps.signOut();
    steps.signIn("sx-jyt-staff");
    WebElement draftRow =
        steps.visible(By.cssSelector("#home-drafts [data-draft-id='" + draftId + "']"));
    assertThat(draftRow.getText()).contains("图书馆配楼扩建");
    steps.screenshots("applicant-3-home-with-draft");
    steps.click(By.cssSelector("#home-drafts [data-draft-id='" + draftId + "'] .resume-draft"));
    steps.visible(By.id("application-form"));
    wait.until(
        d -> "30".equals(d.findElement(By.name("addedOfficeRoomArea")).getAttribute("value")));
    assertThat(browser.findElement(By.name("location")).getAttribute("value"))
        .isEqualTo("太原市迎泽区新建路 12 号");
    wait.until(ExpectedConditions.attributeToBe(areaVerdict, "data-verdict", "PASS"));

    // the rest of the form, then the submission: the draft becomes the case
    steps.type(By.name("estimatedCost"), "300");
    new Select(browser.findElement(By.name("fundingSource"))).selectByValue("FISCAL");
    steps.type(By.name("necessity"), "新增编制 10 名，现有办公室用房不足。");
    steps.click(By.id("field-usesAgencyLand-no"));
    steps.click(By.id("submit-application"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "申请已提交"));
    steps.visible(By.id("forecast-table"));

    // the case page lists the steps ahead with who decides and by when
    List<WebElement> rows = browser.findElements(By.cssSelector("#forecast-table tbody tr"));
    assertThat(rows)
        .extracting(r -> r.getAttribute("data-task-key"))
        .containsExactly("Task_UnitHeadReview", "Task_BureauReview", "Task_GovernmentApproval");
    for (WebElement row : rows) {
      assertThat(row.findElement(By.cssSelector(".forecast-date")).getText())
          .matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(rows.get(0).getText()).contains("单位负责人审核").contains("当前");
    steps.screenshots("applicant-4-case-forecast");

    // the draft is gone from 工作台 once submitted
    steps.click(By.cssSelector("[data-nav=home]"));
    steps.visible(By.id("home"));
    assertThat(browser.findElements(By.cssSelector("[data-draft-id='" + draftId + "']"))).isEmpty();

    // the list finds the case by a word of its title
    steps.open("/#/applications?scope=mine");
    steps.type(By.id("filter-q"), "配楼");
    steps.click(By.id("filter-search"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("application-table"), "图书馆配楼扩建"));
    steps.screenshots("applicant-5-list-filters");
  }

  @Test
  void theBureauSeesItsGovernmentsCountsAndExportsTheWholeList() throws IOException {
    steps.signIn("sx-reviewer");
    steps.visible(By.id("home-government"));
    assertThat(steps.text(By.id("home-government")))
        .contains("山西省")
        .contains("审批中")
        .contains("逾期环节");
    steps.screenshots("bureau-1-home");
    steps.click(By.cssSelector("[data-nav=all]"));
    steps.visible(By.id("filter-unit"));
    new Select(browser.findElement(By.id("filter-unit"))).selectByValue("sx-jyt");
    wait.until(ExpectedConditions.urlContains("unit=sx-jyt"));
    assertThat(steps.visible(By.id("export-xlsx")).getAttribute("href"))
        .contains("format=xlsx")
        .contains("unit=sx-jyt")
        .contains("scope=all");
    steps.screenshots("bureau-2-all-applications");
  }

  // ---- steps ----------------------------------------------------------------------------------
}
