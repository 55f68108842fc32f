package cn.affairs.approval.executionreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 年度计划执行情况报告 (条例 第三十九条): units report the plan year's execution by the end of March of the next
 * year, the bureau by the end of June; a late or missing report is flagged for 督办 with the clause.
 * The plan year is two years back, so that every due day has passed.
 */
@AffairsTest
class ExecutionReportApiTest {

  static final String PATH = "/api/plan-execution-reports";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  ApiClient api;
  int year;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    year = LocalDate.now().getYear() - 2;
    jdbc.update("DELETE FROM plan_execution_report WHERE plan_year = ?", year);
  }

  Map<String, Object> report(String level, String unit, String reportedOn) {
    Map<String, Object> body = new HashMap<>();
    body.put("year", String.valueOf(year));
    body.put("level", level);
    if (unit != null) {
      body.put("unit", unit);
    }
    body.put("reportedOn", reportedOn);
    body.put("summary", "年度计划执行率 92%，结余资金按规定收回");
    return body;
  }

  static JsonNode line(JsonNode result, String code) {
    for (JsonNode u : result.get("units")) {
      if (code.equals(u.get("code").asText())) {
        return u;
      }
    }
    throw new AssertionError("no unit " + code + " in " + result);
  }

  @Test
  void tiaoli39_aUnitReportByTheEndOfMarchIsTimelyOneAfterItIsLateAndFlaggedForSupervision() {
    String due = (year + 1) + "-03-31";
    ApiClient.Response timely =
        api.as("sx-jyt-staff").post(PATH, report("UNIT", null, (year + 1) + "-03-31"));
    assertThat(timely.status()).as(timely.text()).isEqualTo(201);
    assertThat(timely.get("status").asText()).isEqualTo("ON_TIME");
    assertThat(timely.get("overdue").asBoolean()).isFalse();
    assertThat(timely.get("dueOn").asText()).isEqualTo(due);

    // the bureau records the report it received from 省交通运输厅, ten days late
    ApiClient.Response late =
        api.as("sx-reviewer").post(PATH, report("UNIT", "sx-jtt", (year + 1) + "-04-10"));
    assertThat(late.status()).as(late.text()).isEqualTo(201);
    assertThat(late.get("status").asText()).isEqualTo("LATE");
    assertThat(late.get("daysLate").asInt()).isEqualTo(10);
    assertThat(late.get("supervision").asText())
        .startsWith("督办：山西省交通运输厅")
        .contains("晚于 " + due, "第三十九条第一款");

    JsonNode all = api.as("sx-reviewer").get(PATH + "?year=" + year).body();
    assertThat(all.get("unitDueOn").asText()).isEqualTo(due);
    assertThat(all.get("bureauDueOn").asText()).isEqualTo((year + 1) + "-06-30");
    assertThat(all.get("basis").asText()).contains("第三十九条");
    assertThat(line(all, "sx-jyt").get("status").asText()).isEqualTo("ON_TIME");
    assertThat(line(all, "sx-jtt").get("overdue").asBoolean()).isTrue();
    // the bureau's own report to the government is missing after 30 June: overdue
    JsonNode bureau = all.get("bureau");
    assertThat(bureau.get("code").asText()).isEqualTo("sx-jgsw");
    assertThat(bureau.get("status").asText()).isEqualTo("OVERDUE");
    assertThat(bureau.get("supervision").asText()).contains("山西省机关事务管理局未在", "第三十九条第二款", "本级人民政府");
    assertThat(all.get("canRecordBureau").asBoolean()).isTrue();
  }

  @Test
  void tiaoli39_theBureausReportByTheEndOfJuneIsTimelyAndIsRecordedOnce() {
    ApiClient.Response filed =
        api.as("sx-reviewer").post(PATH, report("BUREAU", null, (year + 1) + "-06-30"));
    assertThat(filed.status()).as(filed.text()).isEqualTo(201);
    assertThat(filed.get("status").asText()).isEqualTo("ON_TIME");
    assertThat(filed.get("reportsTo").asText()).contains("本级人民政府", "财政部门");
    ApiClient.Response again =
        api.as("sx-director").post(PATH, report("BUREAU", null, (year + 1) + "-06-01"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.get("message").asText()).contains("已登记");
  }

  @Test
  void unitsSeeAndRecordTheirOwnReportOnly() {
    JsonNode own = api.as("sx-jtt-staff").get(PATH + "?year=" + year).body();
    assertThat(own.get("units")).hasSize(1);
    assertThat(own.get("units").get(0).get("code").asText()).isEqualTo("sx-jtt");
    assertThat(own.get("bureau").isNull()).isTrue();
    assertThat(own.get("canRecordBureau").asBoolean()).isFalse();
    ApiClient.Response other =
        api.as("sx-jtt-staff").post(PATH, report("UNIT", "sx-jyt", (year + 1) + "-03-01"));
    assertThat(other.status()).isEqualTo(403);
    ApiClient.Response bureau =
        api.as("sx-jtt-head").post(PATH, report("BUREAU", null, (year + 1) + "-03-01"));
    assertThat(bureau.status()).isEqualTo(403);
    assertThat(api.as("sl-reviewer").get(PATH + "?government=sx").status()).isEqualTo(403);
  }

  @Test
  void badInputIsNamedField() {
    Map<String, Object> body = report("UNIT", null, "2099-01-01");
    body.put("year", String.valueOf(LocalDate.now().getYear()));
    body.put("summary", " ");
    ApiClient.Response refused = api.as("sx-jyt-staff").post(PATH, body);
    assertThat(refused.status()).isEqualTo(400);
    JsonNode fields = refused.get("fields");
    assertThat(fields.get("year").asText()).contains("尚未结束");
    assertThat(fields.get("reportedOn").asText()).isEqualTo("报送日期不能晚于今天");
    assertThat(fields.get("summary").asText()).isEqualTo("请填写执行情况摘要");
    Map<String, Object> level = report("COUNTY", null, (year + 1) + "-03-01");
    assertThat(api.as("sx-jyt-staff").post(PATH, level).get("fields").get("level").asText())
        .contains("UNIT", "BUREAU");
    assertThat(api.as("sx-reviewer").get(PATH + "?year=twenty").get("fields").get("year").asText())
        .contains("四位数字");
  }
}
