package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static cn.affairs.approval.repair.RepairForms.routine;
import static cn.affairs.approval.repair.RepairForms.thisYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLogMapper;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlanMapper;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of office-repair.bpmn, with what each does to the repair register and the annual plan.
 */
@AffairsTest
class OfficeRepairProcessTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired AnnualPlanMapper plans;
  @Autowired RepairProjectMapper register;
  @Autowired DecisionLogMapper decisions;
  @Autowired ApplicationMapper applications;
  @Autowired WorkingDayCalendar calendar;
  @Autowired ObjectMapper json;
  @Autowired RepairCompletionRecord completion;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  // ---- helpers --------------------------------------------------------------------------------

  ProcessInstance start(String user, Map<String, Object> form) {
    return cases.instance(cases.start(user, "office-repair", form));
  }

  ProcessInstance start(Map<String, Object> form) {
    return start("sx-jyt-staff", form);
  }

  /** Approves the major repair up to 实施 (no 本级政府 below 500 万元). */
  void approveToImplementation(String id) {
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssessment", "APPROVE");
    cases.decide(id, "Task_CostReview", "APPROVE");
  }

  /** The unit reports completion at 实施, with its step form logged as the task API does. */
  void reportCompletion(String id, LocalDate completedOn, String actualCost) {
    var task = cases.task(id, "Task_Implementation");
    assertThat(task).as("实施 of " + id).isNotNull();
    String form = "{\"completedOn\":\"" + completedOn + "\",\"actualCost\":" + actualCost + "}";
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            task.getId(),
            "Task_Implementation",
            "实施",
            "sx-jyt-staff",
            Decision.APPROVE,
            null,
            false,
            form,
            LocalDateTime.now(ZONE)));
    try {
      completion.report(id, json.readTree(form));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    cases.decide(id, "Task_Implementation", "APPROVE");
  }

  /** The OFFICE_REPAIR items the case put in the unit's plan of this year. */
  List<PlanItem> planItems(String unitCode, String id) {
    AnnualPlan plan = plans.find(unitCode, thisYear());
    if (plan == null) {
      return List.of();
    }
    return plans.items(plan.id()).stream().filter(i -> id.equals(i.sourceApplication())).toList();
  }

  int planVersion(String unitCode) {
    AnnualPlan plan = plans.find(unitCode, thisYear());
    return plan == null ? 0 : plan.version();
  }

  ApplicationStatus status(String id) {
    return cases.application(id).status();
  }

  // ---- ROUTINE --------------------------------------------------------------------------------

  @Test
  void routineRepairApprovedByTheUnitHeadIsRecordedWithoutTheBureau() {
    // given
    ProcessInstance pi = start(routine(20));
    String id = pi.getBusinessKey();
    assertThat(id).startsWith("WX-" + thisYear() + "-");
    assertThat(pi)
        .isWaitingAt("Task_UnitHeadReview")
        .hasPassedInOrder(
            "Task_CheckScope",
            "Task_CheckInterval",
            "Task_CheckCostPerArea",
            "Task_CheckTendering");
    int versionBefore = planVersion("sx-jyt");
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_RecordRoutineRepair", "EndEvent_RoutineApproved")
        .hasNotPassed("Task_BureauAssessment", "Task_EnterRepairPlan");
    assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
    RepairProject row = register.ofApplication(id);
    assertThat(row.repairType()).isEqualTo("ROUTINE");
    assertThat(row.status()).isEqualTo(RepairProject.RECORDED);
    assertThat(row.estimatedCost()).isEqualByComparingTo("20");
    assertThat(row.building()).isEqualTo("综合办公楼");
    assertThat(row.unitCode()).isEqualTo("sx-jyt");
    assertThat(row.planYear()).isNull();
    assertThat(planItems("sx-jyt", id)).isEmpty();
    assertThat(planVersion("sx-jyt")).isEqualTo(versionBefore);
  }

  @Test
  void routineRepairRejectedByTheUnitHead() {
    ProcessInstance pi = start(routine(20));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_RecordRoutineRepair");
    assertThat(status(pi.getBusinessKey())).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(register.ofApplication(pi.getBusinessKey())).isNull();
  }

  @Test
  void routineRepairReturnedAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start(routine(20));
    String id = pi.getBusinessKey();
    long firstCheck = cases.check(id, "repairScope").id();
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "repairScope").id()).isGreaterThan(firstCheck);
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_RoutineApproved");
  }

  // ---- MAJOR, all the way -----------------------------------------------------------------------

  @Test
  void majorRepairBelowTheGovernmentAmountIsPlannedCarriedOutAndAccepted() {
    // given
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    int versionBefore = planVersion("sx-jyt");
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_BureauAssessment");
    cases.decide(id, "Task_BureauAssessment", "APPROVE");
    assertThat(pi).isWaitingAt("Task_CostReview");
    assertThat(register.ofApplication(id)).isNull();
    cases.decide(id, "Task_CostReview", "APPROVE");
    // then: in the plan, no 本级政府, the unit carries it out
    assertThat(pi)
        .hasPassed("Task_EnterRepairPlan")
        .hasNotPassed("Task_GovernmentApproval")
        .isWaitingAt("Task_Implementation");
    assertThat(cases.task(id, "Task_Implementation").getAssignee()).isEqualTo("sx-jyt-staff");
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.category()).isEqualTo("OFFICE_REPAIR");
              assertThat(i.amount()).isEqualByComparingTo("300");
              assertThat(i.description()).contains("综合办公楼").contains(id);
            });
    assertThat(planVersion("sx-jyt")).isEqualTo(versionBefore + 1);
    assertThat(register.ofApplication(id))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RepairProject.PLANNED);
              assertThat(r.repairType()).isEqualTo("MAJOR");
              assertThat(r.planYear()).isEqualTo(thisYear());
            });

    LocalDate today = LocalDate.now(ZONE);
    reportCompletion(id, today, "288.5");
    assertThat(pi).hasPassed("Task_RecordCompletion").isWaitingAt("Task_Acceptance");
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.COMPLETED);
    cases.decide(id, "Task_Acceptance", "APPROVE");

    assertThat(pi).isEnded().hasPassed("Task_RecordAcceptance", "EndEvent_Approved");
    assertThat(status(id)).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(register.ofApplication(id))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RepairProject.ACCEPTED);
              assertThat(r.completedOn()).isEqualTo(today);
              assertThat(r.actualCost()).isEqualByComparingTo("288.5");
              assertThat(r.acceptedOn()).isEqualTo(today);
            });
    // the plan keeps the approved amount; the actual cost is in the register
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("300"));
  }

  @Test
  void majorRepairAtTheGovernmentAmountNeedsTheGovernment() {
    ProcessInstance pi = start(major(500));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    assertThat(pi).hasPassed("Task_EnterRepairPlan").isWaitingAt("Task_GovernmentApproval");
    var links =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_GovernmentApproval").getId());
    assertThat(links).extracting(l -> l.getGroupId()).containsExactly("sx.GOVERNMENT");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(pi).isWaitingAt("Task_Implementation");
    reportCompletion(id, LocalDate.now(ZONE), "480");
    cases.decide(id, "Task_Acceptance", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "Task_EnterRepairPlan",
            "Task_GovernmentApproval",
            "Task_Implementation",
            "Task_RecordCompletion",
            "Task_Acceptance",
            "Task_RecordAcceptance",
            "EndEvent_Approved");
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.ACCEPTED);
  }

  @Test
  void majorRepairJustBelowTheGovernmentAmountSkipsTheGovernment() {
    ProcessInstance pi = start(major(499.99));
    approveToImplementation(pi.getBusinessKey());
    assertThat(pi).isWaitingAt("Task_Implementation").hasNotPassed("Task_GovernmentApproval");
  }

  @Test
  void implementationIsDueOnTheLastWorkingDayOfThePlanYear() {
    ProcessInstance pi = start(major(300));
    approveToImplementation(pi.getBusinessKey());
    LocalDate due = LocalDate.of(thisYear(), 12, 31);
    while (!calendar.isWorkingDay(due)) {
      due = due.minusDays(1);
    }
    var task = cases.task(pi.getBusinessKey(), "Task_Implementation");
    assertThat(task.getDueDate().toInstant()).isEqualTo(due.atTime(18, 0).atZone(ZONE).toInstant());
    // an approval step keeps the usual deadline of a few working days
    ProcessInstance other = start(major(300));
    var review = cases.task(other.getBusinessKey(), "Task_UnitHeadReview");
    assertThat(review.getDueDate()).isBefore(task.getDueDate());
  }

  // ---- rejections
  // ---------------------------------------------------------------------------------

  @Test
  void majorRepairRejectedByTheUnitHead() {
    ProcessInstance pi = start(major(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_BureauAssessment");
    assertThat(status(pi.getBusinessKey())).isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void rejectedAtTheAssessment() {
    ProcessInstance pi = start(major(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauAssessment", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_CostReview");
    assertThat(register.ofApplication(pi.getBusinessKey())).isNull();
    assertThat(planItems("sx-jyt", pi.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedAtTheCostReview() {
    ProcessInstance pi = start(major(300));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauAssessment", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_CostReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_EnterRepairPlan");
    assertThat(register.ofApplication(pi.getBusinessKey())).isNull();
    assertThat(planItems("sx-jyt", pi.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedByTheGovernmentTakesTheItemOutOfThePlan() {
    // given
    ProcessInstance pi = start(major(600));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("600"));
    int versionAfterEntry = planVersion("sx-jyt");
    // when
    cases.decide(id, "Task_GovernmentApproval", "REJECT");
    // then
    assertThat(pi).isEnded().hasPassed("Task_ReleasePlanOnRejection", "EndEvent_Rejected");
    assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("0"));
    assertThat(planVersion("sx-jyt")).isEqualTo(versionAfterEntry + 1);
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.CANCELLED);
  }

  @Test
  void abandonedAtImplementationTakesTheItemOutOfThePlan() {
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    cases.decide(id, "Task_Implementation", "REJECT");
    assertThat(pi).isEnded().hasPassed("Task_ReleasePlanOnAbandonment", "EndEvent_Abandoned");
    assertThat(status(id)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("0"));
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.CANCELLED);
  }

  @Test
  void acceptanceRefusedKeepsTheSpendingInThePlan() {
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    reportCompletion(id, LocalDate.now(ZONE), "310");
    cases.decide(id, "Task_Acceptance", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_RecordAcceptanceRefused", "EndEvent_Rejected")
        .hasNotPassed("Task_RecordAcceptance");
    assertThat(status(id)).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(register.ofApplication(id))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RepairProject.NOT_ACCEPTED);
              assertThat(r.actualCost()).isEqualByComparingTo("310");
              assertThat(r.acceptedOn()).isNull();
            });
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("300"));
  }

  // ---- rework, returns, withdrawals -------------------------------------------------------------

  @Test
  void acceptanceReturnSendsTheWorksBackForRework() {
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    LocalDate today = LocalDate.now(ZONE);
    reportCompletion(
        id,
        today.minusDays(1).isBefore(cases.application(id).createdAt().toLocalDate())
            ? today
            : today.minusDays(1),
        "290");
    cases.decide(id, "Task_Acceptance", "RETURN");
    assertThat(pi).isWaitingAt("Task_Implementation").isNotWaitingAt("Task_ReviseApplication");
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.COMPLETED);
    reportCompletion(id, today, "305");
    cases.decide(id, "Task_Acceptance", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(register.ofApplication(id))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(RepairProject.ACCEPTED);
              assertThat(r.completedOn()).isEqualTo(today);
              assertThat(r.actualCost()).isEqualByComparingTo("305");
            });
    assertThat(planItems("sx-jyt", id)).hasSize(1);
  }

  @Test
  void reworkAbandonedRecordsTheWorksAsNotAccepted() {
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    reportCompletion(id, LocalDate.now(ZONE), "290");
    cases.decide(id, "Task_Acceptance", "RETURN");
    cases.decide(id, "Task_Implementation", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Abandoned");
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.NOT_ACCEPTED);
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("300"));
  }

  @Test
  void returnedByEachStepAndResubmittedRunsTheChecksAgainAndKeepsOnePlanItem() {
    ProcessInstance pi = start(major(600));
    String id = pi.getBusinessKey();
    long firstCheck = cases.check(id, "repairInterval").id();

    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jyt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "repairInterval").id()).isGreaterThan(firstCheck);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssessment", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssessment", "APPROVE");
    cases.decide(id, "Task_CostReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(planItems("sx-jyt", id)).isEmpty();
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    approveToImplementation(id);
    cases.decide(id, "Task_GovernmentApproval", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    // the applicant lowers the cost below the government amount and resubmits
    applications.updateForm(id, "综合办公楼维修改造", write(major(450)));
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    approveToImplementation(id);
    assertThat(pi).isWaitingAt("Task_Implementation");
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("450"));
    assertThat(register.ofApplication(id).estimatedCost()).isEqualByComparingTo("450");

    // the unit finds at 实施 that the application must change
    cases.decide(id, "Task_Implementation", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    applications.updateForm(id, "综合办公楼维修改造", write(major(480)));
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    approveToImplementation(id);
    reportCompletion(id, LocalDate.now(ZONE), "470");
    cases.decide(id, "Task_Acceptance", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("480"));
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.ACCEPTED);
  }

  @Test
  void withdrawnAfterAReturnBeforeThePlan() {
    ProcessInstance pi = start(major(300));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauAssessment", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("Task_ReleasePlanOnWithdrawal", "EndEvent_Withdrawn");
    assertThat(status(id)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(register.ofApplication(id)).isNull();
  }

  @Test
  void withdrawnAfterTheGovernmentReturnedItTakesTheItemOutOfThePlan() {
    ProcessInstance pi = start(major(600));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    cases.decide(id, "Task_GovernmentApproval", "RETURN");
    cases.decide(id, "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(status(id)).isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("0"));
    assertThat(register.ofApplication(id).status()).isEqualTo(RepairProject.CANCELLED);
  }

  @Test
  void aPlannedRepairRevisedToRoutineLeavesThePlan() {
    ProcessInstance pi = start(major(600));
    String id = pi.getBusinessKey();
    approveToImplementation(id);
    cases.decide(id, "Task_GovernmentApproval", "RETURN");
    applications.updateForm(id, "综合办公楼日常维修", write(routine(40)));
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_RoutineApproved");
    assertThat(planItems("sx-jyt", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("0"));
    assertThat(register.ofApplication(id))
        .satisfies(
            r -> {
              assertThat(r.repairType()).isEqualTo("ROUTINE");
              assertThat(r.status()).isEqualTo(RepairProject.RECORDED);
              assertThat(r.planYear()).isNull();
            });
  }

  // ---- organisation -----------------------------------------------------------------------------

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    ProcessInstance pi = start("xl-jyj-staff", major(600));
    String id = pi.getBusinessKey();
    var head =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_UnitHeadReview").getId());
    assertThat(head).extracting(l -> l.getGroupId()).containsExactly("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    for (String step : List.of("Task_BureauAssessment", "Task_CostReview")) {
      var links = engine.getTaskService().getIdentityLinksForTask(cases.task(id, step).getId());
      assertThat(links).extracting(l -> l.getGroupId()).containsExactly("xl.BUREAU_REVIEWER");
      cases.decide(id, step, "APPROVE");
    }
    var government =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_GovernmentApproval").getId());
    assertThat(government).extracting(l -> l.getGroupId()).containsExactly("xl.GOVERNMENT");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(cases.task(id, "Task_Implementation").getAssignee()).isEqualTo("xl-jyj-staff");
    assertThat(planItems("xl-jyj", id))
        .singleElement()
        .satisfies(i -> assertThat(i.amount()).isEqualByComparingTo("600"));
    assertThat(planItems("sx-jyt", id)).isEmpty();
  }

  private String write(Map<String, Object> form) {
    try {
      return json.writeValueAsString(form);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
