package cn.affairs.approval.construction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.plan.AnnualPlanMapper;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of office-space-construction.bpmn. */
@AffairsTest
class OfficeSpaceConstructionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired AnnualPlanMapper plans;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  /** An expansion below the DRC/finance amounts: no parallel opinions. */
  static Map<String, Object> expansion(double cost) {
    Map<String, Object> form = new HashMap<>();
    form.put("projectType", "EXPANSION");
    form.put("projectName", "办公楼扩建");
    form.put("location", "太原市迎泽区");
    form.put("addedOfficeRoomArea", 20);
    form.put("addedBasicOfficeArea", 20);
    form.put("addedBuildingArea", 30);
    form.put("estimatedCost", cost);
    form.put("fundingSource", "FISCAL");
    form.put("necessity", "编制增加，现有用房不足");
    form.put("usesAgencyLand", false);
    return form;
  }

  static Map<String, Object> newBuild() {
    Map<String, Object> form = expansion(300);
    form.put("projectType", "NEW_BUILD");
    return form;
  }

  ProcessInstance start(Map<String, Object> form) {
    String id = cases.start("sx-jyt-staff", "office-space-construction", form);
    return cases.instance(id);
  }

  @Test
  void approvedAllTheWayWithoutOpinions() {
    // given
    ProcessInstance pi = start(expansion(300));
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(pi)
        .hasPassedInOrder(
            "Task_CheckOfficeRoomArea",
            "Task_CheckUsableAreaCoefficient",
            "Task_CheckTendering",
            "Task_CheckAgencyLand");
    // when
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    cases.decide(pi.getBusinessKey(), "Task_GovernmentApproval", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_EnterAnnualPlan", "EndEvent_Approved")
        .hasNotPassed("SubProcess_Opinions");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.APPROVED);
    var plan =
        plans.find(
            "sx-jyt", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
    List<PlanItem> entered =
        plans.items(plan.id()).stream()
            .filter(i -> pi.getBusinessKey().equals(i.sourceApplication()))
            .toList();
    assertThat(entered)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.amount()).isEqualByComparingTo("300");
              assertThat(i.category()).isEqualTo("OFFICE_SPACE_CONSTRUCTION");
            });
  }

  @Test
  void newBuildGetsParallelDrcAndFinanceOpinions() {
    ProcessInstance pi = start(newBuild());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_DrcOpinion", "Task_FinanceOpinion");
    cases.decide(pi.getBusinessKey(), "Task_FinanceOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_DrcOpinion").isNotWaitingAt("Task_GovernmentApproval");
    cases.decide(pi.getBusinessKey(), "Task_DrcOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    cases.decide(pi.getBusinessKey(), "Task_GovernmentApproval", "APPROVE");
    assertThat(pi).isEnded().hasPassed("SubProcess_Opinions", "EndEvent_Approved");
  }

  @Test
  void costAtTheOpinionAmountAlsoNeedsOpinions() {
    ProcessInstance pi = start(expansion(1000));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_DrcOpinion", "Task_FinanceOpinion");
  }

  @Test
  void costJustBelowTheOpinionAmountGoesStraightToGovernment() {
    ProcessInstance pi = start(expansion(999.99));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
  }

  @Test
  void rejectedByUnitHead() {
    ProcessInstance pi = start(expansion(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_BureauReview");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void rejectedByBureau() {
    ProcessInstance pi = start(expansion(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_GovernmentApproval");
  }

  @Test
  void rejectedByDrcCancelsTheFinanceOpinion() {
    ProcessInstance pi = start(newBuild());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_DrcOpinion", "REJECT");
    assertThat(pi).isEnded().hasPassed("BoundaryEvent_OpinionRejected", "EndEvent_Rejected");
    assertThat(cases.tasks(pi.getBusinessKey())).isEmpty();
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void rejectedByFinance() {
    ProcessInstance pi = start(newBuild());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_DrcOpinion", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_FinanceOpinion", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
  }

  @Test
  void rejectedByGovernment() {
    ProcessInstance pi = start(expansion(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_GovernmentApproval", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_EnterAnnualPlan");
  }

  @Test
  void returnedByEachApproverAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start(newBuild());
    String id = pi.getBusinessKey();
    long firstCheck = cases.check(id, "officeRoomArea").id();
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jyt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "officeRoomArea").id()).isGreaterThan(firstCheck);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_DrcOpinion", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication").isNotWaitingAt("Task_FinanceOpinion");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_DrcOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_DrcOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    cases.decide(id, "Task_GovernmentApproval", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_DrcOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
  }

  @Test
  void withdrawnAfterReturn() {
    ProcessInstance pi = start(expansion(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "RETURN");
    cases.decide(pi.getBusinessKey(), "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    String id = cases.start("xl-jyj-staff", "office-space-construction", expansion(100));
    assertThat(cases.task(id, "Task_UnitHeadReview")).isNotNull();
    var links =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_UnitHeadReview").getId());
    assertThat(links).extracting(l -> l.getGroupId()).contains("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    var bureau =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_BureauReview").getId());
    assertThat(bureau).extracting(l -> l.getGroupId()).containsExactly("xl.BUREAU_REVIEWER");
  }
}
