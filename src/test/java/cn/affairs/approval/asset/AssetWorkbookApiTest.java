package cn.affairs.approval.asset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The asset register as Excel: template, a good import, a file with bad rows (each named, nothing
 * imported), export ↔ import for a unit and for the warehouse.
 */
@AffairsTest
class AssetWorkbookApiTest {

  static final String[] HEADER = AssetWorkbook.HEADERS;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired AssetMapper register;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  @AfterEach
  void restore() {
    cases.resetRegisters();
  }

  static byte[] workbook(List<String[]> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("资产登记簿");
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
        api.as(user), "/api/registers/assets/import", "assets.xlsx", file, Map.of());
  }

  static String[] row(String code, String category, String unit, String warehouse, String status) {
    return new String[] {
      code, category, "办公设备", "0.6", "2021-05-10", unit, warehouse, status, "主楼 201 室"
    };
  }

  @Test
  void theTemplateHasTheColumnsAndAGoodFileImportsEveryRow() throws Exception {
    HttpResponse<byte[]> template =
        Multipart.download(api.as("sx-asset"), "/api/registers/assets/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(read(template.body())).containsExactly(List.of(HEADER));

    Response imported =
        upload(
            "sx-asset",
            workbook(
                List.of(
                    HEADER,
                    row("IMP-001", "台式计算机", "sx-jtt", null, "在用"),
                    row("IMP-002", "COPIER", null, "sx", null),
                    row("JYT-TS17-003", "台式计算机", "sx-jyt", null, "闲置"))));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.get("imported").asInt()).isEqualTo(3);
    assertThat(register.find("IMP-001").holderUnit()).isEqualTo("sx-jtt");
    assertThat(register.find("IMP-001").location()).isEqualTo("主楼 201 室");
    assertThat(register.find("IMP-002").status()).isEqualTo(Asset.IN_WAREHOUSE);
    assertThat(register.find("IMP-002").warehouseGov()).isEqualTo("sx");
    // an existing code corrects that card
    assertThat(register.find("JYT-TS17-003").status()).isEqualTo(Asset.IDLE);
    assertThat(register.find("JYT-TS17-003").originalValue()).isEqualByComparingTo("0.6");
  }

  @Test
  void aFileWithBadRowsNamesEveryBadRowAndImportsNothing() throws Exception {
    int before = register.heldBy("sx-jtt").size();
    Response refused =
        upload(
            "sx-asset",
            workbook(
                List.of(
                    HEADER,
                    row("BAD-001", "台式计算机", "sx-jtt", null, "在用"),
                    row("BAD 002", "沙发", "sx-jtt", null, "在用"),
                    row("BAD-003", "台式计算机", "sl-jyj", null, "在用"),
                    row("BAD-004", "复印机", null, "sx", "在用"),
                    row("BAD-001", "台式计算机", "sx-jtt", null, "在用"))));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("message").asText()).contains("未导入任何数据");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : refused.get("errors")) {
      errors.add(
          e.get("row").asInt() + ":" + e.get("field").asText() + ":" + e.get("message").asText());
    }
    assertThat(errors)
        .anyMatch(e -> e.startsWith("3:code:资产编号应为"))
        .anyMatch(e -> e.startsWith("3:category:资产类别应为"))
        .anyMatch(e -> e.startsWith("4:unitCode:") && e.contains("示例市教育局"))
        .anyMatch(e -> e.startsWith("5:status:公物仓资产的状态"))
        .anyMatch(e -> e.startsWith("6:code:资产编号 BAD-001 与第 2 行重复"))
        .noneMatch(e -> e.startsWith("2:"));
    assertThat(register.find("BAD-001")).isNull();
    assertThat(register.heldBy("sx-jtt")).hasSize(before);

    assertThat(
            upload(
                    "sx-jtt-staff",
                    workbook(List.of(HEADER, row("BAD-009", "台式计算机", "sx-jtt", null, "在用"))))
                .status())
        .isEqualTo(403);
    assertThat(
            upload(
                    "sl-asset",
                    workbook(List.of(HEADER, row("BAD-010", "台式计算机", "sx-jtt", null, "在用"))))
                .status())
        .isEqualTo(400);
    assertThat(register.find("BAD-009")).isNull();
    assertThat(register.find("BAD-010")).isNull();
  }

  @Test
  void anExportReimportsToTheSameRegister() throws Exception {
    for (String query : List.of("unit=sx-jyt", "warehouse=sx")) {
      HttpResponse<byte[]> export =
          Multipart.download(api.as("sx-asset"), "/api/registers/assets/export.xlsx?" + query);
      assertThat(export.statusCode()).isEqualTo(200);
      List<List<String>> exported = read(export.body());
      List<Asset> before =
          query.startsWith("unit") ? register.heldBy("sx-jyt") : register.warehouse("sx");
      assertThat(exported).hasSize(before.size() + 1);

      Response reimported = upload("sx-asset", export.body());
      assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
      assertThat(reimported.get("imported").asInt()).isEqualTo(before.size());
      List<Asset> after =
          query.startsWith("unit") ? register.heldBy("sx-jyt") : register.warehouse("sx");
      assertThat(after)
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("originalValue")
          .containsExactlyElementsOf(before);
      for (int i = 0; i < before.size(); i++) {
        assertThat(after.get(i).originalValue())
            .isEqualByComparingTo(before.get(i).originalValue());
      }
      assertThat(
              read(
                  Multipart.download(
                          api.as("sx-asset"), "/api/registers/assets/export.xlsx?" + query)
                      .body()))
          .isEqualTo(exported);
    }
  }
}
