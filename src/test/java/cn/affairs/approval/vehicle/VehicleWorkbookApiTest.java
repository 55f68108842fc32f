package cn.affairs.approval.vehicle;

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
 * The vehicle register as Excel: template, a good import, a file with bad rows (each named, nothing
 * imported), export ↔ import.
 */
@AffairsTest
class VehicleWorkbookApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired VehicleMapper register;
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
      Sheet sheet = wb.createSheet("公务用车登记簿");
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
        for (int c = 0; c < VehicleWorkbook.HEADERS.length; c++) {
          cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  static final String[] HEADER = VehicleWorkbook.HEADERS;

  Response upload(String user, byte[] file) {
    return Multipart.upload(
        api.as(user), "/api/registers/vehicles/import", "vehicles.xlsx", file, Map.of());
  }

  @Test
  void theTemplateHasTheColumnsAndAGoodFileImportsEveryRow() throws Exception {
    HttpResponse<byte[]> template =
        Multipart.download(api.as("sx-vehicle"), "/api/registers/vehicles/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(read(template.body())).containsExactly(List.of(HEADER));

    Response imported =
        upload(
            "sx-vehicle",
            workbook(
                List.of(
                    HEADER,
                    new String[] {
                      "晋A·K5001",
                      "sx-jtt",
                      "其他用车",
                      "红旗",
                      "H5",
                      "燃油",
                      "1.5",
                      "16.8",
                      "2021-05-10",
                      "52000",
                      "在用"
                    },
                    new String[] {
                      "晋A K5002",
                      "sx-jtt",
                      "EMERGENCY",
                      "比亚迪",
                      "汉EV",
                      "纯电动",
                      null,
                      "17.5",
                      "2023-02-01",
                      "8000",
                      null
                    })));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.get("imported").asInt()).isEqualTo(2);
    assertThat(register.byPlate("晋A·K5001").displacement()).isEqualByComparingTo("1.5");
    assertThat(register.byPlate("晋A·K5002").category()).isEqualTo("EMERGENCY");
    assertThat(register.byPlate("晋A·K5002").status()).isEqualTo("ACTIVE");
  }

  @Test
  void aFileWithBadRowsNamesEveryBadRowAndImportsNothing() throws Exception {
    long before = register.ofUnit("sx-jtt").size();
    Response refused =
        upload(
            "sx-vehicle",
            workbook(
                List.of(
                    HEADER,
                    new String[] {
                      "晋A·K6001",
                      "sx-jtt",
                      "其他用车",
                      "红旗",
                      "H5",
                      "燃油",
                      "1.5",
                      "16.8",
                      "2021-05-10",
                      "52000",
                      "在用"
                    },
                    new String[] {
                      "ABC",
                      "sx-jtt",
                      "跑车",
                      "红旗",
                      "H5",
                      "燃油",
                      "1.5",
                      "16.8",
                      "2021-05-10",
                      "52000",
                      "在用"
                    },
                    new String[] {
                      "晋A·K6003",
                      "sl-jyj",
                      "其他用车",
                      "",
                      "H5",
                      "纯电动",
                      "2.0",
                      "16.8",
                      "2021-05-10",
                      "52000",
                      "在用"
                    },
                    new String[] {
                      "晋A·K6001",
                      "sx-jtt",
                      "其他用车",
                      "红旗",
                      "H5",
                      "燃油",
                      "1.5",
                      "16.8",
                      "2021-05-10",
                      "52000",
                      "在用"
                    })));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("message").asText()).contains("未导入任何数据");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : refused.get("errors")) {
      errors.add(
          e.get("row").asInt() + ":" + e.get("field").asText() + ":" + e.get("message").asText());
    }
    assertThat(errors)
        .anyMatch(e -> e.startsWith("3:plate:号牌格式不正确"))
        .anyMatch(e -> e.startsWith("3:category:车辆类别"))
        .anyMatch(e -> e.startsWith("4:unitCode:") && e.contains("示例市教育局"))
        .anyMatch(e -> e.startsWith("5:plate:号牌 晋A·K6001 与第 2 行重复"))
        .noneMatch(e -> e.startsWith("2:"));
    assertThat(register.byPlate("晋A·K6001")).isNull();
    assertThat(register.ofUnit("sx-jtt")).hasSize((int) before);

    assertThat(
            upload(
                    "sx-jtt-staff",
                    workbook(
                        List.of(
                            HEADER,
                            new String[] {
                              "晋A·K6009",
                              "sx-jtt",
                              "其他用车",
                              "红旗",
                              "H5",
                              "燃油",
                              "1.5",
                              "16.8",
                              "2021-05-10",
                              "52000",
                              "在用"
                            })))
                .status())
        .isEqualTo(403);
    assertThat(register.byPlate("晋A·K6009")).isNull();
  }

  @Test
  void anExportReimportsToTheSameRegister() throws Exception {
    HttpResponse<byte[]> export =
        Multipart.download(api.as("sx-vehicle"), "/api/registers/vehicles/export.xlsx?unit=sx-jyt");
    assertThat(export.statusCode()).isEqualTo(200);
    List<List<String>> exported = read(export.body());
    List<Vehicle> before = register.ofUnit("sx-jyt");
    assertThat(exported).hasSize(before.size() + 1);
    assertThat(exported.get(1)).contains("晋A·J0001");

    Response reimported = upload("sx-vehicle", export.body());
    assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
    assertThat(reimported.get("imported").asInt()).isEqualTo(before.size());
    assertThat(register.ofUnit("sx-jyt"))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("price", "displacement")
        .containsExactlyElementsOf(before);
    List<Vehicle> after = register.ofUnit("sx-jyt");
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).price()).isEqualByComparingTo(before.get(i).price());
    }
    assertThat(
            read(
                Multipart.download(
                        api.as("sx-vehicle"), "/api/registers/vehicles/export.xlsx?unit=sx-jyt")
                    .body()))
        .isEqualTo(exported);
    assertThat(
            Multipart.download(
                    api.as("sl-vehicle"), "/api/registers/vehicles/export.xlsx?unit=sx-jyt")
                .statusCode())
        .isEqualTo(403);
  }
}
