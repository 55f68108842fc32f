package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static cn.affairs.approval.vehicle.VehicleCases.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * vehicle-purchase through the HTTP API as the demo users: form validation and a case walked to
 * APPROVED.
 */
@AffairsTest
class VehiclePurchaseApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired VehicleMapper register;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(String user, Object form) {
    return api.as(user)
        .post(
            "/api/applications",
            form instanceof Map<?, ?> fields
                ? Multipart.submission(api.as(user), "vehicle-purchase", toStrings(fields))
                : Map.of("processKey", "vehicle-purchase", "form", form));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> toStrings(Map<?, ?> fields) {
    return (Map<String, ?>) fields;
  }

  /** The open task of the case at {@code taskKey}, as the user sees it. */
  String taskId(String user, String id, String taskKey) {
    JsonNode detail = api.as(user).get("/api/applications/" + id).body();
    for (JsonNode step : detail.path("currentSteps")) {
      if (taskKey.equals(step.path("taskKey").asText())) {
        return step.path("taskId").asText();
      }
    }
    throw new AssertionError(id + " is not at " + taskKey + ": " + detail.path("currentSteps"));
  }

  ApiClient.Response complete(
      String user,
      String id,
      String taskKey,
      String decision,
      String comment,
      Map<String, Object> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", form);
    return api.as(user).post("/api/tasks/" + taskId(user, id, taskKey) + "/complete", body);
  }

  static Map<String, Object> procurement(Object finalPrice, String plate) {
    Map<String, Object> form = new HashMap<>();
    form.put("supplier", "山西省政府采购中心定点供应商");
    form.put("finalPrice", finalPrice);
    form.put("plate", plate);
    return form;
  }

  @Test
  void theFormIsDescribedForThePortal() {
    ApiClient.Response form = api.as("sx-jyt-staff").get("/api/processes/vehicle-purchase/form");
    assertThat(form.status()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    form.body().findValues("name").forEach(n -> names.add(n.asText()));
    assertThat(names)
        .contains(
            "acquisitionType",
            "category",
            "model",
            "brand",
            "madeInChina",
            "domesticBrand",
            "energyType",
            "displacement",
            "price",
            "luxuryOptions",
            "source",
            "replacedPlate",
            "justification");
  }

  @Test
  void anEmptyFormNamesEveryRequiredField() {
    ApiClient.Response response = submit("sx-jyt-staff", Map.of());
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder(
            "acquisitionType",
            "category",
            "brand",
            "model",
            "madeInChina",
            "domesticBrand",
            "energyType",
            "price",
            "source",
            "justification");
    assertThat(response.get("fields").path("price").asText()).isEqualTo("价格为必填项");
  }

  @Test
  void wrongValuesAreNamedAllAtOnce() {
    Map<String, Object> form = newCar();
    form.put("price", -1);
    form.put("energyType", "DIESEL");
    form.put("madeInChina", "yes");
    form.put("source", "GIFT");
    form.put("displacement", 0);
    ApiClient.Response response = submit("sx-jyt-staff", form);
    assertThat(response.status()).isEqualTo(400);
    JsonNode fields = response.get("fields");
    assertThat(fields.properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("price", "energyType", "madeInChina", "source", "displacement");
    assertThat(fields.path("price").asText()).isEqualTo("价格必须大于0万元");
    assertThat(fields.path("energyType").asText()).startsWith("能源类型的取值无效");
  }

  @Test
  void displacementIsRefusedForBatteryCarsAndRequiredForFuelCars() {
    Map<String, Object> bev = newCar();
    bev.put("displacement", 1.5);
    bev.put("replacedPlate", "晋A·J0001");
    ApiClient.Response response = submit("sx-jyt-staff", bev);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("displacement", "replacedPlate");
    assertThat(response.get("fields").path("displacement").asText()).isEqualTo("纯电动汽车没有排气量，请不要填写");
    assertThat(response.get("fields").path("replacedPlate").asText())
        .isEqualTo("新增配备不涉及被更新车辆，请不要填写被更新车辆号牌");

    for (String energy : List.of("ICE", "PHEV")) {
      Map<String, Object> fuel = newCar();
      fuel.put("energyType", energy);
      ApiClient.Response missing = submit("sx-jyt-staff", fuel);
      assertThat(missing.status()).isEqualTo(400);
      assertThat(missing.get("fields").path("displacement").asText()).endsWith("车须填写排气量");
    }
  }

  @Test
  void replacementNeedsAPlateOfTheApplyingUnit() {
    Map<String, Object> form = replacing("晋A·J0001");
    form.remove("replacedPlate");
    assertThat(submit("sx-jyt-staff", form).get("fields").path("replacedPlate").asText())
        .isEqualTo("更新车辆须填写被更新车辆号牌");
    // a car of 省交通运输厅
    assertThat(
            submit("sx-jyt-staff", replacing("晋A·T0001"))
                .get("fields")
                .path("replacedPlate")
                .asText())
        .isEqualTo("号牌 晋A·T0001 不是本单位登记的公务用车");
    assertThat(
            submit("sx-jyt-staff", replacing("晋A·Z9999"))
                .get("fields")
                .path("replacedPlate")
                .asText())
        .isEqualTo("号牌 晋A·Z9999 不是本单位登记的公务用车");
    assertThat(
            submit("sx-jyt-staff", replacing("J0001")).get("fields").path("replacedPlate").asText())
        .isEqualTo("号牌格式不正确（如 晋A·J0001）");
    // written another way, it is the same car
    ApiClient.Response ok = submit("sx-jyt-staff", replacing("晋aj0001"));
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.get("id").asText()).startsWith("CL-");
    JsonNode detail =
        api.as("sx-jyt-staff").get("/api/applications/" + ok.get("id").asText()).body();
    assertThat(detail.path("form").path("replacedPlate").asText()).isEqualTo("晋A·J0001");
    assertThat(detail.path("form").path("luxuryOptions").isArray()).isTrue();
    assertThat(detail.path("title").asText()).isEqualTo("更新公务用车：比亚迪 秦PLUS EV（替换 晋A·J0001）");
  }

  @Test
  void aReplacementWalksThroughEveryStepToApprovedAndChangesTheRegister() {
    // 省教育厅 replaces 晋A·J0001 (2016, 262,000 km) with a battery-electric car
    ApiClient.Response created = submit("sx-jyt-staff", replacing("晋A·J0001"));
    assertThat(created.status()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(created.get("checks")).hasSize(8);
    created
        .get("checks")
        .forEach(
            c ->
                assertThat(c.path("verdict").asText())
                    .as(c.path("rule").asText())
                    .isEqualTo("PASS"));

    // someone else's head may not decide
    String headTask = taskId("sx-jyt-head", id, "Task_UnitHeadReview");
    assertThat(
            api.as("sx-jtt-head")
                .post("/api/tasks/" + headTask + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(403);
    assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", null, null).status())
        .isEqualTo(200);
    assertThat(
            complete("sx-vehicle", id, "Task_BureauVehicleReview", "APPROVE", "符合编制和配备标准", null)
                .status())
        .isEqualTo(200);
    assertThat(complete("sx-finance", id, "Task_FinanceReview", "APPROVE", "预算已安排", null).status())
        .isEqualTo(200);

    // 集中采购: the step form is required to approve, and the plate must be new to the register
    ApiClient.Response empty =
        complete("sx-vehicle", id, CentralProcurement.TASK, "APPROVE", null, Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.get("fields").properties())
        .extracting(Map.Entry::getKey)
        .containsExactlyInAnyOrder("supplier", "finalPrice", "plate");
    ApiClient.Response taken =
        complete(
            "sx-vehicle",
            id,
            CentralProcurement.TASK,
            "APPROVE",
            null,
            procurement(17.6, "晋A·J0002"));
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.get("fields").path("plate").asText()).startsWith("号牌 晋A·J0002 已在公务用车登记簿中");
    ApiClient.Response badPlate =
        complete(
            "sx-vehicle", id, CentralProcurement.TASK, "APPROVE", null, procurement(17.6, "J0007"));
    assertThat(badPlate.get("fields").path("plate").asText()).isEqualTo("号牌格式不正确（如 晋A·J0007）");

    // over the new-energy cap of 18 万元: back to 集中采购
    ApiClient.Response over =
        complete(
            "sx-vehicle",
            id,
            CentralProcurement.TASK,
            "APPROVE",
            null,
            procurement(18.5, "晋A·J0007"));
    assertThat(over.status()).isEqualTo(200);
    assertThat(over.get("status").asText()).isEqualTo("RUNNING");
    assertThat(over.get("currentSteps"))
        .singleElement()
        .satisfies(s -> assertThat(s.path("taskKey").asText()).isEqualTo(CentralProcurement.TASK));
    JsonNode fail = finalPriceCheck(over.body());
    assertThat(fail.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(fail.path("message").asText()).isEqualTo("成交价格 18.5 万元，超过新能源汽车（按新能源轿车标准）价格上限 18 万元");
    assertThat(register.byPlate("晋A·J0007")).isNull();

    // the final-price FAIL is checked again on the new price, so re-procuring is no override
    ApiClient.Response done =
        complete(
            "sx-vehicle",
            id,
            CentralProcurement.TASK,
            "APPROVE",
            null,
            procurement(17.6, "晋aj0007"));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(
            done.get("timeline").get(done.get("timeline").size() - 1).get("override").asBoolean())
        .isFalse();
    assertThat(done.get("status").asText()).isEqualTo("APPROVED");
    assertThat(finalPriceCheck(done.body()).path("verdict").asText()).isEqualTo("PASS");
    assertThat(done.get("timeline").findValuesAsText("stepKey"))
        .containsSubsequence(
            "StartEvent_Submitted",
            "Task_UnitHeadReview",
            "Task_BureauVehicleReview",
            "Task_FinanceReview",
            CentralProcurement.TASK,
            CentralProcurement.TASK);

    // the register: the new car in use at the final price, the old one awaiting disposal
    Vehicle bought = register.byPlate("晋A·J0007");
    assertThat(bought.unitCode()).isEqualTo("sx-jyt");
    assertThat(bought.status()).isEqualTo(Vehicle.ACTIVE);
    assertThat(bought.price()).isEqualByComparingTo("17.6");
    assertThat(bought.purchaseDate()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
    assertThat(bought.sourceApplication()).isEqualTo(id);
    assertThat(register.byPlate("晋A·J0001").status()).isEqualTo(Vehicle.TO_DISPOSE);
    assertThat(register.activeCount("sx-jyt")).isEqualTo(6);
  }

  @Test
  void banfa23_aNewCarAtTheQuotaFailsAndCannotBeApprovedOnlyReturned() {
    ApiClient.Response created = submit("sx-jyt-staff", newCar());
    String id = created.get("id").asText();
    JsonNode quota = null;
    for (JsonNode c : created.get("checks")) {
      if ("vehicleQuota".equals(c.path("rule").asText())) {
        quota = c;
      }
    }
    assertThat(quota.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(quota.path("message").asText()).isEqualTo("本单位在用公务用车 6 辆，新增后 7 辆，超过编制 6 辆");
    ApiClient.Response silent =
        complete("sx-jyt-head", id, "Task_UnitHeadReview", "APPROVE", "确需增加", null);
    assertThat(silent.status()).isEqualTo(400);
    assertThat(silent.get("fields").path("decision").asText()).contains("不得超出标准");
    ApiClient.Response returned =
        complete("sx-jyt-head", id, "Task_UnitHeadReview", "RETURN", "已满编，请改为更新", null);
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
    // the applicant turns it into a replacement of the old car, with the old car's renewal proof
    // (a required document of a replacement): the checks run again and pass
    assertThat(
            Multipart.upload(
                    api.as("sx-jyt-staff"),
                    "/api/applications/" + id + "/attachments",
                    "报废证明.pdf",
                    Multipart.pdf("renewal"),
                    Map.of("documentType", "RENEWAL_PROOF"))
                .status())
        .isEqualTo(201);
    ApiClient.Response resubmitted =
        complete(
            "sx-jyt-staff", id, "Task_ReviseApplication", "RESUBMIT", null, replacing("晋A·J0001"));
    assertThat(resubmitted.status()).isEqualTo(200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RUNNING");
    resubmitted
        .get("checks")
        .forEach(c -> assertThat(c.path("verdict").asText()).isEqualTo("PASS"));
  }

  static JsonNode finalPriceCheck(JsonNode detail) {
    for (JsonNode c : detail.path("checks")) {
      if ("vehicleFinalPrice".equals(c.path("rule").asText())) {
        return c;
      }
    }
    throw new AssertionError("no final price check in " + detail.path("checks"));
  }
}
