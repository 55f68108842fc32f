package cn.affairs.approval.orgadmin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staffing by rank as Excel for the admin: the template, a good import (audited per unit), a file
 * with bad rows (each named, nothing imported), an export that re-imports to the same staffing.
 */
@AffairsTest
class StaffingWorkbookApiTest {

  static final String[] HEADER = StaffingWorkbook.HEADERS;

  @LocalServerPort int port;
  @Autowired OrganisationRegistry org;
  @Autowired AuditLog audit;
  ApiClient api;
  String unit;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    // a unit of its own, so that the other tests' standards stay as the demo data has them
    unit = "xl-t" + UUID.randomUUID().toString().substring(0, 6);
    Map<String, Object> form = new HashMap<>();
    form.put("code", unit);
    form.put("name", "示例县测试局");
    form.put("govCode", "xl");
    form.put("kind", "AGENCY");
    form.put("staffing", Map.of("正科级", 1, "科级以下", 5));
    assertThat(api.as("admin").post("/api/admin/units", form).status()).isEqualTo(201);
  }

  /** Out of the reports and lists of the other tests. */
  @AfterEach
  void deactivate() {
    assertThat(api.as("admin").put("/api/admin/units/" + unit, Map.of("active", false)).status())
        .isEqualTo(200);
  }

  static byte[] workbook(List<String[]> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("编制定员");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).length; c++) {
          if (rows.get(r)[c] != null) {
            row.createCell(c).setCellValue(rows.get(r)[c]);
          }
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static List<List<String>> read(byte[] bytes) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.length; c++) {
          cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  Response upload(String user, byte[] file) {
    return Multipart.upload(
        api.as(user), "/api/admin/staffing/import", "staffing.xlsx", file, Map.of());
  }

  List<AuditEntry> auditOf() {
    return audit.find("ORG_UNIT", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals("unit:" + unit))
        .toList();
  }

  @Test
  void theTemplateHasTheColumnsAndAGoodFileSetsTheStaffingOfEachUnitInIt() throws Exception {
    HttpResponse<byte[]> template =
        Multipart.download(api.as("admin"), "/api/admin/staffing/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(read(template.body())).containsExactly(List.of(HEADER));
    assertThat(
            Multipart.download(api.as("sx-reviewer"), "/api/admin/staffing/template.xlsx")
                .statusCode())
        .isEqualTo(403);

    Response imported =
        upload(
            "admin",
            workbook(
                List.of(
                    HEADER,
                    new String[] {unit, "示例县测试局", "正科级", "1"},
                    new String[] {unit, null, "副科级", "2"},
                    new String[] {unit, null, "科级以下", "12"})));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.get("imported").asInt()).isEqualTo(3);
    assertThat(org.staffing(unit))
        .containsExactly(Map.entry("正科级", 1), Map.entry("副科级", 2), Map.entry("科级以下", 12));
    assertThat(auditOf())
        .first()
        .satisfies(
            e -> {
              assertThat(e.summary()).isEqualTo("导入编制 " + unit + "（示例县测试局）");
              assertThat(e.actor()).isEqualTo("admin");
              assertThat(e.beforeJson()).contains("\"科级以下\":5");
              assertThat(e.afterJson()).contains("\"科级以下\":12");
            });
  }

  @Test
  void aFileWithBadRowsNamesEveryBadRowAndImportsNothing() throws Exception {
    Response refused =
        upload(
            "admin",
            workbook(
                List.of(
                    HEADER,
                    new String[] {unit, null, "正科级", "3"},
                    new String[] {unit, null, "正处级", "2"},
                    new String[] {"no-such-unit", null, "正科级", "1"},
                    new String[] {unit, null, "副科级", "两个"},
                    new String[] {unit, null, "正科级", "4"},
                    new String[] {unit, null, "科级以下", "-1"})));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("message").asText()).contains("未导入任何数据");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : refused.get("errors")) {
      errors.add(
          e.get("row").asInt() + ":" + e.get("field").asText() + ":" + e.get("message").asText());
    }
    assertThat(errors)
        .anyMatch(e -> e.startsWith("3:rank:县级没有职级“正处级”"))
        .anyMatch(e -> e.equals("4:unitCode:没有单位 no-such-unit"))
        .anyMatch(e -> e.equals("5:headcount:编制人数应为整数"))
        .anyMatch(e -> e.equals("6:rank:" + unit + " 的正科级与第 2 行重复"))
        .anyMatch(e -> e.equals("7:headcount:编制人数应在0至100000之间"))
        .noneMatch(e -> e.startsWith("2:"));
    assertThat(org.staffing(unit)).containsExactly(Map.entry("正科级", 1), Map.entry("科级以下", 5));
    assertThat(auditOf()).extracting(AuditEntry::summary).noneMatch(s -> s.startsWith("导入编制"));
  }

  @Test
  void anExportReimportsToTheSameStaffing() throws Exception {
    HttpResponse<byte[]> export =
        Multipart.download(api.as("admin"), "/api/admin/staffing/export.xlsx?government=xl");
    assertThat(export.statusCode()).isEqualTo(200);
    List<List<String>> exported = read(export.body());
    assertThat(exported)
        .contains(List.of(unit, "示例县测试局", "正科级", "1"), List.of("xl-jyj", "示例县教育局", "科级以下", "20"))
        .noneMatch(r -> r.get(0).startsWith("sx-"));
    Map<String, Integer> before = org.staffing("xl-jyj");

    Response reimported = upload("admin", export.body());
    assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
    assertThat(reimported.get("imported").asInt()).isEqualTo(exported.size() - 1);
    assertThat(org.staffing("xl-jyj")).isEqualTo(before);
    assertThat(org.staffing(unit)).containsExactly(Map.entry("正科级", 1), Map.entry("科级以下", 5));
    assertThat(auditOf()).extracting(AuditEntry::summary).noneMatch(s -> s.startsWith("导入编制"));
    assertThat(
            read(
                Multipart.download(api.as("admin"), "/api/admin/staffing/export.xlsx?government=xl")
                    .body()))
        .isEqualTo(exported);
  }
}
