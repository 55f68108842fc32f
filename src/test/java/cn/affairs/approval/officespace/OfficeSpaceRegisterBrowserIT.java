package cn.affairs.approval.officespace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.HeadlessChromium;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.chrome.ChromeDriver;
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

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  private WebDriverWait wait;
  private BrowserSteps steps;

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
    steps = new BrowserSteps(browser, port);
    wait = steps.waiting();
    steps.startSignedOut();
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  @Test
  void theBureauKeepsTheOfficeSpaceRegisterAndTheUnitReadsIt() throws Exception {
    steps.signIn("sx-reviewer");
    steps.click(By.cssSelector("[data-nav=registers]"));
    // the units arrive after the page: wait for the option before choosing it
    wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#space-holder option[value='sx-jyt']")));
    new Select(steps.visible(By.id("space-holder"))).selectByValue("sx-jyt");
    steps.visible(By.cssSelector("#space-table tr[data-space='省教育厅办公楼|']"));
    assertThat(steps.text(By.id("space-total"))).contains("850");
    steps.screenshot("office-space-1-bureau");

    steps.click(By.id("add-space"));
    new Select(steps.visible(By.id("s-tenure"))).selectByValue("LEASED");
    steps.type(By.id("s-usable"), "-5");
    steps.click(By.id("save-space"));
    assertThat(steps.text(By.cssSelector("[data-error-for=building]"))).isEqualTo("请填写楼宇名称");
    assertThat(steps.text(By.cssSelector("[data-error-for=usableArea]"))).contains("使用面积应大于0");
    assertThat(steps.text(By.cssSelector("[data-error-for=endDate]"))).isEqualTo("租用办公用房须填写租期到期日期");
    steps.screenshot("office-space-2-form-errors");

    steps.type(By.id("s-building"), "教育大厦");
    steps.type(By.id("s-room"), "7层 701-706");
    steps.type(By.id("s-usable"), "30");
    steps.type(By.id("s-building-area"), "45");
    ((JavascriptExecutor) browser)
        .executeScript(
            "const d = document.getElementById('s-end'); d.value = '2028-12-31'; d.dispatchEvent(new Event('input'));");
    steps.click(By.id("save-space"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已登记办公用房"));
    assertThat(steps.text(By.cssSelector("#space-table tr[data-space='教育大厦|7层 701-706']")))
        .contains("租用", "30", "45", "2028-12-31");

    Path bad = Files.createTempFile("office-space-import", ".xlsx");
    Files.write(
        bad,
        workbook(
            List.of(
                OfficeSpaceWorkbook.HEADERS,
                new String[] {"", "sx-jyt", "教育大厦", "8层", "自有", "40", "", ""},
                new String[] {"", "sx-jyt", "教育大厦", "9层", "租用", "很大", "", ""})));
    steps.visible(By.id("space-file")).sendKeys(bad.toAbsolutePath().toString());
    steps.click(By.id("space-import"));
    steps.visible(By.id("space-import-errors"));
    assertThat(steps.text(By.id("space-import-message"))).contains("未导入任何数据");
    assertThat(steps.text(By.cssSelector("#space-import-errors li[data-row='3']")))
        .startsWith("第 3 行：");
    assertThat(browser.findElements(By.cssSelector("#space-table tr[data-space='教育大厦|8层']")))
        .isEmpty();
    steps.screenshot("office-space-3-import-errors");
    Files.delete(bad);

    steps.click(By.id("logout"));
    steps.visible(By.id("msg-logout"));
    steps.signIn("sx-jyt-staff");
    steps.click(By.cssSelector("[data-nav=registers]"));
    steps.visible(By.cssSelector("#space-table tr[data-space='教育大厦|7层 701-706']"));
    assertThat(steps.text(By.id("read-only-note"))).contains("只读");
    assertThat(browser.findElements(By.id("add-space"))).isEmpty();
    assertThat(browser.findElements(By.id("space-import"))).isEmpty();
    steps.visible(By.id("space-export"));
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.screenshot("office-space-4-unit-phone");
    steps.click(By.cssSelector("[data-register-tab=vehicles]"));
    steps.visible(By.id("vehicle-export"));
    steps.screenshot("office-space-5-vehicles-tab-phone");
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }

  @Test
  void theAdminAddsAGovernmentAndSeesTheStaffingWorkbook() throws IOException {
    steps.signIn("admin");
    steps.click(By.cssSelector("[data-nav=organisation]"));
    steps.click(By.id("tab-units"));
    steps.visible(By.id("staffing-template"));
    steps.visible(By.id("staffing-import"));
    steps.click(By.id("tab-governments"));
    steps.visible(By.cssSelector("#government-table tr[data-government='sx']"));
    steps.click(By.id("add-government"));
    steps.click(By.id("save-government"));
    assertThat(steps.text(By.cssSelector("[data-error-for=code]"))).isEqualTo("请填写政府代码");
    assertThat(steps.text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写政府名称");
    String code = "gov-b" + UUID.randomUUID().toString().substring(0, 6);
    steps.type(By.id("gov-code"), code);
    steps.type(By.id("gov-name"), "新设示例县");
    steps.click(By.id("save-government"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已保存政府"));
    assertThat(steps.text(By.cssSelector("#government-table tr[data-government='" + code + "']")))
        .contains("新设示例县", "县级", "启用");
    steps.screenshot("governments-1-admin");
    steps.click(By.cssSelector("[data-toggle-government='xl']"));
    assertThat(steps.text(By.cssSelector("[data-error-for=active]"))).contains("请先停用其所属单位");
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.screenshot("governments-2-phone");
    assertThat(steps.severeBrowserErrors()).isEmpty();
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
}
