package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.annualplan.AnnualPlanForms;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.BrowserSteps;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.ConstructionForms;
import cn.affairs.approval.testing.HeadlessChromium;
import cn.affairs.approval.testing.Multipart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Forms that know the registers, in a real browser: a plan change made by picking an item of the
 * unit's plan shows each line before → after on the form, on the case page and in the timeline; a
 * replacement car is chosen from the unit's own cars; a final price over the cap says why at the
 * top of the task page; a resubmitted case shows no field key or code; at 390 px every page's main
 * action is on screen, and axe-core finds no colour-contrast violation. Screenshots at 1366 px and
 * 390 px go to target/screenshots/guided-*.png.
 */
@AffairsTest
class GuidedFormsBrowserIT {

  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;
  @Autowired Cases cases;

  private WebDriverWait wait;
  private BrowserSteps steps;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("guided-browser-it");
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
  void aPlanChangeMadeByPickingAnItemShowsBeforeAndAfterOnTheCasePage() throws IOException {
    steps.signIn("sx-jyt-staff");
    steps.open("/#/new/plan-change");
    steps.visible(By.id("application-form"));
    steps.type(By.name("year"), "２０２６"); // full-width digits, as a Chinese input method types them
    Select item = new Select(steps.visible(By.name("changes[0].itemId")));
    wait.until(d -> item.getOptions().size() > 1);
    assertThat(item.getOptions())
        .extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("机关运行经费").contains("现 300 万元"));
    item.selectByVisibleText(
        item.getOptions().stream()
            .map(WebElement::getText)
            .filter(t -> t.startsWith("机关运行经费"))
            .findFirst()
            .orElseThrow());
    steps.type(By.name("changes[0].newAmount"), "50");
    By compare = By.cssSelector("[data-compare-for='changes[0].itemId']");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(compare, "差额"));
    assertThat(steps.text(compare))
        .contains("调整前 300 → 调整后 50 万元")
        .contains("−250 万元")
        .contains("注意：该项目调减 250 万元");
    assertThat(steps.text(By.cssSelector("[data-totals-for=changes]")))
        .contains("调整前 420 万元 → 调整后 170 万元")
        .contains("预算上限 500 万元");
    steps.type(By.name("reason"), "压减运行经费");
    steps.click(By.id("field-emergency-no"));
    steps.screenshots("guided-1-plan-change-form");

    steps.click(By.id("submit-application"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "申请已提交"));
    WebElement line = steps.visible(By.cssSelector("#comparison [data-line='机关运行经费']"));
    assertThat(line.getAttribute("data-decrease")).isEqualTo("true");
    assertThat(line.findElement(By.cssSelector(".line-before")).getText()).isEqualTo("300 万元");
    assertThat(line.findElement(By.cssSelector(".line-after")).getText()).isEqualTo("→ 50 万元");
    assertThat(line.findElement(By.cssSelector(".line-difference")).getText()).isEqualTo("−250 万元");
    assertThat(steps.text(By.id("comparison")))
        .contains("调整前计划总额 420 万元")
        .contains("调整后计划总额 170 万元")
        .contains("预算上限 500 万元")
        .contains("“机关运行经费”调减 250 万元（300 → 50 万元）");
    // the same in the timeline, and the item by its name in the form, never its id
    assertThat(
            steps.text(
                By.cssSelector(".timeline-entry[data-decision=SUBMIT] .timeline-comparison")))
        .contains("机关运行经费")
        .contains("−250 万元");
    assertThat(steps.text(By.cssSelector("[data-value-of=changes]"))).contains("机关运行经费");
    steps.screenshots("guided-2-plan-change-case");
  }

  @Test
  void aReplacementCarIsChosenFromTheUnitsOwnCars() throws IOException {
    steps.signIn("sx-jyt-staff");
    steps.open("/#/new/vehicle-purchase");
    steps.visible(By.id("application-form"));
    new Select(steps.visible(By.name("acquisitionType"))).selectByValue("REPLACEMENT");
    Select plate = new Select(steps.visible(By.name("replacedPlate")));
    wait.until(d -> plate.getOptions().size() > 1);
    List<String> offered = plate.getOptions().stream().map(WebElement::getText).toList();
    assertThat(offered)
        .anySatisfy(t -> assertThat(t).startsWith("晋A·J0001 大众 帕萨特").contains("2016-03-15 购置"))
        .noneSatisfy(t -> assertThat(t).contains("晋A·J9001")) // disposed
        .noneSatisfy(t -> assertThat(t).contains("晋A·T0001")); // another unit's
    plate.selectByValue("晋A·J0001");
    new Select(browser.findElement(By.name("category"))).selectByValue("OTHER");
    steps.type(By.name("brand"), "比亚迪");
    steps.type(By.name("model"), "秦PLUS EV");
    steps.click(By.id("field-madeInChina-yes"));
    steps.click(By.id("field-domesticBrand-yes"));
    new Select(browser.findElement(By.name("energyType"))).selectByValue("BEV");
    steps.type(By.name("price"), "１４．９８");
    new Select(browser.findElement(By.name("source"))).selectByValue("PURCHASE");
    steps.type(By.name("justification"), "原车已使用十年，行驶 26 万公里");
    new Select(browser.findElement(By.id("attachment-type"))).selectByValue("RENEWAL_PROOF");
    Path proof = Files.write(profile.resolve("报废证明.pdf"), Multipart.pdf("renewal proof"));
    browser.findElement(By.id("attachment-input")).sendKeys(proof.toAbsolutePath().toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".attachment-list"), "报废证明.pdf"));
    steps.screenshots("guided-3-vehicle-form");
    steps.click(By.id("submit-application"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "申请已提交"));
    assertThat(steps.text(By.id("application-title"))).contains("替换 晋A·J0001");
    assertThat(steps.text(By.cssSelector("[data-value-of=price]"))).isEqualTo("14.98 万元");
    steps.screenshots("guided-4-vehicle-case");
  }

  @Test
  void theAssetFormShowsOnlyTheChosenTypesFieldsAndTheUnitsHoldingsAgainstTheirCaps()
      throws IOException {
    steps.signIn("sx-jyt-staff");
    steps.open("/#/new/asset-transfer");
    steps.visible(By.id("application-form"));
    // 省教育厅, 72 posts: 70 desktops against a cap of 72 (财资〔2016〕27号)
    WebElement desktops =
        steps.visible(By.cssSelector("[data-context=unit-asset-holdings] [data-holding=DESKTOP]"));
    wait.until(d -> desktops.getText().contains("70 台"));
    assertThat(desktops.getText()).contains("台式计算机").contains("72 台").contains("编制 72 人");
    Select type = new Select(steps.visible(By.name("transferType")));
    type.selectByValue("FROM_WAREHOUSE");
    steps.visible(By.cssSelector("[data-field=requests]"));
    assertThat(browser.findElements(By.cssSelector("[data-field=assets]"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-field=vehicles]"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-field=damagedBeyondRepair]"))).isEmpty();
    steps.screenshots("guided-9-asset-from-warehouse");
    type.selectByValue("DISPOSAL");
    steps.visible(By.cssSelector("[data-field=assets]"));
    steps.visible(By.cssSelector("[data-field=vehicles]"));
    steps.visible(By.cssSelector("[data-field=damagedBeyondRepair]"));
    assertThat(browser.findElements(By.cssSelector("[data-field=requests]"))).isEmpty();
    type.selectByValue("TO_WAREHOUSE");
    steps.visible(By.cssSelector("[data-field=assets]"));
    assertThat(browser.findElements(By.cssSelector("[data-field=vehicles]"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("[data-field=requests]"))).isEmpty();
    assertNoContrastViolation("/#/new/asset-transfer");
    steps.click(By.id("save-draft"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("draft-state"), "草稿已保存"));

    // the construction form: 850㎡ in the register against a standard of 882㎡
    steps.open("/#/new/office-space-construction");
    WebElement standard =
        steps.visible(
            By.cssSelector("[data-context=unit-office-space] [data-figure=standardArea]"));
    wait.until(d -> standard.getText().contains("882"));
    assertThat(
            steps.text(
                By.cssSelector("[data-context=unit-office-space] [data-figure=currentArea]")))
        .isEqualTo("850 ㎡");
    assertThat(
            steps.text(By.cssSelector("[data-context=unit-office-space] [data-figure=roomArea]")))
        .isEqualTo("32 ㎡");
    assertThat(steps.text(By.cssSelector("[data-context=unit-office-space] .context-terms")))
        .contains("副处级 15人×12㎡=180㎡");
    assertNoContrastViolation("/#/new/office-space-construction");
    steps.screenshots("guided-10-construction-context");

    // its case's timeline names the automatic checks among the people's entries
    String id =
        cases.start("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(30));
    steps.open("/#/applications/" + id);
    WebElement check =
        steps.visible(By.cssSelector(".timeline-automatic[data-step=Task_CheckOfficeRoomArea]"));
    assertThat(check.getText()).contains("审查办公室用房面积").contains("自动步骤").contains("符合");
    assertThat(steps.text(By.cssSelector(".timeline"))).doesNotContain("Task_");
    steps.screenshots("guided-11-automatic-steps");
  }

  @Test
  void aFinalPriceOverTheCapShowsItsReasonOnTheTaskPage() throws IOException {
    Map<String, Object> car = new HashMap<>();
    // a replacement, so that the unit's quota of cars is not what stops it
    car.put("acquisitionType", "REPLACEMENT");
    car.put("replacedPlate", "晋A·J0001");
    car.put("category", "OTHER");
    car.put("brand", "比亚迪");
    car.put("model", "汉EV");
    car.put("madeInChina", true);
    car.put("domesticBrand", true);
    car.put("energyType", "BEV");
    car.put("price", 17.5);
    car.put("luxuryOptions", List.of());
    car.put("source", "PURCHASE");
    car.put("justification", "业务量增加");
    String id = cases.start("sx-jyt-staff", "vehicle-purchase", car);
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauVehicleReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "APPROVE");

    steps.signIn("sx-vehicle");
    steps.open("/#/tasks/" + cases.task(id, "Task_CentralProcurement").getId());
    steps.visible(By.id("decision-form"));
    // a step that records: its own words, not 同意/不同意
    assertThat(steps.text(By.cssSelector("label[for=decision-APPROVE]"))).isEqualTo("采购完成");
    assertThat(steps.text(By.cssSelector("label[for=decision-REJECT]"))).isEqualTo("终止采购");
    steps.click(By.id("decision-APPROVE"));
    steps.type(By.name("supplier"), "山西省政府采购中心定点供应商");
    steps.type(By.name("finalPrice"), "18.5");
    steps.type(By.name("plate"), "晋a·j0077");
    steps.click(By.id("submit-decision"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已办理"));

    // back at 集中采购 by itself: the holder reads why at the top of the task page
    steps.open("/#/tasks/" + cases.task(id, "Task_CentralProcurement").getId());
    assertThat(steps.text(By.id("task-notice")))
        .contains("自动退回集中采购")
        .contains("成交价格 18.5 万元")
        .contains("价格上限 18 万元");
    WebElement auto = steps.visible(By.cssSelector(".timeline-entry[data-decision=AUTO_RETURN]"));
    assertThat(auto.getText()).contains("审查成交价格").contains("系统自动").contains("18.5 万元");
    assertThat(
            browser.findElement(By.cssSelector(".timeline-entry[data-decision=APPROVE]")).getText())
        .contains("采购完成")
        .contains("成交价格")
        .doesNotContain("finalPrice");
    steps.screenshots("guided-5-final-price-task");
  }

  @Test
  void aReturnedAndResubmittedCaseShowsNoFieldKeyOrCode() throws IOException {
    String id =
        cases.start("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(30));
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    steps.signIn("sx-jyt-staff");
    steps.open("/#/tasks/" + cases.task(id, "Task_ReviseApplication").getId());
    steps.visible(By.id("revise-form"));
    steps.type(By.name("addedOfficeRoomArea"), "２０");
    steps.click(By.id("decision-RESUBMIT"));
    steps.click(By.id("submit-decision"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "已办理"));
    steps.open("/#/applications/" + id);
    steps.visible(By.cssSelector(".timeline-entry[data-decision=RESUBMIT]"));
    String page = steps.text(By.cssSelector(".application-detail"));
    assertThat(steps.text(By.cssSelector(".timeline-entry[data-decision=RESUBMIT]")))
        .contains("项目类型")
        .contains("扩建")
        .contains("20 ㎡");
    for (String key :
        List.of(
            "projectType",
            "EXPANSION",
            "fundingSource",
            "FISCAL",
            "addedOfficeRoomArea",
            "usesAgencyLand",
            "{\"",
            "\":")) {
      assertThat(page).as("the case page shows no %s", key).doesNotContain(key);
    }
    steps.screenshots("guided-6-resubmitted-case");
  }

  @Test
  void atAPhonesWidthEveryPagesMainActionIsOnScreenAndNoTextLacksContrast() throws IOException {
    String id =
        cases.start("sx-jyt-staff", "office-space-construction", ConstructionForms.expansion(30));
    steps.open("/login.html");
    assertNoContrastViolation("登录页");
    steps.signIn("sx-jyt-head");
    browser.manage().window().setSize(BrowserSteps.PHONE);
    Map<String, By> pages = new LinkedHashMap<>();
    pages.put("/#/home", By.id("home"));
    pages.put("/#/tasks", By.cssSelector("[data-application-id='" + id + "'] .open-task"));
    pages.put(
        "/#/tasks/" + cases.task(id, "Task_UnitHeadReview").getId(), By.id("submit-decision"));
    pages.put("/#/applications/" + id, By.id("application-title"));
    pages.put("/#/applications?scope=unit", By.id("filter-search"));
    for (Map.Entry<String, By> page : pages.entrySet()) {
      steps.open(page.getKey());
      WebElement action = steps.visible(page.getValue());
      assertThat(headerHeight()).as("the header on a phone, %s", page.getKey()).isLessThan(90);
      assertThat(insideViewport(action))
          .as("main action of %s inside the 390 px viewport", page.getKey())
          .isTrue();
      assertNoContrastViolation(page.getKey());
    }
    steps.screenshotAt("guided-7-phone-task-390", BrowserSteps.PHONE);
    browser.manage().window().setSize(BrowserSteps.DESKTOP);
    for (String path : List.of("/#/home", "/#/applications/" + id, "/#/new/plan-change")) {
      steps.open(path);
      steps.visible(By.cssSelector("main .card, main section"));
      assertNoContrastViolation(path + " 1366");
    }
  }

  /**
   * The pages not walked above: administration (流程管理, the diagram editor, 标准与日历, 审计日志, 组织机构), the
   * registers (登记簿), the dashboard, the annual plan's form and case, messages and 抄送, each at 1366
   * px and 390 px: its main action is on screen at 390 px and axe-core finds no colour-contrast
   * violation at either width.
   */
  @Test
  void everyOtherPageShowsItsMainActionOnAPhoneAndNoTextLacksContrast() throws IOException {
    String plan = cases.start("sx-jyt-staff", "annual-plan", AnnualPlanForms.nextYearsNeeds());
    Map<String, By> admin = new LinkedHashMap<>();
    admin.put("/#/admin/processes", By.id("bpmn-file"));
    admin.put("/#/admin/processes/office-repair/edit", By.id("validate-diagram"));
    admin.put("/#/admin/standards", By.cssSelector("#calendar-years .edit-year"));
    admin.put("/#/admin/audit", By.cssSelector("main button[type=submit]"));
    admin.put("/#/admin/organisation", By.id("add-user"));
    admin.put("/#/registers/vehicles", By.id("add-vehicle"));
    admin.put("/#/registers/office-space", By.id("add-space"));
    admin.put("/#/registers/assets", By.id("add-asset"));
    admin.put("/#/registers/plans", By.id("add-plan"));
    admin.put("/#/dashboard", By.id("dash-refresh"));
    steps.signIn("admin");
    List<String> failed = new java.util.ArrayList<>(walk(admin, "admin"));

    steps.signedOut();
    Map<String, By> unit = new LinkedHashMap<>();
    unit.put("/#/new/annual-plan", By.id("field-year"));
    unit.put("/#/applications/" + plan, By.id("application-title"));
    unit.put("/#/registers/plans", By.cssSelector("main h1"));
    unit.put("/#/messages", By.id("toggle-unread"));
    unit.put("/#/cc", By.id("cc-filter-search"));
    unit.put("/#/standards", By.cssSelector("main h1"));
    steps.signIn("sx-jyt-staff");
    failed.addAll(walk(unit, "staff"));
    assertThat(failed)
        .as("pages whose main action is off screen or whose text lacks contrast")
        .isEmpty();
  }

  /**
   * Each page at 390 px (main action on screen, contrast) and at 1366 px (contrast); every page is
   * tried, and what fails is returned for the caller to report with the other pages.
   */
  private List<String> walk(Map<String, By> pages, String who) throws IOException {
    int n = 0;
    List<String> failed = new java.util.ArrayList<>();
    for (Map.Entry<String, By> page : pages.entrySet()) {
      n++;
      try {
        browser.manage().window().setSize(BrowserSteps.PHONE);
        steps.open(page.getKey());
        WebElement action = steps.visible(page.getValue());
        assertThat(insideViewport(action))
            .as("main action of %s inside the 390 px viewport", page.getKey())
            .isTrue();
        assertNoContrastViolation(page.getKey() + " 390");
        steps.screenshotAt("guided-8-" + who + "-" + n + "-390", BrowserSteps.PHONE);
        browser.manage().window().setSize(BrowserSteps.DESKTOP);
        steps.visible(page.getValue());
        assertNoContrastViolation(page.getKey() + " 1366");
        steps.screenshotAt("guided-8-" + who + "-" + n + "-1366", BrowserSteps.DESKTOP);
      } catch (AssertionError e) {
        failed.add(e.getMessage());
      }
    }
    browser.manage().window().setSize(BrowserSteps.DESKTOP);
    return failed;
  }

  /** axe-core's colour-contrast rule on the page as it stands. */
  private void assertNoContrastViolation(String page) throws IOException {
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    // let the view render what it loads
    steps.visible(By.cssSelector("body *"));
    String axe;
    try (var in =
        getClass().getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      axe = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axe);
    Object result =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "setTimeout(() => axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast']}})"
                + ".then(r => done(r.violations.flatMap(v => v.nodes.map(n => n.target.join(' ') + ': '"
                + " + n.failureSummary)))).catch(e => done(['axe failed: ' + e])), 800);");
    assertThat((List<?>) result).as("colour-contrast violations on %s", page).isEmpty();
  }

  private long headerHeight() {
    return ((Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const h = document.querySelector('header, nav');"
                        + " return h ? h.getBoundingClientRect().height : 0;"))
        .longValue();
  }

  private boolean insideViewport(WebElement element) {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const r = arguments[0].getBoundingClientRect();"
                    + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth"
                    + " && r.top >= 0 && r.bottom <= window.innerHeight;",
                element);
  }

  // ---- steps ----------------------------------------------------------------------------------
}
