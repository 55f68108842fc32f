package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.ConstructionForms;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A title made of script ({@code <img src=x onerror=alert(1)>} and a {@code <script>} element) is
 * stored as the applicant typed it and shown as text on the case page and in the list: no alert, no
 * injected element. Screenshots: target/screenshots/script-as-text-*.png.
 */
@AffairsTest
class ScriptAsTextBrowserIT {

  static final String TITLE = "<img src=x onerror=alert(1)><script>window.injected=1</script>扩建";

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("script-as-text-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @Test
  void aTitleOfScriptShowsAsTextOnTheCasePageAndInTheList() throws IOException {
    Map<String, Object> form = ConstructionForms.expansion(10);
    form.put("projectName", TITLE);
    String id = cases.start("sx-jyt-staff", "office-space-construction", form);
    assertThat(cases.application(id).title()).isEqualTo(TITLE);

    BrowserSteps steps = new BrowserSteps(browser, port);
    WebDriverWait wait = steps.waiting();
    steps.open("/login.html");
    steps.signIn("sx-jyt-staff");

    steps.open("/#/applications/" + id);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), TITLE));
    shown("script-as-text-case");

    steps.open("/#/applications?q=" + id);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), id));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains(TITLE);
    shown("script-as-text-list");
  }

  /** The page shows the title as text, ran none of it, and screenshots at 1366 and 390 px. */
  private void shown(String name) throws IOException {
    JavascriptExecutor js = browser;
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened on " + browser.getCurrentUrl());
    } catch (NoAlertPresentException expected) {
      // no alert: the script did not run
    }
    assertThat(js.executeScript("return document.querySelectorAll('img[src=\"x\"]').length"))
        .as("injected <img> elements")
        .isEqualTo(0L);
    assertThat(js.executeScript("return window.injected === undefined")).isEqualTo(true);
    for (Dimension size : new Dimension[] {new Dimension(1366, 900), new Dimension(390, 844)}) {
      browser.manage().window().setSize(size);
      Files.write(
          HeadlessChromium.SCREENSHOTS.resolve(name + "-" + size.getWidth() + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));
    }
    browser.manage().window().setSize(new Dimension(1366, 900));
  }
}
