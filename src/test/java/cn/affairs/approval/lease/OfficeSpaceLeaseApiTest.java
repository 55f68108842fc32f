package cn.affairs.approval.lease;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.officespace.OfficeSpaceMapper;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * office-space-lease through the HTTP API as the demo users: form validation and a case walked to
 * APPROVED.
 */
@AffairsTest
class OfficeSpaceLeaseApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;
  ApiClient api;

  @BeforeEach
  void init() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  ApiClient.Response submit(Map<String, Object> form) {
    return api.as("sx-jyt-staff")
        .post("/api/applications", Map.of("processKey", "office-space-lease", "form", form));
  }

  long mine() {
    return api.as("sx-jyt-staff")
        .get("/api/applications?scope=mine&processKey=office-space-lease")
        .get("total")
        .asLong();
  }

  static List<String> names(JsonNode object) {
    return StreamSupport.stream(((Iterable<String>) object::fieldNames).spliterator(), false)
        .toList();
  }

  @Test
  void theFamilyIsOfferedWithItsForm() {
    var processes = api.as("sx-jyt-staff").get("/api/processes");
    assertThat(processes.status()).isEqualTo(200);
    assertThat(processes.body().findValuesAsText("key")).contains("office-space-lease");
    var form = api.as("sx-jyt-staff").get("/api/processes/office-space-lease/form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.get("name").asText()).isEqualTo("办公用房租用、借用、置换");
    assertThat(form.get("fields").findValuesAsText("name"))
        .containsExactly(
            "mode",
            "area",
            "location",
            "counterparty",
            "termMonths",
            "annualRent",
            "use",
            "reason");
    assertThat(form.get("fields").get(0).get("options").findValuesAsText("label"))
        .containsExactly("租用", "借用", "置换");
  }

  @Test
  void anInvalidFormNamesEveryWrongFieldAndStartsNothing() {
    long before = mine();
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "RENT");
    form.put("area", -5);
    form.put("location", " ");
    form.put("termMonths", 1.5);
    form.put("annualRent", "很多");
    var response = submit(form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("error").asText()).isEqualTo("VALIDATION_FAILED");
    JsonNode fields = response.get("fields");
    assertThat(names(fields))
        .containsExactlyInAnyOrder(
            "mode",
            "area",
            "location",
            "counterparty",
            "termMonths",
            "annualRent",
            "use",
            "reason");
    assertThat(fields.get("mode").asText()).contains("租用(LEASE)", "借用(BORROW)", "置换(SWAP)");
    assertThat(fields.get("area").asText()).isEqualTo("办公室用房使用面积必须大于0㎡");
    assertThat(fields.get("termMonths").asText()).isEqualTo("期限必须是整数");
    assertThat(fields.get("counterparty").asText()).isEqualTo("对方单位为必填项");
    assertThat(mine()).isEqualTo(before);
  }

  @Test
  void areaAndTermHaveTheirBounds() {
    Map<String, Object> form = OfficeSpaceLeaseProcessTest.lease(0, 10);
    form.put("termMonths", 0);
    var response = submit(form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(names(response.get("fields"))).containsExactlyInAnyOrder("area", "termMonths");
    assertThat(response.get("fields").get("termMonths").asText()).isEqualTo("期限不能小于1个月");

    form = OfficeSpaceLeaseProcessTest.borrow(10);
    form.put("termMonths", 241);
    response = submit(form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").get("termMonths").asText()).isEqualTo("期限不能大于240个月");

    form.put("termMonths", 240);
    assertThat(submit(form).status()).isEqualTo(201);
  }

  @Test
  void aLeaseNeedsItsAnnualRent() {
    Map<String, Object> form = OfficeSpaceLeaseProcessTest.lease(20, 10);
    form.remove("annualRent");
    var response = submit(form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(names(response.get("fields"))).containsExactly("annualRent");
    assertThat(response.get("fields").get("annualRent").asText()).isEqualTo("租用办公用房须填写年租金");

    form.put("annualRent", 0);
    response = submit(form);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").get("annualRent").asText()).isEqualTo("年租金必须大于0万元");
  }

  @Test
  void borrowingAndSwappingRefuseAnAnnualRent() {
    Map<String, Object> borrow = OfficeSpaceLeaseProcessTest.borrow(20);
    borrow.put("annualRent", 5);
    var response = submit(borrow);
    assertThat(response.status()).isEqualTo(400);
    assertThat(names(response.get("fields"))).containsExactly("annualRent");
    assertThat(response.get("fields").get("annualRent").asText()).isEqualTo("借用办公用房不支付租金，不能填写年租金");

    Map<String, Object> swap = OfficeSpaceLeaseProcessTest.swap(20);
    swap.put("annualRent", 5);
    response = submit(swap);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.get("fields").get("annualRent").asText()).isEqualTo("置换办公用房不支付租金，不能填写年租金");
  }

  /** The open step's task id, as the user who acts on it sees the case. */
  String openTask(String id, String user, String taskKey) {
    var detail = api.as(user).get("/api/applications/" + id);
    assertThat(detail.status()).isEqualTo(200);
    JsonNode steps = detail.get("currentSteps");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).get("taskKey").asText()).isEqualTo(taskKey);
    return steps.get(0).get("taskId").asText();
  }

  ApiClient.Response complete(
      String id, String user, String taskKey, String decision, String comment) {
    Map<String, Object> body = new HashMap<>();
    body.put("decision", decision);
    body.put("comment", comment);
    body.put("form", Map.of());
    return api.as(user).post("/api/tasks/" + openTask(id, user, taskKey) + "/complete", body);
  }

  @Test
  void aLeaseWalksThroughEveryStepToApprovedAndEntersTheRegister() {
    // given
    var started = submit(OfficeSpaceLeaseProcessTest.lease(20, 8));
    assertThat(started.status()).isEqualTo(201);
    String id = started.get("id").asText();
    assertThat(id).matches("ZY-\\d{4}-\\d{4}");
    assertThat(started.get("status").asText()).isEqualTo("RUNNING");
    assertThat(started.get("title").asText()).isEqualTo("租用办公用房 20㎡（太原市小店区长治路 8 号 3 层）");
    JsonNode checks = started.get("checks");
    assertThat(checks.findValuesAsText("rule"))
        .containsExactly("idleSpaceFirst", "leasedOfficeArea", "leasedSpaceUse");
    assertThat(checks.get(0).get("verdict").asText()).isEqualTo("WARN");
    assertThat(checks.get(1).get("verdict").asText()).isEqualTo("PASS");
    assertThat(checks.get(2).get("verdict").asText()).isEqualTo("PASS");
    assertThat(checks.get(1).get("message").asText()).contains("870㎡", "882㎡");

    // when
    assertThat(complete(id, "sx-jyt-head", "Task_UnitHeadReview", "APPROVE", null).status())
        .isEqualTo(200);
    assertThat(
            complete(
                    id,
                    "sx-reviewer",
                    "Task_BureauOpinion",
                    "APPROVE",
                    "省直机关集中办公区 B 座 5 层已安排他用，同意租用")
                .status())
        .isEqualTo(200);
    assertThat(complete(id, "sx-finance", "Task_FinanceOpinion", "APPROVE", "租金已列入部门预算").status())
        .isEqualTo(200);
    var last = complete(id, "sx-gov", "Task_GovernmentApproval", "APPROVE", null);

    // then
    assertThat(last.status()).isEqualTo(200);
    assertThat(last.get("status").asText()).isEqualTo("APPROVED");
    assertThat(last.get("currentSteps")).isEmpty();
    assertThat(last.get("timeline").findValuesAsText("stepKey"))
        .containsExactly(
            "StartEvent_Submitted",
            "Task_UnitHeadReview",
            "Task_BureauOpinion",
            "Task_FinanceOpinion",
            "Task_GovernmentApproval",
            "Task_GovernmentApproval");
    // the diagram's affairs.cc property copies the government's decision to the bureau's leaders
    var copied = last.get("timeline").get(5);
    assertThat(copied.get("decision").asText()).isEqualTo("CC");
    assertThat(copied.get("comment").asText()).isEqualTo("抄送：山西省 机关事务局领导");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertThat(register.ofUnit("sx-jyt"))
        .filteredOn(s -> id.equals(s.sourceApplication()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ownership()).isEqualTo("LEASED");
              assertThat(s.area()).isEqualByComparingTo("20");
              assertThat(s.endDate()).isEqualTo(today.plusMonths(24));
            });
    assertThat(register.occupiedArea("sx-jyt", today)).isEqualByComparingTo("870");
  }

  @Test
  void aBorrowOverTheStandardNeedsAReasonToApproveAndSkipsFinance() {
    var started = submit(OfficeSpaceLeaseProcessTest.borrow(33));
    String id = started.get("id").asText();
    assertThat(started.get("checks").get(1).get("verdict").asText()).isEqualTo("FAIL");
    assertThat(complete(id, "sx-jyt-head", "Task_UnitHeadReview", "APPROVE", null).status())
        .isEqualTo(400);
    assertThat(complete(id, "sx-jyt-head", "Task_UnitHeadReview", "APPROVE", "临时借用，到期即退还").status())
        .isEqualTo(200);
    assertThat(complete(id, "sx-reviewer", "Task_BureauOpinion", "APPROVE", "同意，期满退还").status())
        .isEqualTo(200);
    var last = complete(id, "sx-gov", "Task_GovernmentApproval", "APPROVE", "同意");
    assertThat(last.get("status").asText()).isEqualTo("APPROVED");
    assertThat(last.get("timeline").findValuesAsText("stepKey"))
        .doesNotContain("Task_FinanceOpinion");
    assertThat(register.ofUnit("sx-jyt"))
        .filteredOn(s -> id.equals(s.sourceApplication()))
        .singleElement()
        .satisfies(s -> assertThat(s.ownership()).isEqualTo("BORROWED"));
  }

  @Test
  void rejectAndReturnNeedAComment() {
    String id = submit(OfficeSpaceLeaseProcessTest.swap(20)).get("id").asText();
    assertThat(complete(id, "sx-jyt-head", "Task_UnitHeadReview", "REJECT", null).status())
        .isEqualTo(400);
    assertThat(
            complete(id, "sx-jyt-head", "Task_UnitHeadReview", "RETURN", "请说明置换对方提供的房屋情况")
                .get("status")
                .asText())
        .isEqualTo("RETURNED");
    Map<String, Object> revised = OfficeSpaceLeaseProcessTest.swap(20);
    revised.put("annualRent", 3);
    var refused =
        api.as("sx-jyt-staff")
            .post(
                "/api/tasks/"
                    + openTask(id, "sx-jyt-staff", "Task_ReviseApplication")
                    + "/complete",
                Map.of("decision", "RESUBMIT", "form", revised));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(names(refused.get("fields"))).containsExactly("annualRent");
    revised.remove("annualRent");
    revised.put("reason", "置换对方提供同等面积房屋，互换使用两年");
    var resubmitted =
        api.as("sx-jyt-staff")
            .post(
                "/api/tasks/"
                    + openTask(id, "sx-jyt-staff", "Task_ReviseApplication")
                    + "/complete",
                Map.of("decision", "RESUBMIT", "form", revised));
    assertThat(resubmitted.status()).isEqualTo(200);
    assertThat(resubmitted.get("status").asText()).isEqualTo("RUNNING");
    assertThat(resubmitted.get("form").get("reason").asText()).isEqualTo("置换对方提供同等面积房屋，互换使用两年");
  }

  @Test
  void banfa19_2_aLeaseDeclaredForSublettingIsRefusedAtEveryStepWhateverTheComment() {
    Map<String, Object> form = OfficeSpaceLeaseProcessTest.lease(20, 8);
    form.put("use", "SUBLET");
    var started = submit(form);
    assertThat(started.status()).as(started.text()).isEqualTo(201);
    String id = started.get("id").asText();
    JsonNode use = null;
    for (JsonNode check : started.get("checks")) {
      if (check.path("rule").asText().equals("leasedSpaceUse")) {
        use = check;
      }
    }
    assertThat(use.path("verdict").asText()).isEqualTo("FAIL");
    assertThat(use.path("message").asText()).contains("转租他人", "不得出租、出借办公用房或者改变办公用房使用功能");
    assertThat(use.path("basis").asText()).contains("第十九条第二款");
    for (String comment : new String[] {null, "转租部分仅为临时安排"}) {
      var refused = complete(id, "sx-jyt-head", "Task_UnitHeadReview", "APPROVE", comment);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.get("fields").path("decision").asText())
          .isEqualTo("「租用、借用、置换办公用房的用途」（办法 第十九条第二款）不符合禁止性规定，任何环节都不得同意；请退回申请人修改或不同意");
    }
    var returned = complete(id, "sx-jyt-head", "Task_UnitHeadReview", "RETURN", "租用办公用房不得转租，请改正");
    assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
  }

  @Test
  void banfa19_2_theUseMustBeDeclaredAndBeOneOfTheOffered() {
    Map<String, Object> form = OfficeSpaceLeaseProcessTest.borrow(20);
    form.remove("use");
    var missing = submit(form);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.get("fields").path("use").asText()).isEqualTo("用途为必填项");
    form.put("use", "RENT_OUT");
    var unknown = submit(form);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.get("fields").path("use").asText()).contains("本单位办公自用(OFFICE)");
  }

  @Test
  void theApplicantMayWithdrawBeforeAnyDecision() {
    String id = submit(OfficeSpaceLeaseProcessTest.borrow(10)).get("id").asText();
    assertThat(api.as("sx-jtt-head").get("/api/applications/" + id).status()).isEqualTo(403);
    var withdrawn = api.as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(register.ofUnit("sx-jyt")).noneMatch(s -> id.equals(s.sourceApplication()));
  }
}
