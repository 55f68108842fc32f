package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年度计划执行情况 on the demo data (省教育厅 2026: items 420 万元 under a ceiling of 500 万元; 省交通运输厅 430 under
 * 600), before and after approved cases change it: a major repair's actual cost, a vehicle's final
 * price.
 */
@AffairsTest
class PlanExecutionApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  ApiClient api;
  ReportCases walk;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    walk = new ReportCases(api);
    cases.resetRegisters();
  }

  JsonNode report(String user, String query) {
    ApiClient.Response response = api.as(user).get("/api/reports/plan-execution?" + query);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode unit(JsonNode report, String code) {
    for (JsonNode u : report.get("units")) {
      if (code.equals(u.get("code").asText())) {
        return u;
      }
    }
    throw new AssertionError("no unit " + code + " in " + report);
  }

  static JsonNode category(JsonNode lines, String category) {
    for (JsonNode line : lines) {
      if (category.equals(line.get("category").asText())) {
        return line;
      }
    }
    throw new AssertionError("no category " + category + " in " + lines);
  }

  static void assertAmount(JsonNode node, String field, String expected) {
    assertThat(node.get(field).decimalValue())
        .as(field + " of " + node)
        .isEqualByComparingTo(expected);
  }

  @Test
  void theDemoPlansAsTheyWereSet() {
    JsonNode report = report("sx-reviewer", "year=2026&government=sx");
    assertThat(report.get("government").get("name").asText()).isEqualTo("山西省");
    assertThat(report.get("basis").asText()).isEqualTo("山西省机关运行保障条例（草案） 第三十三、三十九条");
    assertThat(report.get("units").findValuesAsText("code")).containsExactly("sx-jtt", "sx-jyt");

    JsonNode jyt = unit(report, "sx-jyt");
    assertThat(jyt.get("name").asText()).isEqualTo("山西省教育厅");
    assertAmount(jyt, "ceiling", "500");
    assertAmount(jyt, "planned", "420");
    assertAmount(jyt, "approved", "0");
    assertAmount(jyt, "executed", "0");
    assertAmount(jyt, "executionRate", "0");
    assertAmount(jyt, "remaining", "80");
    assertThat(jyt.get("categories").findValuesAsText("category"))
        .containsExactly("OPERATIONS", "OFFICE_SPACE", "VEHICLES", "ASSETS");
    assertAmount(category(jyt.get("categories"), "OPERATIONS"), "planned", "300");
    assertAmount(category(jyt.get("categories"), "OFFICE_SPACE"), "planned", "60");
    assertAmount(category(jyt.get("categories"), "VEHICLES"), "planned", "40");
    assertAmount(category(jyt.get("categories"), "ASSETS"), "planned", "20");
    assertThat(category(jyt.get("categories"), "VEHICLES").get("categoryName").asText())
        .isEqualTo("公务用车配备更新");

    JsonNode summary = report.get("summary");
    assertThat(summary.get("units").asInt()).isEqualTo(2);
    assertAmount(summary, "ceiling", "1100");
    assertAmount(summary, "planned", "850");
    assertAmount(summary, "remaining", "250");
    assertAmount(category(summary.get("categories"), "OPERATIONS"), "planned", "680");
    assertAmount(category(summary.get("categories"), "VEHICLES"), "planned", "90");
  }

  @Test
  void approvedRepairsAndVehiclesAreApprovedAndExecuted() {
    // a major repair enters the plan at 60 万元 before it is approved
    String repair = walk.majorRepairUpToImplementation(60);
    JsonNode planned = unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt");
    assertAmount(planned, "planned", "480");
    assertAmount(planned, "remaining", "20");
    JsonNode repairLine = category(planned.get("categories"), "OFFICE_REPAIR");
    assertAmount(repairLine, "planned", "60");
    assertAmount(repairLine, "approved", "0");
    assertAmount(repairLine, "executed", "0");

    // the unit reports 58.5 万元 spent: executed, not yet approved (acceptance is the last step)
    walk.reportCompletion(repair, 58.5);
    repairLine =
        category(
            unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt").get("categories"),
            "OFFICE_REPAIR");
    assertAmount(repairLine, "approved", "0");
    assertAmount(repairLine, "executed", "58.5");

    walk.accept(repair);
    // a new car applied for at 15 万元, bought at 14.6
    String car = walk.vehicleReplacementUpToProcurement(15);
    assertAmount(
        category(
            unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt").get("categories"),
            "VEHICLES"),
        "approved",
        "0");
    walk.procure(car, 14.6, "晋A·J0101");

    JsonNode report = report("sx-reviewer", "year=2026&government=sx");
    JsonNode jyt = unit(report, "sx-jyt");
    assertAmount(jyt, "planned", "480");
    assertAmount(jyt, "approved", "75");
    assertAmount(jyt, "executed", "73.1");
    assertAmount(jyt, "executionRate", "15.2"); // 73.1 / 480
    assertAmount(jyt, "remaining", "20");
    repairLine = category(jyt.get("categories"), "OFFICE_REPAIR");
    assertAmount(repairLine, "approved", "60");
    assertAmount(repairLine, "executed", "58.5");
    assertAmount(repairLine, "executionRate", "97.5");
    assertThat(repairLine.get("approvedCases").asLong()).isEqualTo(1);
    JsonNode vehicles = category(jyt.get("categories"), "VEHICLES");
    assertAmount(vehicles, "planned", "40");
    assertAmount(vehicles, "approved", "15");
    assertAmount(vehicles, "executed", "14.6");
    assertAmount(vehicles, "executionRate", "36.5");
    assertThat(vehicles.get("approvedCases").asLong()).isEqualTo(1);

    JsonNode summary = report.get("summary");
    assertAmount(summary, "planned", "910");
    assertAmount(summary, "approved", "75");
    assertAmount(summary, "executed", "73.1");
    assertAmount(summary, "remaining", "190");
    assertAmount(category(summary.get("categories"), "OFFICE_REPAIR"), "executed", "58.5");
    // 省交通运输厅 is untouched
    assertAmount(unit(report, "sx-jtt"), "executed", "0");
  }

  @Test
  void approvedConstructionAndLeasesCountTheAreaTheyTookIntoUse() {
    JsonNode before = unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt");
    assertAmount(category(before.get("categories"), "OFFICE_SPACE"), "areaTakenIntoUse", "0");
    assertThat(before.get("categories").findValuesAsText("category"))
        .doesNotContain("OFFICE_SPACE_CONSTRUCTION");

    // an expansion of 20 ㎡ at 300 万元, waiting for 本级政府: neither planned nor in use yet
    String expansion = walk.constructionUpToGovernment("EXPANSION", 20);
    JsonNode waiting = unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt");
    assertAmount(waiting, "planned", "420");
    assertThat(waiting.get("categories").findValuesAsText("category"))
        .doesNotContain("OFFICE_SPACE_CONSTRUCTION");

    walk.approveConstruction(expansion);
    // a renovation (改建) enters the plan but adds no office rooms to the register
    String renovation = walk.constructionUpToGovernment("RENOVATION", 0);
    walk.approveConstruction(renovation);
    walk.approvedBorrow(10);

    JsonNode report = report("sx-reviewer", "year=2026&government=sx");
    JsonNode jyt = unit(report, "sx-jyt");
    assertAmount(jyt, "planned", "1020"); // 420 + 300 + 300
    assertAmount(jyt, "approved", "600");
    assertAmount(jyt, "executed", "0");
    JsonNode construction = category(jyt.get("categories"), "OFFICE_SPACE_CONSTRUCTION");
    assertThat(construction.get("categoryName").asText()).isEqualTo("办公用房建设");
    assertAmount(construction, "planned", "600");
    assertAmount(construction, "approved", "600");
    assertAmount(construction, "executed", "0");
    assertThat(construction.get("approvedCases").asLong()).isEqualTo(2);
    assertAmount(construction, "areaTakenIntoUse", "20");
    // the borrowed space is the office-space line's, not the construction's
    JsonNode space = category(jyt.get("categories"), "OFFICE_SPACE");
    assertAmount(space, "planned", "60");
    assertAmount(space, "areaTakenIntoUse", "10");

    JsonNode summary = report.get("summary");
    assertAmount(
        category(summary.get("categories"), "OFFICE_SPACE_CONSTRUCTION"), "areaTakenIntoUse", "20");
    assertAmount(category(summary.get("categories"), "OFFICE_SPACE"), "areaTakenIntoUse", "10");
    // 省交通运输厅 took nothing into use
    JsonNode jtt = unit(report, "sx-jtt");
    assertThat(jtt.get("categories").findValuesAsText("category"))
        .doesNotContain("OFFICE_SPACE_CONSTRUCTION");
    // the year before knows nothing of it
    JsonNode lastYear = unit(report("sx-reviewer", "year=2025&government=sx"), "sx-jyt");
    assertThat(lastYear.get("categories").findValuesAsText("category"))
        .doesNotContain("OFFICE_SPACE_CONSTRUCTION");
  }

  @Test
  void anApprovedPlanChangeCountsAsApprovedInItsCategories() {
    long operations = planItemId("sx-jyt", "机关运行经费");
    walk.approvedPlanChange(
        2026,
        List.of(
            ReportCases.existing(operations, "320"),
            ReportCases.added("ENERGY", "办公楼照明节能改造", "30")),
        true);
    JsonNode jyt = unit(report("sx-reviewer", "year=2026&government=sx"), "sx-jyt");
    assertAmount(jyt, "planned", "470");
    assertAmount(jyt, "approved", "50");
    assertAmount(category(jyt.get("categories"), "OPERATIONS"), "approved", "20");
    assertAmount(category(jyt.get("categories"), "ENERGY"), "approved", "30");
    assertAmount(category(jyt.get("categories"), "ENERGY"), "planned", "30");
  }

  @Test
  void theWorkbookHasASummaryAndOneSheetPerUnit() throws IOException {
    String repair = walk.majorRepairUpToImplementation(60);
    walk.reportCompletion(repair, 58.5);
    walk.accept(repair);

    HttpResponse<byte[]> response = xlsx("sx-finance", "year=2026&government=sx&format=xlsx");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains(".xlsx");
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("汇总", "山西省交通运输厅", "山西省教育厅");

      Sheet summary = book.getSheet("汇总");
      assertThat(texts(summary.getRow(0)))
          .containsExactly(
              "单位", "年度预算上限（万元）", "计划数（万元）", "申请批准数（万元）", "执行数（万元）", "执行率（%）", "剩余额度（万元）");
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      assertThat(summary.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      Row jyt = summary.getRow(2);
      assertThat(jyt.getCell(0).getStringCellValue()).isEqualTo("山西省教育厅");
      assertThat(jyt.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(jyt.getCell(1).getNumericCellValue()).isEqualTo(500.0);
      assertThat(jyt.getCell(2).getNumericCellValue()).isEqualTo(480.0);
      assertThat(jyt.getCell(3).getNumericCellValue()).isEqualTo(60.0);
      assertThat(jyt.getCell(4).getNumericCellValue()).isEqualTo(58.5);
      assertThat(jyt.getCell(5).getNumericCellValue()).isEqualTo(12.2); // 58.5 / 480
      assertThat(jyt.getCell(6).getNumericCellValue()).isEqualTo(20.0);
      Row total = summary.getRow(3);
      assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1100.0);
      assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(910.0);

      Sheet unit = book.getSheet("山西省教育厅");
      assertThat(texts(unit.getRow(0)))
          .containsExactly(
              "计划类别",
              "计划数（万元）",
              "申请批准数（万元）",
              "执行数（万元）",
              "执行率（%）",
              "批准申请（件）",
              "投入使用面积（㎡）",
              "调剂资产（件）",
              "调剂资产原值（万元）");
      assertThat(unit.getPaneInformation().isFreezePane()).isTrue();
      List<String> categories = new ArrayList<>();
      for (int r = 1; r <= 6; r++) {
        categories.add(unit.getRow(r).getCell(0).getStringCellValue());
      }
      assertThat(categories)
          .containsExactly("机关运行经费", "办公用房配置维修", "办公用房维修改造", "公务用车配备更新", "通用资产配置", "合计");
      Row repairRow = unit.getRow(3);
      assertThat(repairRow.getCell(1).getNumericCellValue()).isEqualTo(60.0);
      assertThat(repairRow.getCell(3).getNumericCellValue()).isEqualTo(58.5);
      assertThat(repairRow.getCell(4).getNumericCellValue()).isEqualTo(97.5);
      assertThat(repairRow.getCell(5).getNumericCellValue()).isEqualTo(1.0);
      assertThat(unit.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(480.0);
    }
  }

  @Test
  void aUnitSeesOnlyItsOwnUnitInEveryFormat() {
    JsonNode own = report("sx-jyt-head", "year=2026");
    assertThat(own.get("units").findValuesAsText("code")).containsExactly("sx-jyt");
    assertThat(own.get("unit").asText()).isEqualTo("sx-jyt");
    assertAmount(own.get("summary"), "planned", "420");
    assertThat(report("sx-jyt-staff", "year=2026&unit=sx-jyt").get("units")).hasSize(1);

    for (String query :
        List.of(
            "year=2026&unit=sx-jtt",
            "year=2026&unit=sx-jtt&format=xlsx",
            "year=2026&government=sl",
            "year=2026&government=sl&format=xlsx")) {
      ApiClient.Response denied = api.as("sx-jyt-head").get("/api/reports/plan-execution?" + query);
      assertThat(denied.status()).as(query).isEqualTo(403);
      assertThat(denied.get("error").asText()).isEqualTo("FORBIDDEN");
      assertThat(denied.get("message").asText()).contains("本单位");
    }
    // the bodies of another government see none of 山西省's figures
    assertThat(
            api.as("sl-reviewer")
                .get("/api/reports/plan-execution?year=2026&government=sx")
                .status())
        .isEqualTo(403);
    assertThat(
            api.as("sl-finance")
                .get("/api/reports/plan-execution?year=2026&government=sx&format=xlsx")
                .status())
        .isEqualTo(403);
    // DRC, government and admin roles see the government
    assertThat(report("sx-drc", "year=2026").get("units")).hasSize(2);
    assertThat(report("sx-gov", "year=2026&unit=sx-jtt").get("units").findValuesAsText("code"))
        .containsExactly("sx-jtt");
    assertThat(report("admin", "year=2026&government=sl").get("units").findValuesAsText("code"))
        .containsExactly("sl-jyj");
  }

  @Test
  void badParametersAreNamed() {
    ApiClient.Response year = api.as("sx-reviewer").get("/api/reports/plan-execution?year=abc");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.get("fields").get("year").asText()).isEqualTo("年度必须是四位数字，例如 2026");
    ApiClient.Response gov =
        api.as("admin").get("/api/reports/plan-execution?year=2026&government=zz");
    assertThat(gov.status()).isEqualTo(400);
    assertThat(gov.get("fields").get("government").asText()).isEqualTo("未知的本级政府：zz");
    ApiClient.Response unit =
        api.as("sx-reviewer").get("/api/reports/plan-execution?year=2026&unit=sl-jyj");
    assertThat(unit.status()).isEqualTo(400);
    assertThat(unit.get("fields").get("unit").asText()).contains("不是山西省的用户单位");
    ApiClient.Response format =
        api.as("sx-reviewer").get("/api/reports/plan-execution?year=2026&format=pdf");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.get("fields").get("format").asText()).isEqualTo("导出格式只能是 json 或 xlsx");
  }

  private long planItemId(String unit, String description) {
    JsonNode plan = api.as("sx-reviewer").get("/api/plans/" + unit + "/2026").body();
    for (JsonNode item : plan.get("items")) {
      if (description.equals(item.get("description").asText())) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no item " + description);
  }

  private HttpResponse<byte[]> xlsx(String user, String query) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              api.as(user).request("/api/reports/plan-execution?" + query).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(c.getStringCellValue()));
    return texts;
  }
}
