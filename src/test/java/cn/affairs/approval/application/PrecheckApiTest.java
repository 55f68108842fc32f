package cn.affairs.approval.application;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 预审 (api.md: POST /api/applications/precheck): the checks a submission would run, starting
 * nothing.
 */
@AffairsTest
class PrecheckApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessFamilies families;
  @Autowired cn.affairs.approval.check.SubmissionChecks submissionChecks;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  Response precheck(String processKey, Map<String, Object> form) {
    Response checked =
        api.as("sx-jyt-staff")
            .post("/api/applications/precheck", Map.of("processKey", processKey, "form", form));
    assertThat(checked.status()).as(checked.text()).isEqualTo(200);
    return checked;
  }

  /** rule → verdict, message and basis. */
  static Map<String, List<String>> verdicts(JsonNode checks) {
    Map<String, List<String>> verdicts = new LinkedHashMap<>();
    checks.forEach(
        c ->
            verdicts.put(
                c.get("rule").asText(),
                List.of(
                    c.get("verdict").asText(),
                    c.get("message").asText(),
                    c.get("basis").asText())));
    return verdicts;
  }

  /** Counts of everything a submission writes. */
  Map<String, Long> written() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "application", "decision_log", "check_result", "ACT_RU_EXECUTION", "ACT_HI_PROCINST")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put(
        "sequence",
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(next_value), 0) FROM business_key_sequence", Long.class));
    return counts;
  }

  void returnsTheVerdictsOfASubmission(String processKey, Map<String, Object> form) {
    Map<String, Long> before = written();
    Response checked = precheck(processKey, form);
    assertThat(written()).as("预审 writes nothing").isEqualTo(before);
    assertThat(checked.get("valid").asBoolean()).as(checked.text()).isTrue();
    assertThat(checked.get("pending")).isEmpty();

    Response submitted =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jyt-staff"), processKey, form));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    Response detail =
        api.as("sx-jyt-staff").get("/api/applications/" + submitted.get("id").asText());
    assertThat(verdicts(checked.get("checks")))
        .isNotEmpty()
        .isEqualTo(verdicts(detail.get("checks")));
  }

  @Test
  void anOverStandardConstructionIsJudgedAsItsSubmissionWouldBe() {
    // 850 ㎡ now + 40 = 890 ㎡ against the 882 ㎡ of 教育厅's staffing
    returnsTheVerdictsOfASubmission("office-space-construction", expansion(40));
  }

  @Test
  void aVehiclePurchaseIsJudgedAsItsSubmissionWouldBe() {
    Map<String, Object> car = new HashMap<>();
    car.put("acquisitionType", "REPLACEMENT");
    car.put("replacedPlate", "晋A·J0005"); // bought 2022: too young to be renewed
    car.put("category", "OTHER");
    car.put("brand", "红旗");
    car.put("model", "H5");
    car.put("madeInChina", true);
    car.put("domesticBrand", true);
    car.put("energyType", "ICE");
    car.put("displacement", 2.0);
    car.put("price", 20);
    car.put("luxuryOptions", List.of("真皮座椅"));
    car.put("source", "PURCHASE");
    car.put("justification", "原车老化");
    returnsTheVerdictsOfASubmission("vehicle-purchase", car);
  }

  @Test
  void aWarehouseAllocationIsJudgedAsItsSubmissionWouldBe() {
    // 教育厅 holds 70 desktops; two more from the warehouse are judged against the equipment standard
    Map<String, Object> form = new HashMap<>();
    form.put("transferType", "FROM_WAREHOUSE");
    form.put("requests", List.of(Map.of("category", "DESKTOP", "quantity", 2)));
    form.put("reason", "新增编制人员办公需要");
    returnsTheVerdictsOfASubmission("asset-transfer", form);
  }

  @Test
  void aLeaseIsJudgedAsItsSubmissionWouldBe() {
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "LEASE");
    form.put("area", 120);
    form.put("location", "太原市小店区");
    form.put("counterparty", "某物业公司");
    form.put("use", "OFFICE");
    form.put("termMonths", 12);
    form.put("annualRent", 30);
    form.put("reason", "临时办公");
    returnsTheVerdictsOfASubmission("office-space-lease", form);
  }

  @Test
  void whileTheFormIsIncompleteTheChecksOfTheFilledFieldsAreJudged() {
    Map<String, Object> typing = new LinkedHashMap<>();
    typing.put("projectType", "EXPANSION");
    typing.put("addedOfficeRoomArea", 40);
    Map<String, Long> before = written();
    Response checked = precheck("office-space-construction", typing);
    assertThat(written()).isEqualTo(before);

    assertThat(checked.get("valid").asBoolean()).isFalse();
    assertThat(checked.get("errors").has("projectName")).isTrue();
    JsonNode area = find(checked.get("checks"), "officeRoomArea");
    assertThat(area.get("verdict").asText()).isEqualTo("FAIL");
    assertThat(area.get("message").asText()).isEqualTo("申请后办公室用房 890㎡，超过核定标准 882㎡");
    assertThat(area.get("basis").asText()).contains("党政机关办公用房建设标准");
    assertThat(area.get("fields").toString()).contains("addedOfficeRoomArea");
    List<String> pending = new ArrayList<>();
    checked.get("pending").forEach(p -> pending.add(p.get("rule").asText()));
    assertThat(pending).contains("tenderingThreshold", "agencyLand");

    // the applicant corrects the area: the verdict turns
    typing.put("addedOfficeRoomArea", 30);
    JsonNode corrected =
        find(precheck("office-space-construction", typing).get("checks"), "officeRoomArea");
    assertThat(corrected.get("verdict").asText()).isEqualTo("PASS");
    assertThat(corrected.get("message").asText()).contains("880㎡");
  }

  @Test
  void aWrongFieldIsNotJudgedButReported() {
    Map<String, Object> typing = new LinkedHashMap<>();
    typing.put("addedOfficeRoomArea", -5);
    Response checked = precheck("office-space-construction", typing);
    assertThat(checked.get("errors").has("addedOfficeRoomArea")).isTrue();
    assertThat(checked.get("checks").toString()).doesNotContain("officeRoomArea");
  }

  @Test
  void onlyApplicantsPrecheckAndOnlyKnownFamilies() {
    assertThat(
            api.as("sx-reviewer")
                .post(
                    "/api/applications/precheck",
                    Map.of("processKey", "office-space-construction", "form", expansion(1)))
                .status())
        .isEqualTo(403);
    Response unknown =
        api.as("sx-jyt-staff")
            .post("/api/applications/precheck", Map.of("processKey", "no-such", "form", Map.of()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.get("fields").has("processKey")).isTrue();
  }

  @Test
  void everyCheckASubmissionRunsNamesFieldsOfItsFamilysForm() {
    int checked = 0;
    for (ProcessFamily family : families.all()) {
      List<String> names = family.form().fields().stream().map(FormField::name).toList();
      var checks = submissionChecks.of(family.key());
      assertThat(checks).as(family.key()).isNotEmpty();
      for (var check : checks) {
        assertThat(check.rule().fields()).as(check.rule().id()).isNotEmpty();
        assertThat(names)
            .as(family.key() + " / " + check.rule().id())
            .contains(check.rule().fields());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(20);
  }

  static JsonNode find(JsonNode checks, String rule) {
    for (JsonNode c : checks) {
      if (c.get("rule").asText().equals(rule)) {
        return c;
      }
    }
    throw new AssertionError("no verdict of " + rule + " in " + checks);
  }
}
