package cn.affairs.approval.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * GET /api/plans/{unit}/{year}: the plan, its items with their applications, every version with its
 * diff.
 */
@AffairsTest
class PlanViewApiTest {

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

  JsonNode plan(String user, String path) {
    ApiClient.Response response = api.as(user).get("/api/plans/" + path);
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.body();
  }

  static JsonNode item(JsonNode plan, String description) {
    for (JsonNode item : plan.get("items")) {
      if (description.equals(item.get("description").asText())) {
        return item;
      }
    }
    throw new AssertionError("no item " + description);
  }

  @Test
  void theDemoPlanAsIssued() {
    JsonNode plan = plan("sx-jyt-staff", "sx-jyt/2026");
    assertThat(plan.get("unit").get("name").asText()).isEqualTo("山西省教育厅");
    assertThat(plan.get("year").asInt()).isEqualTo(2026);
    assertThat(plan.get("ceiling").decimalValue()).isEqualByComparingTo("500");
    assertThat(plan.get("total").decimalValue()).isEqualByComparingTo("420");
    assertThat(plan.get("remaining").decimalValue()).isEqualByComparingTo("80");
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(plan.get("basis").asText()).isEqualTo("山西省机关运行保障条例（草案） 第三十三、三十七条");
    assertThat(plan.get("categories").findValuesAsText("categoryName"))
        .containsExactly("机关运行经费", "办公用房配置维修", "公务用车配备更新", "通用资产配置");
    assertThat(plan.get("items")).hasSize(4);
    assertThat(item(plan, "机关运行经费").get("applications")).isEmpty();
    assertThat(plan.get("versions")).hasSize(1);
    JsonNode first = plan.get("versions").get(0);
    assertThat(first.get("application").isNull()).isTrue();
    assertThat(first.get("changes").findValuesAsText("change")).containsOnly("ADDED").hasSize(4);
  }

  @Test
  void everyVersionShowsWhatChangedAndWhichApplicationChangedIt() {
    long operations = item(plan("sx-reviewer", "sx-jyt/2026"), "机关运行经费").get("id").asLong();
    String change =
        walk.approvedPlanChange(
            2026,
            List.of(
                ReportCases.existing(operations, "320"),
                ReportCases.added("ENERGY", "办公楼照明节能改造", "30")),
            true);
    String repair = walk.majorRepairUpToImplementation(25);

    JsonNode plan = plan("sx-jyt-head", "sx-jyt/2026");
    assertThat(plan.get("total").decimalValue()).isEqualByComparingTo("495");
    assertThat(plan.get("remaining").decimalValue()).isEqualByComparingTo("5");
    assertThat(plan.get("version").asInt()).isEqualTo(3);
    JsonNode versions = plan.get("versions");
    assertThat(versions).hasSize(3);

    JsonNode second = versions.get(1);
    assertThat(second.get("version").asInt()).isEqualTo(2);
    assertThat(second.get("total").decimalValue()).isEqualByComparingTo("470");
    assertThat(second.get("application").get("id").asText()).isEqualTo(change);
    assertThat(second.get("application").get("processKey").asText()).isEqualTo("plan-change");
    assertThat(second.get("application").get("statusLabel").asText()).isEqualTo("已批准");
    assertThat(second.get("changes")).hasSize(2);
    JsonNode raised = second.get("changes").get(0);
    assertThat(raised.get("change").asText()).isEqualTo("CHANGED");
    assertThat(raised.get("description").asText()).isEqualTo("机关运行经费");
    assertThat(raised.get("before").decimalValue()).isEqualByComparingTo("300");
    assertThat(raised.get("after").decimalValue()).isEqualByComparingTo("320");
    JsonNode added = second.get("changes").get(1);
    assertThat(added.get("change").asText()).isEqualTo("ADDED");
    assertThat(added.get("categoryName").asText()).isEqualTo("节能改造");
    assertThat(added.get("before").decimalValue()).isEqualByComparingTo("0");
    assertThat(added.get("after").decimalValue()).isEqualByComparingTo("30");

    JsonNode third = versions.get(2);
    assertThat(third.get("application").get("id").asText()).isEqualTo(repair);
    assertThat(third.get("application").get("status").asText()).isEqualTo("RUNNING");
    assertThat(third.get("changes").get(0).get("category").asText()).isEqualTo("OFFICE_REPAIR");

    assertThat(item(plan, "机关运行经费").get("applications").findValuesAsText("id"))
        .containsExactly(change);
    assertThat(item(plan, "机关运行经费").get("amount").decimalValue()).isEqualByComparingTo("320");
    assertThat(item(plan, "办公楼照明节能改造").get("createdBy").asText()).isEqualTo(change);
    assertThat(item(plan, "公务用车运行维护").get("applications")).isEmpty();
    assertThat(plan.get("categories").findValuesAsText("category"))
        .containsExactly(
            "OPERATIONS", "OFFICE_SPACE", "OFFICE_REPAIR", "VEHICLES", "ENERGY", "ASSETS");
  }

  @Test
  void aUnitSeesOnlyItsOwnPlan() {
    for (String user : List.of("sx-jyt-staff", "sx-jyt-head")) {
      ApiClient.Response denied = api.as(user).get("/api/plans/sx-jtt/2026");
      assertThat(denied.status()).isEqualTo(403);
      assertThat(denied.get("message").asText()).isEqualTo("只能查看本单位的计划");
    }
    assertThat(api.as("sl-reviewer").get("/api/plans/sx-jyt/2026").status()).isEqualTo(403);
    assertThat(plan("sx-finance", "sx-jtt/2026").get("total").decimalValue())
        .isEqualByComparingTo("430");
    assertThat(plan("admin", "xl-jyj/2026").get("ceiling").decimalValue())
        .isEqualByComparingTo("100");
    assertThat(api.as("sx-reviewer").get("/api/plans/sx-jyt/2031").status()).isEqualTo(404);
    assertThat(api.as("sx-reviewer").get("/api/plans/nope/2026").status()).isEqualTo(404);
    ApiClient.Response year = api.as("sx-reviewer").get("/api/plans/sx-jyt/twenty");
    assertThat(year.status()).isEqualTo(400);
    assertThat(year.get("fields").get("year").asText()).isEqualTo("年度必须是四位数字，例如 2026");
  }
}
