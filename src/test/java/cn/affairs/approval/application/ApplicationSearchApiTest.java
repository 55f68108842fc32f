package cn.affairs.approval.application;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search and filters on the case lists, and the Excel export of 全部申请 (api.md, Applications). */
@AffairsTest
class ApplicationSearchApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  ApiClient api;

  /**
   * A word no other test puts in a title, so that the searches below see only this test's cases.
   */
  String tag;

  LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
    tag = "检索" + UUID.randomUUID().toString().substring(0, 8);
  }

  String start(String user, String projectName) {
    Map<String, Object> form = expansion(10);
    form.put("projectName", projectName);
    Response created = api.as(user).post("/api/applications", request(form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  List<String> ids(String user, String query) {
    Response list = api.as(user).get("/api/applications?" + query);
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.get("items").forEach(i -> ids.add(i.get("id").asText()));
    assertThat(list.get("total").asLong()).isEqualTo(ids.size());
    return ids;
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void searchesByBusinessKeyAndByEveryWordOfTheTitle() {
    String library = start("sx-jyt-staff", tag + " 图书馆 扩建工程");
    String canteen = start("sx-jyt-staff", tag + " 食堂 扩建工程");

    assertThat(ids("sx-jyt-staff", "q=" + enc(library))).containsExactly(library);
    assertThat(ids("sx-jyt-staff", "q=" + enc(library.toLowerCase()))).containsExactly(library);
    assertThat(ids("sx-jyt-staff", "q=" + enc(tag))).containsExactlyInAnyOrder(library, canteen);
    // every word must be in the title, in any order
    assertThat(ids("sx-jyt-staff", "q=" + enc("扩建工程 " + tag + " 图书馆"))).containsExactly(library);
    assertThat(ids("sx-jyt-staff", "q=" + enc(tag + " 体育馆"))).isEmpty();
    // LIKE wildcards are searched for as themselves
    assertThat(ids("sx-jyt-staff", "q=" + enc(tag + "%"))).isEmpty();
  }

  @Test
  void searchesByUnitFamilyStatusAndSubmissionDates() {
    String education = start("sx-jyt-staff", tag + " 教育厅项目");
    String transport = start("sx-jtt-staff", tag + " 交通厅项目");
    String q = "scope=all&q=" + enc(tag);

    assertThat(ids("sx-reviewer", q)).containsExactlyInAnyOrder(education, transport);
    assertThat(ids("sx-reviewer", q + "&unit=sx-jtt")).containsExactly(transport);
    assertThat(ids("sx-reviewer", q + "&processKey=office-space-construction&status=RUNNING"))
        .containsExactlyInAnyOrder(education, transport);
    assertThat(ids("sx-reviewer", q + "&processKey=vehicle-purchase")).isEmpty();
    assertThat(ids("sx-reviewer", q + "&status=APPROVED")).isEmpty();
    assertThat(ids("sx-reviewer", q + "&from=" + today + "&to=" + today))
        .containsExactlyInAnyOrder(education, transport);
    assertThat(ids("sx-reviewer", q + "&from=" + today.plusDays(1))).isEmpty();
    assertThat(ids("sx-reviewer", q + "&to=" + today.minusDays(1))).isEmpty();
    // a unit filter does not widen what a user may see: staff of 教育厅 searching 交通厅 find nothing
    assertThat(ids("sx-jyt-staff", "scope=unit&q=" + enc(tag) + "&unit=sx-jtt")).isEmpty();
    // another government's bureau does not see these cases
    assertThat(ids("sl-reviewer", q)).isEmpty();
  }

  @Test
  void wrongFiltersAreRefusedNamingTheField() {
    Response badDate = api.as("sx-reviewer").get("/api/applications?from=2026-13-01");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.text()).contains("from");
    Response reversed =
        api.as("sx-reviewer").get("/api/applications?from=2026-05-02&to=2026-05-01");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.get("fields").has("to")).as(reversed.text()).isTrue();
    Response format = api.as("sx-reviewer").get("/api/applications?format=pdf");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.get("fields").has("format")).as(format.text()).isTrue();
  }

  @Test
  void filtersOfferTheFamiliesStatusesAndTheUnitsTheUserMaySee() {
    JsonNode bureau = api.as("sx-reviewer").get("/api/applications/filters").body();
    assertThat(bureau.get("scopes").toString()).contains("all");
    assertThat(bureau.get("processes").toString())
        .contains("office-space-construction", "办公用房新建、扩建、改建、购置");
    assertThat(bureau.get("statuses").toString()).contains("RETURNED", "已退回待修改");
    assertThat(bureau.get("units").toString())
        .contains("sx-jyt", "sx-jtt")
        .doesNotContain("sl-jyj");
    JsonNode staff = api.as("sx-jyt-staff").get("/api/applications/filters").body();
    assertThat(staff.get("scopes").toString()).doesNotContain("all");
    assertThat(staff.get("units").toString()).contains("sx-jyt").doesNotContain("sx-jtt");
  }

  @Test
  void theBureausWholeListExportsTheFilteredCasesToExcel() throws Exception {
    String education = start("sx-jyt-staff", tag + " 导出项目甲");
    String transport = start("sx-jtt-staff", tag + " 导出项目乙");
    HttpResponse<byte[]> export =
        api.as("sx-reviewer")
            .raw("/api/applications?scope=all&format=xlsx&unit=sx-jtt&q=" + enc(tag));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("业务编号");
      List<String> keys = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          keys.add(row.getCell(0).getStringCellValue());
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("山西省交通运输厅");
          assertThat(row.getCell(4).getStringCellValue()).isEqualTo("审批中");
        }
      }
      assertThat(keys).containsExactly(transport).doesNotContain(education);
    }
    // the whole government's list stays the bureau's
    assertThat(api.as("sx-jyt-staff").raw("/api/applications?scope=all&format=xlsx").statusCode())
        .isEqualTo(403);
  }
}
