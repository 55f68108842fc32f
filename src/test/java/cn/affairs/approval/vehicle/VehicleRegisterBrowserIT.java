package cn.affairs.approval.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 公务用车登记簿 in a real browser: the bureau adds a car (the server's field messages shown first), the
 * unit reads its register without the means to change it, at 1366 px and on a phone (390 px).
 */
@AffairsTest
class VehicleRegisterBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("vehicle-register-browser-it");
    browser = HeadlessChromium.start(profile, "1366,900");
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    HeadlessChromium.stop(browser, profile);
  }

  @BeforeEach
  void init() {
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  @Test
  void theBureauKeepsTheVehicleRegisterAndTheUnitReadsIt() throws IOException {
    steps.signIn("sx-vehicle", "demo");
    steps.click(By.cssSelector("[data-nav=registers]"));
    steps.click(By.cssSelector("[data-register-tab=vehicles]"));
    // the units arrive after the page: wait for the option before choosing it
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#register-unit option[value='sx-jyt']")));
    new Select(steps.visible(By.id("register-unit"))).selectByValue("sx-jyt");
    steps.visible(By.cssSelector("#vehicle-table tr[data-plate='晋A·J0001']"));
    steps.screenshot("vehicles-1-bureau");

    steps.click(By.id("add-vehicle"));
    steps.type(By.id("v-plate"), "ABC");
    steps.type(By.id("v-price"), "15.5");
    steps.click(By.id("save-vehicle"));
    assertThat(steps.text(By.cssSelector("[data-error-for=plate]"))).contains("号牌格式不正确");
    assertThat(steps.text(By.cssSelector("[data-error-for=brand]"))).isEqualTo("请填写品牌");
    assertThat(steps.text(By.cssSelector("[data-error-for=purchaseDate]"))).isEqualTo("请填写购置日期");
    steps.screenshot("vehicles-2-form-errors");

    steps.type(By.id("v-plate"), "晋A·K8001");
    steps.type(By.id("v-brand"), "比亚迪");
    steps.type(By.id("v-model"), "秦PLUS EV");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('v-date'); d.value = '2023-04-01'; d.dispatchEvent(new Event('input'));");
    steps.click(By.id("save-vehicle"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记车辆"));
    assertThat(steps.text(By.cssSelector("#vehicle-table tr[data-plate='晋A·K8001']")))
        .contains("比亚迪", "纯电动", "在用");

    steps.click(By.id("logout"));
    steps.visible(By.id("msg-logout"));
    steps.signIn("sx-jyt-staff", "demo");
    steps.click(By.cssSelector("[data-nav=registers]"));
    steps.click(By.cssSelector("[data-register-tab=vehicles]"));
    steps.visible(By.cssSelector("#vehicle-table tr[data-plate='晋A·K8001']"));
    assertThat(steps.text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-vehicle"))).isEmpty();
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.screenshot("vehicles-3-unit-phone");
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }
}
