package cn.affairs.approval.orgadmin;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.HeadlessChromium;
import cn.affairs.approval.testing.Multipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 组织机构管理 in a real browser: an admin adds a 单位负责人 through the page (the server's field messages
 * shown first), the new user signs in at once and finds the unit's case in 待办; the page at 1366 px
 * and on a phone (390 px). Screenshots go to target/screenshots/.
 */
@AffairsTest
class OrganisationBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("organisation-browser-it");
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

  @Test
  void aUserAddedOnThePageSignsInAtOnceAndSeesTheUnitsCaseInTasks() throws IOException {
    ApiClient api = new ApiClient(port);
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(
                    api.as("sx-jyt-staff"), "office-space-construction", expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String caseId = created.get("id").asText();
    String userId = "head-" + UUID.randomUUID().toString().substring(0, 6);

    steps.signIn("admin", "demo");
    steps.click(By.cssSelector("[data-nav=organisation]"));
    steps.visible(By.cssSelector("#user-table tr[data-user='sx-jyt-head']"));
    steps.screenshot("organisation-1-users");

    steps.click(By.id("add-user"));
    steps.type(By.id("user-id"), "有 空格");
    steps.type(By.id("user-password"), "123");
    steps.click(By.id("save-user"));
    assertThat(steps.text(By.cssSelector("[data-error-for=id]"))).contains("账号只能由字母");
    assertThat(steps.text(By.cssSelector("[data-error-for=name]"))).isEqualTo("请填写姓名");
    assertThat(steps.text(By.cssSelector("[data-error-for=unitCode]"))).isEqualTo("请选择所在单位");
    assertThat(steps.text(By.cssSelector("[data-error-for=roles]"))).isEqualTo("请至少选择一个角色");
    assertThat(steps.text(By.cssSelector("[data-error-for=password]"))).contains("至少6位");
    steps.screenshot("organisation-2-user-form-errors");

    steps.type(By.id("user-id"), userId);
    steps.type(By.id("user-name-input"), "新处长");
    new Select(steps.visible(By.id("user-unit-select"))).selectByValue("sx-jyt");
    steps.click(By.id("role-UNIT_HEAD"));
    steps.type(By.id("user-password"), "secret-9");
    steps.click(By.id("save-user"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已新增用户 " + userId));
    assertThat(steps.text(By.cssSelector("#user-table tr[data-user='" + userId + "']")))
        .contains("新处长", "山西省教育厅", "单位负责人", "启用");

    steps.click(By.id("tab-units"));
    steps.visible(By.cssSelector("#unit-table tr[data-unit='sx-jyt']"));
    browser.manage().window().setSize(new Dimension(390, 844));
    steps.screenshot("organisation-3-units-phone");
    steps.click(By.id("tab-users"));
    steps.screenshot("organisation-4-users-phone");
    browser.manage().window().setSize(new Dimension(1366, 900));

    steps.click(By.id("logout"));
    steps.visible(By.id("msg-logout"));
    steps.signIn(userId, "secret-9");
    assertThat(steps.text(By.id("user-roles"))).isEqualTo("单位负责人");
    steps.click(By.cssSelector("[data-nav=tasks]")); // 工作台 is the landing page
    steps.visible(By.cssSelector("#task-table tr[data-application-id='" + caseId + "']"));
    steps.screenshot("organisation-5-new-user-tasks");
    assertThat(steps.severeBrowserErrors()).isEmpty();
  }
}
