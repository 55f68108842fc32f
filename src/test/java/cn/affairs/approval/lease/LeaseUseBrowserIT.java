package cn.affairs.approval.lease;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * 办法 第十九条第二款 in the applicant's lease form: the 用途 the unit declares is judged while it fills the
 * form in — subletting FAILs as a prohibition beside the field, the unit's own offices PASS.
 * Screenshots at 1366 px and 390 px go to target/screenshots/lease-use-*.png.
 */
@AffairsTest
class LeaseUseBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;

  private WebDriverWait wait;
  private BrowserSteps steps;

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
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
  }

  @Test
  void banfa19_2_aSubletDeclaredInTheLeaseFormFailsBesideTheFieldAndOwnOfficesPass()
      throws IOException {
    steps.signIn("sx-jyt-staff");
    steps.click(By.cssSelector("[data-shortcut=office-space-lease]"));
    steps.visible(By.id("application-form"));
    new Select(steps.visible(By.name("mode"))).selectByValue("LEASE");
    steps.type(By.name("area"), "20");
    Select use = new Select(steps.visible(By.name("use")));
    assertThat(use.getOptions()).extracting(WebElement::getText).contains("转租他人", "本单位办公自用");
    use.selectByValue("SUBLET");
    By verdict = By.cssSelector("[data-verdict-for=use][data-rule=leasedSpaceUse]");
    wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "FAIL"));
    assertThat(steps.text(verdict)).contains("转租他人").contains("不得出租、出借办公用房或者改变办公用房使用功能");
    steps.screenshots("lease-use-1-sublet-fails");
    new Select(steps.visible(By.name("use"))).selectByValue("OFFICE");
    wait.until(ExpectedConditions.attributeToBe(verdict, "data-verdict", "PASS"));
    assertThat(steps.text(verdict)).contains("仅用于本单位办公");
    steps.screenshots("lease-use-2-own-offices-pass");
  }
}
