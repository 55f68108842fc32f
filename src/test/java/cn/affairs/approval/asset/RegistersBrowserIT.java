package cn.affairs.approval.asset;

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
 * 资产登记簿与公物仓 and 保障年度计划登记簿 in a real browser: the bureau adds a card (the server's field messages
 * shown first), looks at the warehouse, creates a plan (a ceiling required); the unit reads both
 * without the means to change them, at 1366 px and on a phone (390 px).
 */
@AffairsTest
class RegistersBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("registers-browser-it");
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
  void theBureauKeepsAssetsWarehouseAndPlansAndTheUnitReadsThem() throws IOException {
    steps.signIn("sx-asset", "demo");
    steps.click(By.cssSelector("[data-nav=registers]"));
    steps.click(By.cssSelector("[data-register-tab=assets]"));
    steps.choose("asset-holder", "sx-jyt");
    steps.visible(By.cssSelector("#asset-table tr[data-code='JYT-TS17-001']"));
    steps.screenshot("registers-1-assets-bureau");

    steps.click(By.id("add-asset"));
    steps.type(By.id("a-code"), "坏 编号");
    steps.click(By.id("save-asset"));
    assertThat(steps.text(By.cssSelector("[data-error-for=code]"))).contains("资产编号应为");
    assertThat(steps.text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写资产名称");
    assertThat(steps.text(By.cssSelector("[data-error-for=purchaseDate]"))).isEqualTo("请填写购置日期");
    steps.screenshot("registers-2-asset-form-errors");

    steps.type(By.id("a-code"), "JYT-NEW-001");
    steps.type(By.id("a-name"), "台式计算机（新）");
    steps.type(By.id("a-value"), "0.48");
    steps.type(By.id("a-location"), "主楼 305 室");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('a-date'); d.value = '2024-04-01'; d.dispatchEvent(new Event('input'));");
    steps.click(By.id("save-asset"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记资产"));
    assertThat(steps.text(By.id("asset-count"))).contains("共 101 件");

    steps.choose("asset-holder", "warehouse:sx");
    // the warehouse is the government's, named in Chinese, not by its code
    assertThat(new Select(steps.visible(By.id("asset-holder"))).getFirstSelectedOption().getText())
        .isEqualTo("公物仓（山西省）");
    steps.visible(By.cssSelector("#asset-table tr[data-code='SXGWC-FY19-001']"));
    assertThat(steps.text(By.cssSelector("#asset-table tr[data-code='SXGWC-FY19-001']")))
        .contains("复印机", "在公物仓");
    steps.screenshot("registers-3-warehouse");

    steps.click(By.cssSelector("[data-register-tab=plans]"));
    steps.choose("plan-unit", "sx-jyt"); // the units load after the tab
    steps.visible(By.cssSelector("[data-plan-year='2026']"));
    steps.click(By.id("add-plan"));
    steps.type(By.id("p-year"), "2027");
    steps.type(By.cssSelector("[data-item='0'] input[placeholder='项目说明']"), "机关运行经费");
    steps.type(By.cssSelector("[data-item='0'] input[placeholder='万元']"), "320");
    steps.click(By.id("save-plan"));
    assertThat(steps.text(By.cssSelector("[data-error-for=ceiling]"))).contains("请填写预算控制数");
    steps.type(By.id("p-ceiling"), "520");
    steps.click(By.id("save-plan"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新建保障年度计划"));
    assertThat(steps.text(By.cssSelector("[data-plan-year='2027']")))
        .contains("预算控制数 520", "机关运行经费");
    steps.screenshot("registers-4-plans-bureau");

    steps.click(By.id("logout"));
    steps.visible(By.id("msg-logout"));
    steps.signIn("sx-jyt-staff", "demo");
    steps.click(By.cssSelector("[data-nav=registers]"));
    steps.click(By.cssSelector("[data-register-tab=assets]"));
    steps.visible(By.cssSelector("#asset-table tr[data-code='JYT-NEW-001']"));
    assertThat(steps.text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-asset"))).isEmpty();
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.screenshot("registers-5-assets-unit-phone");
    steps.click(By.cssSelector("[data-register-tab=plans]"));
    steps.visible(By.cssSelector("[data-plan-year='2027']"));
    assertThat(steps.text(By.id("plan-read-only"))).contains("只读");
    assertThat(browser.findElements(By.id("add-plan"))).isEmpty();
    steps.screenshot("registers-6-plans-unit-phone");
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }
}
