package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.codes;
import static cn.affairs.approval.asset.AssetForms.concat;
import static cn.affairs.approval.asset.AssetForms.disposal;
import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ApplicationWithdrawals;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.web.ApiException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of asset-transfer.bpmn, with what each does to the asset register. */
@AffairsTest
class AssetTransferProcessTest {

  static final List<String> IDLE_DESKTOPS = codes("JYT-TS17-", 26, 30);

  /** 58 desktops × 0.5 + 30 laptops × 0.7 = 50 万元: at the finance consent amount. */
  static final List<String> FIFTY_WAN =
      concat(
          codes("JYT-TS17-", 1, 30),
          codes("JYT-TS24-", 1, 28),
          codes("JYT-BJ18-", 1, 10),
          codes("JYT-BJ23-", 1, 20));

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired AssetMapper register;
  @Autowired ApplicationWithdrawals applications;
  @Autowired ProcessFamilies families;
  @Autowired Checks checks;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  ProcessInstance start(Map<String, Object> form) {
    return cases.instance(cases.start("sx-jyt-staff", "asset-transfer", form));
  }

  List<String> groups(String id, String taskKey) {
    return engine.getTaskService().getIdentityLinksForTask(cases.task(id, taskKey).getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  List<String> reserved(String id) {
    return register.reservedBy(id).stream().map(Asset::code).toList();
  }

  @Test
  void toWarehouseApprovedAllTheWayMovesTheAssetsIntoTheWarehouse() {
    // given
    ProcessInstance pi = start(toWarehouse(IDLE_DESKTOPS));
    String id = pi.getBusinessKey();
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(pi)
        .hasPassedInOrder(
            "Task_ReserveAssets",
            "Task_CheckRegister",
            "Task_CheckWarehouseFirst",
            "Task_CheckAllocationStandard",
            "Task_CheckServiceLife",
            "Task_CheckAssetValue");
    assertThat(reserved(id)).containsExactlyInAnyOrderElementsOf(IDLE_DESKTOPS);
    assertThat(groups(id, "Task_UnitHeadReview")).containsExactly("sx-jyt.UNIT_HEAD");
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(groups(id, "Task_BureauAssetReview")).containsExactly("sx.BUREAU_ASSET");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_Handover");
    assertThat(groups(id, "Task_Handover")).containsExactly("sx.BUREAU_ASSET");
    assertThat(cases.task(id, "Task_Handover").getAssignee()).isNull();
    cases.decide(id, "Task_Handover", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_MoveAssets", "EndEvent_Approved")
        .hasNotPassed("Task_AllocateWarehouseAssets", "Task_FinanceConsent");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    for (String code : IDLE_DESKTOPS) {
      Asset asset = register.find(code);
      assertThat(asset.status()).isEqualTo(Asset.IN_WAREHOUSE);
      assertThat(asset.warehouseGov()).isEqualTo("sx");
      assertThat(asset.holderUnit()).isNull();
      assertThat(asset.reservedBy()).isNull();
    }
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(65);
    assertThat(register.warehouse("sx")).hasSize(25);
    assertThat(register.movements(id))
        .hasSize(5)
        .allSatisfy(
            m -> {
              assertThat(m.fromHolder()).isEqualTo("sx-jyt");
              assertThat(m.toHolder()).isEqualTo("warehouse:sx");
              assertThat(m.transferType()).isEqualTo("TO_WAREHOUSE");
            });
  }

  @Test
  void fromWarehouseAllocatesTheOldestItemsAndTheApplicantConfirmsReceipt() {
    // given
    ProcessInstance pi = start(fromWarehouse("DESKTOP", 2));
    String id = pi.getBusinessKey();
    assertThat(reserved(id)).isEmpty();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    // when
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    // then
    assertThat(pi)
        .hasPassedInOrder("Task_AllocateWarehouseAssets", "Task_CheckAllocatedValue")
        .isWaitingAt("Task_Handover")
        .hasNotPassed("Task_FinanceConsent");
    assertThat(reserved(id)).containsExactly("SXGWC-TS18-001", "SXGWC-TS18-002");
    assertThat(cases.task(id, "Task_Handover").getAssignee()).isEqualTo("sx-jyt-staff");
    assertThat(groups(id, "Task_Handover")).isEmpty();
    cases.decide(id, "Task_Handover", "APPROVE");
    assertThat(pi).isEnded().hasPassed("Task_MoveAssets", "EndEvent_Approved");
    for (String code : List.of("SXGWC-TS18-001", "SXGWC-TS18-002")) {
      Asset asset = register.find(code);
      assertThat(asset.holderUnit()).isEqualTo("sx-jyt");
      assertThat(asset.warehouseGov()).isNull();
      assertThat(asset.status()).isEqualTo(Asset.IN_USE);
      assertThat(asset.reservedBy()).isNull();
    }
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(72);
    assertThat(register.movements(id)).extracting(AssetMovement::toHolder).containsOnly("sx-jyt");
  }

  @Test
  void valueAtTheConsentAmountGoesToFinanceBeforeHandover() {
    ProcessInstance pi = start(toWarehouse(FIFTY_WAN));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceConsent");
    assertThat(groups(id, "Task_FinanceConsent")).containsExactly("sx.FINANCE");
    cases.decide(id, "Task_FinanceConsent", "APPROVE");
    assertThat(pi).isWaitingAt("Task_Handover");
    cases.decide(id, "Task_Handover", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_FinanceConsent", "Task_MoveAssets", "EndEvent_Approved");
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(12);
    assertThat(register.countHeld("sx-jyt", "LAPTOP")).isZero();
    assertThat(register.movements(id)).hasSize(88);
  }

  @Test
  void fromWarehouseOfHighValueGoesToFinanceAfterAllocation() {
    // given four copiers worth 12.5 万元 each, older than the demo copiers
    for (int i = 1; i <= 4; i++) {
      register.insert(
          AssetForms.warehouseAsset(
              "TEST-FY-00" + i, "sx", AssetCategory.COPIER, LocalDate.of(2015, 1, i), "12.5"));
    }
    ProcessInstance pi = start(fromWarehouse("COPIER", 4));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    // when
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    // then
    assertThat(reserved(id))
        .containsExactly("TEST-FY-001", "TEST-FY-002", "TEST-FY-003", "TEST-FY-004");
    assertThat(cases.check(id, "assetValue").step()).isEqualTo("Task_CheckAllocatedValue");
    assertThat(pi).isWaitingAt("Task_FinanceConsent");
    cases.decide(id, "Task_FinanceConsent", "APPROVE");
    cases.decide(id, "Task_Handover", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(register.countHeld("sx-jyt", "COPIER")).isEqualTo(4);
  }

  @Test
  void disposalMarksTheAssetsDisposedAndKeepsTheirLastHolder() {
    List<String> old = codes("JYT-TS17-", 1, 3);
    ProcessInstance pi = start(disposal(old, false));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    // 1.5 万元, yet a disposal: 财政部门 consents (条例 第十五条第二款)
    assertThat(pi).isWaitingAt("Task_FinanceConsent");
    cases.decide(id, "Task_FinanceConsent", "APPROVE");
    assertThat(groups(id, "Task_Handover")).containsExactly("sx.BUREAU_ASSET");
    cases.decide(id, "Task_Handover", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_FinanceConsent", "Task_MoveAssets", "EndEvent_Approved");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    for (String code : old) {
      Asset asset = register.find(code);
      assertThat(asset.status()).isEqualTo(Asset.DISPOSED);
      assertThat(asset.holderUnit()).isEqualTo("sx-jyt");
      assertThat(asset.disposedOn()).isEqualTo(today);
    }
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(67);
    assertThat(register.movements(id)).extracting(AssetMovement::toHolder).containsOnlyNulls();
  }

  @Test
  void rejectedByUnitHeadReleasesTheAssets() {
    ProcessInstance pi = start(toWarehouse(IDLE_DESKTOPS));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_BureauAssetReview");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(reserved(id)).isEmpty();
    assertThat(register.find("JYT-TS17-026").status()).isEqualTo(Asset.IDLE);
  }

  @Test
  void rejectedByBureau() {
    ProcessInstance pi = start(disposal(codes("JYT-TS17-", 1, 2), false));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_Handover");
    assertThat(reserved(id)).isEmpty();
    assertThat(register.find("JYT-TS17-001").status()).isEqualTo(Asset.IN_USE);
  }

  @Test
  void rejectedByFinance() {
    ProcessInstance pi = start(toWarehouse(FIFTY_WAN));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    cases.decide(id, "Task_FinanceConsent", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_Handover");
    assertThat(reserved(id)).isEmpty();
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(70);
  }

  @Test
  void refusedAtHandoverReturnsTheWarehouseItems() {
    ProcessInstance pi = start(fromWarehouse("LAPTOP", 2));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    assertThat(reserved(id)).hasSize(2);
    cases.decide(id, "Task_Handover", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_MoveAssets");
    assertThat(reserved(id)).isEmpty();
    assertThat(register.warehouse("sx")).filteredOn(a -> a.category().equals("LAPTOP")).hasSize(5);
    assertThat(register.countHeld("sx-jyt", "LAPTOP")).isEqualTo(30);
  }

  @Test
  void returnedByEachApproverAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start(fromWarehouse("DESKTOP", 2));
    String id = pi.getBusinessKey();
    long firstCheck = cases.check(id, "allocationStandard").id();

    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jyt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "allocationStandard").id()).isGreaterThan(firstCheck);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    assertThat(reserved(id)).hasSize(2);
    cases.decide(id, "Task_Handover", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    // the allocation stays reserved while the applicant revises, and is released on resubmission
    assertThat(reserved(id)).hasSize(2);
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(reserved(id)).isEmpty();

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    cases.decide(id, "Task_Handover", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(register.countHeld("sx-jyt", "DESKTOP")).isEqualTo(72);
  }

  @Test
  void returnedByFinanceKeepsTheUnitsAssetsReserved() {
    ProcessInstance pi = start(toWarehouse(FIFTY_WAN));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "APPROVE");
    cases.decide(id, "Task_FinanceConsent", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(reserved(id)).hasSize(88);
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(reserved(id)).hasSize(88);
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
  }

  @Test
  void withdrawnAfterReturnReleasesTheAssets() {
    ProcessInstance pi = start(toWarehouse(IDLE_DESKTOPS));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssetReview", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(reserved(id)).isEmpty();
  }

  @Test
  void aPendingCaseHoldsItsAssetsUntilItIsWithdrawn() {
    // given
    String first = cases.start("sx-jyt-staff", "asset-transfer", toWarehouse(IDLE_DESKTOPS));
    // when another case lists one of the same assets, it is refused
    assertThatThrownBy(
            () ->
                cases.start(
                    "sx-jyt-staff", "asset-transfer", disposal(List.of("JYT-TS17-030"), false)))
        .isInstanceOfSatisfying(
            ApiException.class,
            e ->
                assertThat(e.fields().get("assets"))
                    .contains("JYT-TS17-030")
                    .contains(first)
                    .contains("已在其他申请中办理"));
    // then, once the first case is withdrawn (its process deleted, no end event), the asset is free
    // again
    applications.withdraw(cases.user("sx-jyt-staff"), first);
    String second =
        cases.start("sx-jyt-staff", "asset-transfer", disposal(List.of("JYT-TS17-030"), false));
    assertThat(reserved(second)).containsExactly("JYT-TS17-030");
  }

  @Test
  void theStepsOfTheRegulationMapExistInTheDiagramAndCoverTheFamilysArticles() {
    var family = families.find("asset-transfer").orElseThrow();
    var definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("asset-transfer")
            .latestVersion()
            .singleResult();
    var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    for (String activity : family.stepArticles().keySet()) {
      assertThat((Object) model.getModelElementById(activity)).as(activity).isNotNull();
    }
    Set<String> articles = new HashSet<>();
    family.stepArticles().values().forEach(articles::addAll);
    for (String rule :
        List.of(
            "assetRegister",
            "warehouseFirst",
            "allocationStandard",
            "minimumServiceLife",
            "assetValue")) {
      var check =
          checks.all().stream().filter(c -> c.rule().id().equals(rule)).findFirst().orElseThrow();
      articles.addAll(List.of(check.rule().articles()));
    }
    assertThat(articles)
        .contains("办法 第十四条", "办法 第十五条第一款", "条例 第十五条第二款", "条例 第二十六条第一款", "条例 第二十六条第二款");
  }

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    String id = cases.start("xl-jyj-staff", "asset-transfer", fromWarehouse("DESKTOP", 1));
    assertThat(groups(id, "Task_UnitHeadReview")).containsExactly("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(groups(id, "Task_BureauAssetReview")).containsExactly("xl.BUREAU_ASSET");
  }
}
