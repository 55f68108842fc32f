package cn.affairs.approval.officespace;

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
 * The office-space register as Excel: the template, a good import, a file with bad rows (each named
 * with its row number, nothing imported), an export that re-imports to the same register.
 */
@AffairsTest
class OfficeSpaceWorkbookApiTest {

  static final String[] HEADER = OfficeSpaceWorkbook.HEADERS;

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;
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
      Sheet sheet = wb.createSheet("办公用房登记簿");
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
        api.as(user), "/api/registers/office-space/import", "office-space.xlsx", file, Map.of());
  }

  @Test
  void theTemplateHasTheColumnsAndAGoodFileImportsEveryRow() throws Exception {
    HttpResponse<byte[]> template =
        Multipart.download(api.as("sx-reviewer"), "/api/registers/office-space/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(read(template.body())).containsExactly(List.of(HEADER));

    int before = register.ofUnit("sx-jtt").size();
    Response imported =
        upload(
            "sx-reviewer",
            workbook(
                List.of(
                    HEADER,
                    new String[] {null, "sx-jtt", "交通大厦", "8层", "租用", "260", "400", "2029-12-31"},
                    new String[] {null, "sx-jtt", "交通大厦", "9层", "借用", "140.25", null, null},
                    new String[] {null, null, "省直机关集中办公区 C 座", "2层", "闲置", "300", "480", null})));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.get("imported").asInt()).isEqualTo(3);
    assertThat(register.ofUnit("sx-jtt")).hasSize(before + 2);
    OfficeSpace leased = register.byPlace("sx", "交通大厦", "8层");
    assertThat(leased.ownership()).isEqualTo("LEASED");
    assertThat(leased.area()).isEqualByComparingTo("260");
    assertThat(leased.buildingArea()).isEqualByComparingTo("400");
    assertThat(leased.endDate()).hasToString("2029-12-31");
    assertThat(register.byPlace("sx", "交通大厦", "9层").area()).isEqualByComparingTo("140.25");
    OfficeSpace idle = register.byPlace("sx", "省直机关集中办公区 C 座", "2层");
    assertThat(idle.unitCode()).isNull();
    assertThat(idle.ownership()).isEqualTo("IDLE");
  }

  @Test
  void aFileWithBadRowsNamesEveryBadRowAndImportsNothing() throws Exception {
    int before = register.ofUnit("sx-jtt").size();
    Response refused =
        upload(
            "sx-reviewer",
            workbook(
                List.of(
                    HEADER,
                    new String[] {null, "sx-jtt", "交通大厦", "10层", "自有", "200", null, null},
                    new String[] {null, "sx-jtt", "交通大厦", "11层", "租用", "两百", null, null},
                    new String[] {null, "sl-jyj", "市教育局分部", null, "自有", "50", null, null},
                    new String[] {null, "sx-jtt", "交通大厦", "10层", "自有", "200", null, null},
                    new String[] {"abc", "sx-jtt", "交通大厦", "12层", "公寓", "80", "60", null},
                    new String[] {"999999", "sx-jtt", "交通大厦", "13层", "自有", "80", null, null},
                    // a control character as Excel writes it in a cell
                    new String[] {null, "sx-jtt", "交通_x001B_大厦", "15层", "自有", "80", null, null})));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("error").asText()).isEqualTo("IMPORT_REFUSED");
    assertThat(refused.get("message").asText()).contains("未导入任何数据");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : refused.get("errors")) {
      errors.add(
          e.get("row").asInt() + ":" + e.get("field").asText() + ":" + e.get("message").asText());
    }
    assertThat(errors)
        .anyMatch(e -> e.equals("3:usableArea:使用面积应为数字（㎡）"))
        .anyMatch(e -> e.equals("3:endDate:租用办公用房须填写租期到期日期"))
        .anyMatch(e -> e.startsWith("4:unitCode:") && e.contains("示例市教育局"))
        .anyMatch(e -> e.equals("5:room:楼宇和房间与第 2 行重复"))
        .anyMatch(e -> e.startsWith("6:id:登记编号应为导出文件中的数字"))
        .anyMatch(e -> e.equals("7:id:登记簿中没有登记编号 999999"))
        .anyMatch(e -> e.equals("8:building:不能含有控制字符"))
        .noneMatch(e -> e.startsWith("2:"));
    assertThat(register.byPlace("sx", "交通大厦", "10层")).isNull();
    assertThat(register.ofUnit("sx-jtt")).hasSize(before);

    byte[] good =
        workbook(
            List.of(HEADER, new String[] {null, "sx-jtt", "交通大厦", "14层", "自有", "80", null, null}));
    assertThat(upload("sx-jtt-staff", good).status()).isEqualTo(403);
    assertThat(upload("sl-reviewer", good).get("errors").get(0).get("message").asText())
        .contains("只有本级机关事务管理部门");
    assertThat(register.byPlace("sx", "交通大厦", "14层")).isNull();
  }

  @Test
  void anExportReimportsToTheSameRegister() throws Exception {
    // rooms, building area, an end date and a fraction, so that every column makes the round trip
    assertThat(
            upload(
                    "sx-reviewer",
                    workbook(
                        List.of(
                            HEADER,
                            new String[] {
                              null,
                              "sx-jyt",
                              "教育大厦",
                              "5层 501-510",
                              "租用",
                              "32.5",
                              "48.75",
                              "2028-03-31"
                            })))
                .status())
        .isEqualTo(200);
    HttpResponse<byte[]> export =
        Multipart.download(
            api.as("sx-reviewer"), "/api/registers/office-space/export.xlsx?unit=sx-jyt");
    assertThat(export.statusCode()).isEqualTo(200);
    List<List<String>> exported = read(export.body());
    List<OfficeSpace> before = register.ofUnit("sx-jyt");
    assertThat(exported).hasSize(before.size() + 1);
    assertThat(exported)
        .anyMatch(r -> r.containsAll(List.of("教育大厦", "5层 501-510", "租用", "32.5", "48.75")));

    Response reimported = upload("sx-reviewer", export.body());
    assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
    assertThat(reimported.get("imported").asInt()).isEqualTo(before.size());
    List<OfficeSpace> after = register.ofUnit("sx-jyt");
    assertThat(after)
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("area", "buildingArea")
        .containsExactlyElementsOf(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).area()).isEqualByComparingTo(before.get(i).area());
    }
    assertThat(
            read(
                Multipart.download(
                        api.as("sx-reviewer"),
                        "/api/registers/office-space/export.xlsx?unit=sx-jyt")
                    .body()))
        .isEqualTo(exported);

    HttpResponse<byte[]> idle =
        Multipart.download(
            api.as("sx-reviewer"), "/api/registers/office-space/export.xlsx?idle=true");
    assertThat(read(idle.body())).anyMatch(r -> r.contains("省直机关集中办公区 B 座 5 层"));
    assertThat(upload("sx-reviewer", idle.body()).status()).isEqualTo(200);
    assertThat(register.idle("sx")).hasSize(1);

    assertThat(
            Multipart.download(
                    api.as("sl-reviewer"), "/api/registers/office-space/export.xlsx?unit=sx-jyt")
                .statusCode())
        .isEqualTo(403);
  }
}
