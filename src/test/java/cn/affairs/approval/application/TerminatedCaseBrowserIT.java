package cn.affairs.approval.application;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A case cancelled in Cockpit, as the applicant sees it at 1366 px and on a phone (390 px): 已终止 in
 * the list and on the case page, the timeline's last entry 流程终止 with the reason. Screenshots in
 * target/screenshots/.
 */
@AffairsTest
class TerminatedCaseBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("terminated-case-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @Test
  void aCaseCancelledInCockpitReads已终止() throws IOException {
    var created =
        new ApiClient(port).as("sx-jyt-staff").post("/api/applications", request(expansion(5)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    runtime.deleteProcessInstance(
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId(),
        "管理员在 Cockpit 中取消",
        true);

    BrowserSteps steps = new BrowserSteps(browser, port);
    WebDriverWait wait = steps.waiting();
    steps.open("/login.html");
    steps.signIn("sx-jyt-staff");
    for (int width : new int[] {1366, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      steps.open("/#/applications");
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), id));
      assertThat(browser.findElement(By.tagName("body")).getText()).contains("已终止");
      steps.windowScreenshot("terminated-list-" + width);

      steps.open("/#/applications/" + id);
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "流程终止"));
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).contains("已终止", "管理员在 Cockpit 中取消");
      assertThat(page).doesNotContain("审批中");
      steps.windowScreenshot("terminated-case-" + width);
    }
  }
}
