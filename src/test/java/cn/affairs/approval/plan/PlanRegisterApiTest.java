package cn.affairs.approval.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 保障年度计划登记簿 through HTTP: the bureau creates plans (always with a ceiling) and corrects ceilings
 * and items, each a new version and an audit row; units read their own; 403 for units writing and
 * for another government; the items as Excel (good file, bad rows, export ↔ import).
 */
@AffairsTest
class PlanRegisterApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] HEADER = PlanWorkbook.HEADERS;

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  static Map<String, Object> plan(String unit, String year, String ceiling, Object... items) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("unitCode", unit);
    plan.put("year", year);
    plan.put("ceiling", ceiling);
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i + 2 < items.length; i += 3) {
      list.add(Map.of("category", items[i], "description", items[i + 1], "amount", items[i + 2]));
    }
    plan.put("items", list);
    return plan;
  }

  List<AuditEntry> auditOf(String subject) {
    return audit.find("REGISTER_PLAN", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  @Test
  void theBureauCreatesAndCorrectsAPlanAndEveryChangeIsAVersionAndAudited() throws Exception {
    Response created =
        api.as("sx-reviewer")
            .post(
                "/api/registers/plans",
                plan(
                    "sx-jyt",
                    "2027",
                    "520",
                    "OPERATIONS",
                    "机关运行经费",
                    "310",
                    "ASSETS",
                    "办公设备购置",
                    "25"));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.get("ceiling").decimalValue()).isEqualByComparingTo("520");
    assertThat(created.get("total").decimalValue()).isEqualByComparingTo("335");
    assertThat(created.get("version").asInt()).isEqualTo(1);
    long id = created.get("id").asLong();
    long operations = created.get("items").get(0).get("id").asLong();

    Response read = api.as("sx-jyt-staff").get("/api/registers/plans?unit=sx-jyt");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text()).contains("\"year\":2027", "机关运行经费");

    // correct the ceiling and one item, drop the other, add a third: one new version
    Map<String, Object> correction = new HashMap<>();
    correction.put("ceiling", "540");
    correction.put(
        "items",
        List.of(
            Map.of(
                "id",
                operations,
                "category",
                "OPERATIONS",
                "description",
                "机关运行经费",
                "amount",
                "320"),
            Map.of("category", "ENERGY", "description", "节能改造", "amount", "40")));
    Response corrected = api.as("sx-reviewer").put("/api/registers/plans/" + id, correction);
    assertThat(corrected.status()).as(corrected.text()).isEqualTo(200);
    assertThat(corrected.get("version").asInt()).isEqualTo(2);
    assertThat(corrected.get("total").decimalValue()).isEqualByComparingTo("360");
    assertThat(corrected.get("items")).hasSize(2);
    AnnualPlan stored = plans.find("sx-jyt", 2027);
    assertThat(stored.ceiling()).isEqualByComparingTo("540");
    assertThat(plans.versions(stored)).hasSize(2);

    List<AuditEntry> entries = auditOf("plan:sx-jyt:2027");
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .startsWith("修改 2027 年度保障计划（sx-jyt），第 2 版", "新建 2027 年度保障计划（sx-jyt），预算控制数 520 万元");
    // (earlier tests' rows on the same plan follow: the log is insert-only)
    assertThat(entries.subList(0, 2))
        .allSatisfy(e -> assertThat(e.actor()).isEqualTo("sx-reviewer"));
    assertThat(JSON.readTree(entries.get(0).beforeJson()).get("ceiling").decimalValue())
        .isEqualByComparingTo("520");
    assertThat(JSON.readTree(entries.get(0).afterJson()).get("ceiling").decimalValue())
        .isEqualByComparingTo("540");

    // the same plan again is 409
    assertThat(
            api.as("sx-reviewer")
                .post("/api/registers/plans", plan("sx-jyt", "2027", "100"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aPlanNeedsACeilingAndItsItemsStayWithinIt() {
    Response noCeiling =
        api.as("sx-reviewer")
            .post("/api/registers/plans", plan("sx-jyt", "2028", null, "OPERATIONS", "经费", "10"));
    assertThat(noCeiling.status()).isEqualTo(400);
    assertThat(noCeiling.get("fields").get("ceiling").asText()).contains("请填写预算控制数");
    Response zero = api.as("sx-reviewer").post("/api/registers/plans", plan("sx-jyt", "2028", "0"));
    assertThat(zero.get("fields").get("ceiling").asText()).contains("应大于0");
    Response over =
        api.as("sx-reviewer")
            .post(
                "/api/registers/plans",
                plan("sx-jyt", "2028", "100", "OPERATIONS", "经费", "90", "GOLF", "", "-5"));
    assertThat(over.status()).isEqualTo(400);
    JsonNode fields = over.get("fields");
    assertThat(fields.get("items[1].category").asText()).contains("项目类别应为");
    assertThat(fields.get("items[1].description").asText()).isEqualTo("请填写项目说明");
    assertThat(fields.get("items[1].amount").asText()).contains("不能为负数");
    Response overCeiling =
        api.as("sx-reviewer")
            .post("/api/registers/plans", plan("sx-jyt", "2028", "100", "OPERATIONS", "经费", "120"));
    assertThat(overCeiling.get("fields").get("ceiling").asText())
        .contains("计划项目合计 120 万元，超过预算控制数 100 万元");
    assertThat(plans.find("sx-jyt", 2028)).isNull();
  }

  @Test
  void unitsAndOtherGovernmentsMayNotChangePlansNorReadOtherUnits() {
    AnnualPlan plan = plans.find("sx-jyt", 2026);
    for (String user : List.of("sx-jyt-staff", "sx-jyt-head", "sx-finance", "sl-reviewer")) {
      assertThat(api.as(user).post("/api/registers/plans", plan("sx-jyt", "2029", "100")).status())
          .as(user)
          .isEqualTo(403);
      assertThat(
              api.as(user)
                  .put("/api/registers/plans/" + plan.id(), Map.of("ceiling", "900"))
                  .status())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(plans.find("sx-jyt", 2029)).isNull();
    assertThat(plans.find("sx-jyt", 2026).ceiling()).isEqualByComparingTo("500");
    assertThat(api.as("sx-jtt-staff").get("/api/registers/plans?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(api.as("sl-reviewer").get("/api/registers/plans?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(
            Multipart.download(
                    api.as("sl-reviewer"), "/api/registers/plans/export.xlsx?unit=sx-jyt")
                .statusCode())
        .isEqualTo(403);
    assertThat(auditOf("plan:sx-jyt:2029")).isEmpty();
  }

  static byte[] workbook(List<String[]> rows) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("保障年度计划");
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
    DataFormatter formatter = new DataFormatter();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Row row : wb.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < HEADER.length; c++) {
          cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  Response upload(String user, byte[] file) {
    return Multipart.upload(
        api.as(user), "/api/registers/plans/import", "plans.xlsx", file, Map.of());
  }

  @Test
  void aGoodFileCreatesAndCorrectsPlansABadFileNamesEveryRowAndImportsNothing() throws Exception {
    assertThat(
            read(
                Multipart.download(api.as("sx-reviewer"), "/api/registers/plans/template.xlsx")
                    .body()))
        .containsExactly(List.of(HEADER));
    AnnualPlan jyt = plans.find("sx-jyt", 2026);
    PlanItem operations = plans.items(jyt).get(0);
    Response imported =
        upload(
            "sx-reviewer",
            workbook(
                List.of(
                    HEADER,
                    new String[] {"sx-jtt", "2027", "610", null, "机关运行经费", "机关运行经费", "400"},
                    new String[] {"sx-jtt", "2027", "610", null, "ENERGY", "节能改造", "30"},
                    new String[] {
                      "sx-jyt",
                      "2026",
                      "500",
                      String.valueOf(operations.id()),
                      "机关运行经费",
                      "机关运行经费",
                      "310"
                    })));
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.get("imported").asInt()).isEqualTo(3);
    AnnualPlan jtt = plans.find("sx-jtt", 2027);
    assertThat(jtt.ceiling()).isEqualByComparingTo("610");
    assertThat(plans.total(jtt)).isEqualByComparingTo("430");
    assertThat(plans.items(plans.find("sx-jyt", 2026)).get(0).amount()).isEqualByComparingTo("310");
    assertThat(plans.items(plans.find("sx-jyt", 2026))).hasSize(plans.items(jyt).size());

    Response refused =
        upload(
            "sx-reviewer",
            workbook(
                List.of(
                    HEADER,
                    new String[] {"sx-jtt", "2028", "", null, "机关运行经费", "经费", "10"},
                    new String[] {"sx-jyt", "2026", "500", "999999", "机关运行经费", "经费", "10"},
                    new String[] {"sx-jyt", "2026", "500", null, "高尔夫", "球场", "很多"},
                    new String[] {"sl-jyj", "2027", "100", null, "机关运行经费", "经费", "10"},
                    new String[] {"sx-jtt", "2029", "50", null, "机关运行经费", "经费", "60"})));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("message").asText()).contains("未导入任何数据");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : refused.get("errors")) {
      errors.add(
          e.get("row").asInt() + ":" + e.get("field").asText() + ":" + e.get("message").asText());
    }
    assertThat(errors)
        .anyMatch(e -> e.startsWith("2:ceiling:请填写预算控制数"))
        .anyMatch(e -> e.startsWith("3:id:项目 999999 不在本计划中"))
        .anyMatch(e -> e.startsWith("4:category:项目类别应为"))
        .anyMatch(e -> e.startsWith("4:amount:金额应为数字"))
        .anyMatch(e -> e.startsWith("5:unitCode:") && e.contains("示例市教育局"))
        .anyMatch(e -> e.startsWith("6:ceiling:计划项目合计 60 万元"));
    assertThat(plans.find("sx-jtt", 2028)).isNull();
    assertThat(plans.find("sx-jtt", 2029)).isNull();
    assertThat(plans.find("sl-jyj", 2027)).isNull();
    assertThat(plans.items(plans.find("sx-jyt", 2026))).hasSize(plans.items(jyt).size());
    assertThat(
            upload(
                    "sx-jyt-staff",
                    workbook(
                        List.of(
                            HEADER,
                            new String[] {"sx-jyt", "2031", "10", null, "ENERGY", "节能", "1"})))
                .status())
        .isEqualTo(403);
    assertThat(plans.find("sx-jyt", 2031)).isNull();
  }

  @Test
  void anExportReimportsToTheSamePlans() throws Exception {
    HttpResponse<byte[]> export =
        Multipart.download(api.as("sx-reviewer"), "/api/registers/plans/export.xlsx?unit=sx-jyt");
    assertThat(export.statusCode()).isEqualTo(200);
    List<List<String>> exported = read(export.body());
    AnnualPlan before = plans.find("sx-jyt", 2026);
    List<PlanItem> itemsBefore = plans.items(before);
    assertThat(exported).hasSize(itemsBefore.size() + 1);
    assertThat(exported.get(1)).contains("sx-jyt", "2026", "500", "机关运行经费");

    Response reimported = upload("sx-reviewer", export.body());
    assertThat(reimported.status()).as(reimported.text()).isEqualTo(200);
    AnnualPlan after = plans.find("sx-jyt", 2026);
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(plans.items(after))
        .usingRecursiveFieldByFieldElementComparatorIgnoringFields("amount")
        .containsExactlyElementsOf(itemsBefore);
    assertThat(
            read(
                Multipart.download(
                        api.as("sx-reviewer"), "/api/registers/plans/export.xlsx?unit=sx-jyt")
                    .body()))
        .isEqualTo(exported);
  }
}
