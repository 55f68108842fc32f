package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page under the Content-Security-Policy, at 1366 px and on a phone (390 px): the demo
 * accounts listed (demo data on), a wrong password answered in Chinese, and the portal working
 * after sign-in with no policy violation in the browser's console. Screenshots in
 * target/screenshots/.
 */
@AffairsTest
class SignInBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("sign-in-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @Test
  void signInPageUnderThePolicyOnDesktopAndPhone() throws IOException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    for (int width : new int[] {1366, 390}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.manage().deleteAllCookies();
      browser.get("http://localhost:" + port + "/login.html");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-accounts")));
      browser.findElement(By.cssSelector("#demo-accounts summary")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("demo-accounts-list"), "孙经办"));
      assertThat(browser.findElement(By.id("demo-accounts-list")).getText())
          .contains("sx-jyt-staff", "山西省教育厅");
      Files.write(
          SCREENSHOTS.resolve("sign-in-" + width + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));

      browser.findElement(By.id("username")).sendKeys("sx-jtt-staff");
      browser.findElement(By.id("password")).sendKeys("wrong");
      browser.findElement(By.id("login-submit")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("msg-error")));
      assertThat(browser.findElement(By.id("msg-error")).getText()).contains("用户名或密码错误");
    }

    browser.findElement(By.id("username")).clear();
    browser.findElement(By.id("username")).sendKeys("sx-jyt-staff");
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.id("login-submit")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "孙经办"));
    Files.write(
        SCREENSHOTS.resolve("sign-in-portal-390.png"), browser.getScreenshotAs(OutputType.BYTES));

    List<String> violations =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
            .toList();
    assertThat(violations).as("policy violations in the console").isEmpty();
  }
}
