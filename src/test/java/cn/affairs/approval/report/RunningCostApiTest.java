package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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
 * 机关运行成本统计 (条例 第十七条) on the demo registers, and after approved cases change them. 省教育厅: 72 posts,
 * 850 ㎡ against a standard of 882 ㎡ (30 + 4×24 + 12×18 + 15×12 + 40×9), 6 of 6 cars, 100 computers
 * worth 56 万元; 省交通运输厅: 98 posts, 1,300 ㎡ against 1,152 ㎡, 7 of 8 cars.
 */
@AffairsTest
class RunningCostApiTest {

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
    ApiClient.Response response = api.as(user).get("/api/reports/running-cost?" + query);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode unit(JsonNode report, String code) {
    for (JsonNode u : report.get("units")) {
      if (code.equals(u.get("code").asText())) {
        return u;
      }
    }
    throw new AssertionError("no unit " + code);
  }

  static void assertAmount(JsonNode node, String field, String expected) {
    assertThat(node.get(field).decimalValue())
        .as(field + " of " + node)
        .isEqualByComparingTo(expected);
  }

  @Test
  void theDemoRegistersAgainstTheirStandards() {
    JsonNode report = report("sx-reviewer", "year=2026&government=sx");
    assertThat(report.get("basis").asText()).isEqualTo("山西省机关运行保障条例（草案） 第十七条");
    JsonNode jyt = unit(report, "sx-jyt");
    assertThat(jyt.get("headcount").asInt()).isEqualTo(72);
    JsonNode space = jyt.get("officeSpace");
    assertAmount(space, "areaInUse", "850");
    assertAmount(space, "standardArea", "882");
    assertAmount(space, "perPersonInUse", "11.81");
    assertAmount(space, "perPersonStandard", "12.25");
    assertThat(space.get("overStandard").asBoolean()).isFalse();
    assertThat(space.get("basis").asText())
        .isEqualTo("《党政机关办公用房建设标准》(发改投资〔2014〕2674号) 办公室用房使用面积指标");
    JsonNode cars = jyt.get("vehicles");
    assertThat(cars.get("inUse").asLong()).isEqualTo(6);
    assertThat(cars.get("quota").asInt()).isEqualTo(6);
    assertThat(cars.get("overQuota").asBoolean()).isFalse();
    assertThat(cars.get("basis").asText()).contains("第二十二条");
    assertAmount(cars, "purchaseSpending", "0");
    assertAmount(jyt.get("repairs"), "spending", "0");
    assertThat(jyt.get("assets").get("held").asLong()).isEqualTo(100);
    assertAmount(jyt.get("assets"), "heldValue", "56");
    assertAmount(jyt.get("plan"), "ceiling", "500");
    assertAmount(jyt.get("plan"), "planned", "420");
    assertAmount(jyt.get("plan"), "remaining", "80");

    JsonNode jtt = unit(report, "sx-jtt");
    assertAmount(jtt.get("officeSpace"), "standardArea", "1152");
    assertThat(jtt.get("officeSpace").get("overStandard").asBoolean()).isTrue();
    assertAmount(jtt.get("officeSpace"), "excess", "148");
    assertThat(jtt.get("vehicles").get("inUse").asLong()).isEqualTo(7);

    JsonNode summary = report.get("summary");
    assertThat(summary.get("headcount").asInt()).isEqualTo(170);
    assertAmount(summary, "areaInUse", "2150");
    assertAmount(summary, "standardArea", "2034");
    assertThat(summary.get("vehiclesInUse").asLong()).isEqualTo(13);
    assertThat(summary.get("vehicleQuota").asLong()).isEqualTo(14);
    assertAmount(summary, "planned", "850");
  }

  @Test
  void approvedCasesChangeTheFigures() {
    String repair = walk.majorRepairUpToImplementation(60);
    walk.reportCompletion(repair, 58.5);
    walk.accept(repair);
    walk.approvedRoutineRepair(12);
    String car = walk.vehicleReplacementUpToProcurement(15);
    walk.procure(car, 14.6, "晋A·J0102");
    walk.approvedBorrow(30);
    walk.approvedDesktopsFromWarehouse(2);

    JsonNode jyt = unit(report("sx-finance", "year=2026"), "sx-jyt");
    assertAmount(jyt.get("officeSpace"), "areaInUse", "880");
    assertAmount(jyt.get("officeSpace"), "perPersonInUse", "12.22");
    JsonNode cars = jyt.get("vehicles");
    assertThat(cars.get("inUse").asLong()).isEqualTo(6);
    assertThat(cars.get("toDispose").asLong()).isEqualTo(1);
    assertThat(cars.get("boughtInYear").asLong()).isEqualTo(1);
    assertAmount(cars, "purchaseSpending", "14.6");
    JsonNode repairs = jyt.get("repairs");
    assertThat(repairs.get("majorCompleted").asLong()).isEqualTo(1);
    assertAmount(repairs, "majorActualCost", "58.5");
    assertThat(repairs.get("routineApproved").asLong()).isEqualTo(1);
    assertAmount(repairs, "routineEstimatedCost", "12");
    assertAmount(repairs, "spending", "70.5");
    JsonNode assets = jyt.get("assets");
    assertThat(assets.get("held").asLong()).isEqualTo(102);
    assertAmount(assets, "heldValue", "57");
    assertThat(assets.get("receivedFromWarehouse").asLong()).isEqualTo(2);
    assertAmount(assets, "receivedValue", "1");
    assertAmount(jyt.get("plan"), "planned", "480");
  }

  @Test
  void theRentOfALeaseFallsInTheYearsOfItsTermByDay() {
    String lease = walk.approvedLease(20, 36.5);
    LocalDate approvedOn =
        LocalDateTime.parse(
                api.as("sx-jyt-staff").get("/api/applications/" + lease).get("decidedAt").asText())
            .toLocalDate();
    LocalDate lastDay = approvedOn.plusMonths(12);
    int year = approvedOn.getYear();

    JsonNode leases = unit(report("sx-finance", "year=" + year), "sx-jyt").get("leases");
    assertThat(leases.get("inForce").asLong()).isEqualTo(1);
    assertAmount(leases, "area", "20");
    assertAmount(leases, "annualRent", "36.5");
    assertAmount(leases, "rentInYear", rent(approvedOn, LocalDate.of(year, 12, 31)));
    JsonNode next = unit(report("sx-finance", "year=" + (year + 1)), "sx-jyt").get("leases");
    assertAmount(next, "rentInYear", rent(LocalDate.of(year + 1, 1, 1), min(lastDay, year + 1)));
    assertAmount(
        report("sx-finance", "year=" + (year + 1)).get("summary"),
        "leaseRent",
        rent(LocalDate.of(year + 1, 1, 1), min(lastDay, year + 1)));
    // the year before the approval holds none of it; a borrowed space pays no rent
    walk.approvedBorrow(5);
    JsonNode before = unit(report("sx-finance", "year=" + (year - 1)), "sx-jyt").get("leases");
    assertThat(before.get("inForce").asLong()).isZero();
    assertAmount(before, "rentInYear", "0");
    assertThat(
            unit(report("sx-finance", "year=" + year), "sx-jyt")
                .get("leases")
                .get("inForce")
                .asLong())
        .isEqualTo(1);
  }

  /** 36.5 万元 a year, by day of the term from {@code first} to {@code last} inclusive. */
  private static String rent(LocalDate first, LocalDate last) {
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    int daysOfYear = first.lengthOfYear();
    return new BigDecimal("36.5")
        .multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(daysOfYear), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static LocalDate min(LocalDate day, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    return day.isBefore(end) ? day : end;
  }

  @Test
  void theWorkbookHasASummaryAndOneSheetPerUnit() throws IOException, InterruptedException {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                api.as("sx-gov")
                    .request("/api/reports/running-cost?year=2026&format=xlsx")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names).containsExactly("汇总", "山西省交通运输厅", "山西省教育厅");
      Sheet summary = book.getSheet("汇总");
      List<String> headers = new ArrayList<>();
      summary.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith(
              "单位",
              "编制定员（人）",
              "办公用房使用面积（㎡）",
              "核定面积（㎡）",
              "人均使用面积（㎡/人）",
              "人均核定面积（㎡/人）",
              "在用公务用车（辆）",
              "车辆编制（辆）");
      assertThat(summary.getPaneInformation().isFreezePane()).isTrue();
      Row jyt = summary.getRow(2);
      assertThat(jyt.getCell(0).getStringCellValue()).isEqualTo("山西省教育厅");
      assertThat(jyt.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(jyt.getCell(1).getNumericCellValue()).isEqualTo(72.0);
      assertThat(jyt.getCell(2).getNumericCellValue()).isEqualTo(850.0);
      assertThat(jyt.getCell(3).getNumericCellValue()).isEqualTo(882.0);
      assertThat(jyt.getCell(4).getNumericCellValue()).isEqualTo(11.81);
      assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(170.0);

      Sheet unit = book.getSheet("山西省教育厅");
      assertThat(unit.getRow(0).getCell(0).getStringCellValue()).isEqualTo("指标");
      assertThat(unit.getPaneInformation().isFreezePane()).isTrue();
      Row area = unit.getRow(2);
      assertThat(area.getCell(0).getStringCellValue()).isEqualTo("办公用房使用面积（㎡）");
      assertThat(area.getCell(1).getNumericCellValue()).isEqualTo(850.0);
      assertThat(area.getCell(2).getNumericCellValue()).isEqualTo(882.0);
      assertThat(area.getCell(3).getStringCellValue()).contains("党政机关办公用房建设标准");
    }
  }

  @Test
  void aUnitSeesOnlyItsOwnUnitInEveryFormat() {
    JsonNode own = report("sx-jtt-head", "year=2026");
    assertThat(own.get("units").findValuesAsText("code")).containsExactly("sx-jtt");
    for (String query :
        List.of(
            "year=2026&unit=sx-jyt",
            "year=2026&unit=sx-jyt&format=xlsx",
            "government=xl",
            "government=xl&format=xlsx")) {
      ApiClient.Response denied = api.as("sx-jtt-staff").get("/api/reports/running-cost?" + query);
      assertThat(denied.status()).as(query).isEqualTo(403);
      assertThat(denied.get("error").asText()).isEqualTo("FORBIDDEN");
    }
    assertThat(api.as("xl-finance").get("/api/reports/running-cost?government=sx").status())
        .isEqualTo(403);
    assertThat(report("xl-gov", "year=2026").get("units").findValuesAsText("code"))
        .containsExactly("xl-jyj");
  }
}
