package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.FormCorpus;
import cn.affairs.approval.testing.HeadlessChromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser (Debian's headless Chromium): a unit's 经办人 applies for an
 * office-space expansion through the rendered form, the unit head and the bureau reviewer approve
 * it from their task lists, and the case's diagram shows where it stands. Screenshots go to
 * target/screenshots/.
 */
@AffairsTest
class PortalBrowserIT {

  private static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired ObjectMapper json;

  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("portal-browser-it");
    browser = HeadlessChromium.start(profile, "1400,1000");
    try (Stream<Path> old = Files.list(SCREENSHOTS)) {
      old.filter(p -> p.getFileName().toString().startsWith("failure-"))
          .forEach(p -> p.toFile().delete());
    }
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
    steps.signedOut();
  }

  @Test
  void applyThenApproveByUnitHeadAndBureauReviewer() throws IOException {
    // a wrong password is refused on the sign-in page (an account of its own: Camunda makes an
    // account wait a few seconds after a failed attempt)
    steps.open("/login.html");
    signInWith("sx-jtt-staff", "wrong");
    assertThat(steps.visible(By.id("msg-error")).getText()).contains("用户名或密码错误");

    // the unit's 经办人 signs in and opens the form of office-space construction
    signInWith("sx-jyt-staff", "demo");
    assertThat(steps.visible(By.id("user-name")).getText()).isNotBlank();
    assertThat(steps.text(By.id("user-unit"))).isEqualTo("山西省教育厅");
    assertThat(steps.text(By.id("user-roles"))).contains("经办人");
    steps.click(By.cssSelector("[data-nav=new]"));
    steps.click(By.cssSelector("[data-process-key=office-space-construction]"));
    steps.visible(By.id("application-form"));

    // submitted without a project name: the form's schema says so under the field, in Chinese
    new Select(steps.visible(By.name("projectType"))).selectByValue("EXPANSION");
    steps.type(By.name("location"), "太原市迎泽区新建路 12 号");
    steps.type(By.name("addedOfficeRoomArea"), "100");
    steps.type(By.name("addedBasicOfficeArea"), "100");
    steps.type(By.name("addedBuildingArea"), "150");
    steps.type(By.name("estimatedCost"), "300");
    new Select(browser.findElement(By.name("fundingSource"))).selectByValue("FISCAL");
    steps.type(By.name("necessity"), "内设机构调整，新增编制 20 名，现有办公室用房不足。");
    steps.click(By.id("field-usesAgencyLand-no"));
    steps.click(By.id("submit-application"));
    assertThat(steps.visible(By.cssSelector("[data-error-for=projectName]")).getText())
        .isEqualTo("项目名称为必填项");
    assertThat(steps.text(By.id("form-message"))).contains("提交的内容有误");
    steps.screenshot("1-application-form-errors");

    // with the name it starts; the detail shows the checks: over the area standard, coefficient met
    steps.type(By.name("projectName"), "省教育厅办公楼扩建");
    steps.click(By.id("submit-application"));
    String applicationId = steps.visible(By.id("application-id")).getText();
    assertThat(applicationId).matches("BG-\\d{4}-\\d{4}");
    WebElement areaCheck =
        steps.visible(By.cssSelector(".checks-table tr[data-rule=officeRoomArea]"));
    assertThat(areaCheck.getAttribute("data-verdict")).isEqualTo("FAIL");
    assertThat(areaCheck.getText()).contains("不符合").contains("950").contains("882");
    WebElement coefficientCheck =
        steps.visible(By.cssSelector(".checks-table tr[data-rule=usableAreaCoefficient]"));
    assertThat(coefficientCheck.getAttribute("data-verdict")).isEqualTo("PASS");
    assertThat(coefficientCheck.getText()).contains("符合");
    assertThat(steps.text(By.id("application-status"))).isEqualTo("审批中");
    assertThat(steps.visible(By.id("withdraw")).getText()).isEqualTo("撤回申请");
    steps.screenshot("2-application-detail-checks");
    signOut();

    // the unit head approves from the task list; over a FAIL the comment is required and says why
    signInWith("sx-jyt-head", "demo");
    openTaskOf(applicationId);
    assertThat(steps.text(By.id("task-name"))).isEqualTo("单位负责人审核");
    assertThat(steps.text(By.id("failed-checks-note"))).contains("1").contains("越标准批准");
    steps.click(By.id("decision-APPROVE"));
    assertThat(steps.text(By.cssSelector(".comment-rule"))).contains("不符合标准");
    steps.click(By.id("submit-decision"));
    assertThat(steps.visible(By.cssSelector("[data-error-for=comment]")).getText())
        .contains("说明理由");
    steps.type(By.id("comment"), "确因编制增加需要扩建，超出部分由本单位调剂解决。");
    steps.click(By.id("submit-decision"));
    steps.expectNotice("已办理");
    wait.until(ExpectedConditions.urlContains("#/tasks"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskRow(applicationId)));
    steps.click(By.cssSelector("[data-nav=done]"));
    assertThat(
            steps.text(
                By.cssSelector("#done-table tr[data-application-id='" + applicationId + "']")))
        .contains("单位负责人审核")
        .contains("审批中");
    signOut();

    // the bureau reviewer claims the task in the list; the diagram shows the current step; the
    // four opinions are required
    signInWith("sx-reviewer", "demo");
    steps.click(
        By.cssSelector("[data-nav=tasks]")); // the home page is 工作台; the list is a click away
    steps.visible(taskRow(applicationId)).findElement(By.cssSelector(".claim-button")).click();
    steps.expectNotice("已签收");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(taskRow(applicationId), "本人"));
    openTaskOf(applicationId);
    assertThat(steps.text(By.id("task-name"))).isEqualTo("机关事务管理部门审核");
    WebElement canvas =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#diagram-canvas[data-ready=true]")));
    assertThat(canvas.findElements(By.tagName("svg"))).isNotEmpty();
    steps.visible(
        By.cssSelector(".djs-element.highlight-active[data-element-id=Task_BureauReview]"));
    assertThat(
            browser.findElements(
                By.cssSelector(".djs-element.highlight-done[data-element-id=Task_UnitHeadReview]")))
        .hasSize(1);
    assertThat(steps.visible(By.cssSelector(".timeline [data-decision=APPROVE]")).getText())
        .contains("越标准批准");

    steps.click(By.id("decision-APPROVE"));
    steps.type(By.id("comment"), "建设必要，超标部分责成单位先行调剂。");
    steps.click(By.id("submit-decision"));
    for (String opinion :
        List.of("opinionNecessity", "opinionStandard", "opinionLocation", "opinionFunding")) {
      assertThat(steps.visible(By.cssSelector("[data-error-for=" + opinion + "]")).getText())
          .as(opinion)
          .endsWith("为必填项");
    }
    steps.screenshot("3-bureau-review-errors");
    steps.type(By.name("opinionNecessity"), "编制增加，确有必要。");
    steps.type(By.name("opinionStandard"), "超出标准 68㎡，须先调剂本单位用房。");
    steps.type(By.name("opinionLocation"), "原址扩建，符合规划。");
    steps.type(By.name("opinionFunding"), "财政预算安排。");
    steps.click(By.id("submit-decision"));
    steps.expectNotice("已办理");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskRow(applicationId)));

    // the case moves on to the government; its detail shows both approvals as overrides
    steps.open("/#/applications/" + applicationId);
    steps.visible(By.cssSelector("#diagram-canvas[data-ready=true]"));
    steps.visible(
        By.cssSelector(".djs-element.highlight-active[data-element-id=Task_GovernmentApproval]"));
    assertThat(browser.findElements(By.cssSelector(".timeline .override-badge"))).hasSize(2);
    assertThat(steps.text(By.cssSelector(".timeline [data-step=Task_BureauReview]")))
        .contains("超出标准 68㎡");
    steps.screenshot("4-application-at-government");
    steps.click(By.cssSelector("[data-nav=all]"));
    assertThat(
            steps.text(
                By.cssSelector(
                    "#application-table tr[data-application-id='" + applicationId + "']")))
        .contains("山西省教育厅")
        .contains("审批中")
        .contains("本级政府审批");
    signOut();

    assertThat(steps.severeBrowserErrors()).isEmpty();
  }

  @Test
  void returnedApplicationIsRevisedAndResubmitted() {
    // given a case the unit head sent back
    String applicationId = cases.start("sx-jyt-staff", "office-space-construction", expansion(100));
    ApiClient head = new ApiClient(port).as("sx-jyt-head");
    String taskId = taskOf(head, applicationId);
    assertThat(
            head.post(
                    "/api/tasks/" + taskId + "/complete",
                    Map.of("decision", "RETURN", "comment", "新增面积超标，请核减至标准以内。"))
                .status())
        .isEqualTo(200);

    // when the 经办人 opens 修改申请 from the task list, the form comes prefilled with the return comment
    signInWith("sx-jyt-staff", "demo");
    openTaskOf(applicationId);
    assertThat(steps.text(By.id("task-name"))).isEqualTo("修改申请");
    assertThat(steps.text(By.id("return-note"))).contains("请核减至标准以内");
    assertThat(steps.visible(By.name("projectName")).getAttribute("value")).isEqualTo("办公楼扩建");
    assertThat(steps.visible(By.name("addedOfficeRoomArea")).getAttribute("value"))
        .isEqualTo("100");
    steps.type(By.name("addedOfficeRoomArea"), "20");
    steps.click(By.id("decision-RESUBMIT"));
    steps.click(By.id("submit-decision"));
    steps.expectNotice("已办理");

    // then the checks ran again on the revised form and the case is back with the unit head
    steps.open("/#/applications/" + applicationId);
    WebElement areaCheck =
        steps.visible(By.cssSelector(".checks-table tr[data-rule=officeRoomArea]"));
    assertThat(areaCheck.getAttribute("data-verdict")).isEqualTo("PASS");
    assertThat(steps.text(By.id("application-status"))).isEqualTo("审批中");
    assertThat(steps.text(By.cssSelector(".current-steps"))).contains("单位负责人审核");
    assertThat(browser.findElements(By.cssSelector(".timeline [data-decision=RESUBMIT]")))
        .hasSize(1);
    signOut();
  }

  @Test
  void applicantWithdrawsBeforeAnyDecision() {
    // given a case nobody has decided on yet
    String applicationId = cases.start("sx-jyt-staff", "office-space-construction", expansion(20));

    // when the applicant withdraws it on its page
    signInWith("sx-jyt-staff", "demo");
    steps.open("/#/applications/" + applicationId);
    steps.click(By.id("withdraw"));
    wait.until(ExpectedConditions.alertIsPresent()).accept();

    // then it is withdrawn, has no current step and offers no second withdrawal
    wait.until(ExpectedConditions.textToBe(By.id("application-status"), "已撤回"));
    assertThat(browser.findElements(By.id("withdraw"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".current-steps"))).isEmpty();
    assertThat(steps.text(By.cssSelector(".timeline [data-decision=WITHDRAW]"))).contains("撤回");

    // the standards catalogue marks the figures the bureau sets itself
    steps.click(By.cssSelector("[data-nav=standards]"));
    assertThat(
            steps.text(
                By.cssSelector("tr[data-key='localPolicy.taskDueWorkingDays'] .local-policy")))
        .isEqualTo("本级规定");
    assertThat(
            browser.findElements(
                By.cssSelector("tr[data-key='officeRoomArea.PROVINCE.正处级'] .local-policy")))
        .isEmpty();
    signOut();
  }

  /**
   * The portal's own validation (schema.js on the served schema) names the same fields with the
   * same messages as the server, on the generated corpus of wrong forms of two families.
   */
  @Test
  void thePortalValidatesFromTheSchemaAsTheServerDoes() throws Exception {
    signInWith("sx-jyt-staff", "demo");
    ApiClient api = new ApiClient(port).as("sx-jyt-staff");
    Map<String, String> valid =
        Map.of(
            "office-space-lease",
                "{\"mode\":\"LEASE\",\"area\":20,\"location\":\"太原市小店区\",\"counterparty\":\"某物业公司\","
                    + "\"termMonths\":24,\"annualRent\":12,\"use\":\"OFFICE\",\"reason\":\"临时周转\"}",
            "vehicle-purchase",
                "{\"acquisitionType\":\"NEW\",\"category\":\"OTHER\",\"brand\":\"比亚迪\",\"model\":\"秦\","
                    + "\"madeInChina\":true,\"domesticBrand\":true,\"energyType\":\"BEV\",\"price\":15,\"source\":\"PURCHASE\","
                    + "\"justification\":\"业务需要\"}");
    int compared = 0;
    for (Map.Entry<String, String> family : valid.entrySet()) {
      JsonNode schema = api.get("/api/processes/" + family.getKey() + "/form").get("schema");
      List<FormCorpus.Wrong> corpus =
          new FormCorpus(json).wrongForms(schema, (ObjectNode) json.readTree(family.getValue()));
      List<JsonNode> forms = corpus.stream().map(w -> (JsonNode) w.form()).toList();
      Object answer =
          ((JavascriptExecutor) browser)
              .executeAsyncScript(
                  """
          const done = arguments[arguments.length - 1];
          Promise.all([import('/js/schema.js'), fetch(arguments[0]).then((r) => r.json())])
            .then(([schema, form]) => done(JSON.stringify(JSON.parse(arguments[1]).map((f) => schema.validate(form.schema, f)))))
            .catch((e) => done('failed: ' + e));""",
                  "/api/processes/" + family.getKey() + "/form",
                  json.writeValueAsString(forms));
      JsonNode inBrowser = json.readTree(String.valueOf(answer));
      for (int i = 0; i < corpus.size(); i++) {
        Map<String, Object> body =
            Map.of("processKey", family.getKey(), "form", corpus.get(i).form());
        JsonNode server = api.post("/api/applications", body).get("fields");
        assertThat(inBrowser.get(i))
            .as("%s, %s", family.getKey(), corpus.get(i).what())
            .isEqualTo(server);
        compared++;
      }
    }
    System.out.println(
        "PortalBrowserIT: the portal and the server agreed on " + compared + " wrong forms");
    assertThat(compared).isGreaterThan(40);
  }

  private static Map<String, Object> expansion(int addedOfficeRoomArea) {
    Map<String, Object> form = new HashMap<>();
    form.put("projectType", "EXPANSION");
    form.put("projectName", "办公楼扩建");
    form.put("location", "太原市迎泽区");
    form.put("addedOfficeRoomArea", addedOfficeRoomArea);
    form.put("addedBasicOfficeArea", addedOfficeRoomArea);
    form.put("addedBuildingArea", 150);
    form.put("estimatedCost", 300);
    form.put("fundingSource", "FISCAL");
    form.put("necessity", "编制增加，现有用房不足");
    form.put("usesAgencyLand", false);
    return form;
  }

  private static String taskOf(ApiClient user, String applicationId) {
    for (var task : user.get("/api/tasks?size=200").get("items")) {
      if (applicationId.equals(task.path("applicationId").asText())) {
        return task.path("id").asText();
      }
    }
    throw new AssertionError("no open task of " + applicationId);
  }

  // ---- steps ----------------------------------------------------------------------------------

  /** Signs in; with the demo password it waits for the signed-in page, otherwise only sends. */
  private void signInWith(String user, String password) {
    if ("demo".equals(password)) {
      steps.signIn(user, password);
    } else {
      steps.submitSignIn(user, password);
    }
  }

  private void signOut() {
    assertThat(steps.signOut().getText()).contains("已安全退出");
  }

  private void openTaskOf(String applicationId) {
    steps.click(By.cssSelector("[data-nav=tasks]"));
    WebElement row = steps.visible(taskRow(applicationId));
    row.findElement(By.cssSelector(".open-task")).click();
    steps.visible(By.id("decision-form"));
  }

  private static By taskRow(String applicationId) {
    return By.cssSelector("#task-table tr[data-application-id='" + applicationId + "']");
  }
}
