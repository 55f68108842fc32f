package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.emergency;
import static cn.affairs.approval.planchange.PlanChangeForms.existing;
import static cn.affairs.approval.planchange.PlanChangeForms.item;
import static cn.affairs.approval.planchange.PlanChangeForms.normal;
import static cn.affairs.approval.planchange.PlanChangeForms.total;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ApplicationWithdrawals;
import cn.affairs.approval.calendar.WorkingDayDueDates;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.plan.PlanVersion;
import cn.affairs.approval.standards.StandardsCatalogue;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of plan-change.bpmn, with its effects on the plan register. */
@AffairsTest
class PlanChangeProcessTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  @Autowired PlanAdjustmentMapper adjustments;
  @Autowired ApplicationMapper applications;
  @Autowired ApplicationLifecycle lifecycle;
  @Autowired ApplicationWithdrawals withdrawals;
  @Autowired ObjectMapper json;
  @Autowired WorkingDayDueDates workingDays;
  @Autowired StandardsCatalogue catalogue;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  PlanItem assets() {
    return item(plans, "sx-jyt", "办公设备购置"); // 20 万元
  }

  PlanItem operations() {
    return item(plans, "sx-jyt", "机关运行经费"); // 300 万元
  }

  AnnualPlan plan() {
    return plans.find("sx-jyt", 2026);
  }

  ProcessInstance start(Map<String, Object> form) {
    return cases.instance(cases.start("sx-jyt-staff", "plan-change", form));
  }

  static Date at(int year, int month, int day, int hour, int minute, int second) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, minute, second).atZone(ZONE).toInstant());
  }

  int ordinaryStepDays() {
    return catalogue.value("localPolicy.taskDueWorkingDays").intValue();
  }

  // ---- normal path ----------------------------------------------------------------------------

  @Test
  void risingTotalIsApprovedByUnitBureauAndFinanceAndBecomesANewPlanVersion() {
    // given: 办公设备购置 20 → 60 and a new item of 15: the total rises from 420 to 475
    long assetsId = assets().id();
    ProcessInstance pi = start(normal(existing(assetsId, "60"), added("ENERGY", "照明节能改造", "15")));
    String id = pi.getBusinessKey();
    assertThat(pi)
        .hasPassedInOrder("Task_CheckCeiling", "Task_CheckPlanItems")
        .isWaitingAt("Task_UnitHeadReview");
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi)
        .hasPassedInOrder("Task_RecheckCeiling", "Task_RecheckPlanItems")
        .isWaitingAt("Task_BureauReview");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceReview");
    assertThat(plan().version()).isEqualTo(1);
    cases.decide(id, "Task_FinanceReview", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_ApplyPlanChange", "EndEvent_Approved")
        .hasNotPassed("Task_ApplyEmergencyChange", "SubProcess_Filing");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    AnnualPlan plan = plan();
    assertThat(plan.version()).isEqualTo(2);
    assertThat(plans.total(plan)).isEqualByComparingTo("475");
    assertThat(assets().amount()).isEqualByComparingTo("60");
    assertThat(item(plans, "sx-jyt", "照明节能改造").sourceApplication()).isEqualTo(id);
    List<PlanVersion> versions = plans.versions(plan);
    assertThat(versions).extracting(PlanVersion::version).containsExactly(1, 2);
    assertThat(versions.get(0).total()).isEqualByComparingTo("420");
    assertThat(versions.get(0).itemsJson()).contains("\"amount\":20");
    assertThat(versions.get(1).total()).isEqualByComparingTo("475");
    assertThat(versions.get(1).applicationId()).isEqualTo(id);
    assertThat(adjustments.inForce(id))
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.emergency()).isFalse());
  }

  @Test
  void fallingTotalSkipsFinance() {
    ProcessInstance pi = start(normal(existing(operations().id(), "280")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_ApplyPlanChange", "EndEvent_Approved")
        .hasNotPassed("Task_FinanceReview");
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("400");
  }

  @Test
  void unchangedTotalSkipsFinance() {
    // 20 moves from 机关运行经费 to a new item: 420 stays 420
    ProcessInstance pi =
        start(normal(existing(operations().id(), "280"), added("SERVICES", "物业服务", "20")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isEnded().hasNotPassed("Task_FinanceReview").hasPassed("EndEvent_Approved");
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("420");
    assertThat(plan().version()).isEqualTo(2);
  }

  @Test
  void totalRisingByOneHundredthStillGoesToFinance() {
    ProcessInstance pi = start(normal(existing(assets().id(), "20.01")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceReview");
  }

  @Test
  void rejectedByUnitHeadLeavesThePlanAlone() {
    ProcessInstance pi = start(normal(existing(assets().id(), "60")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_BureauReview", "Task_ApplyPlanChange");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(plan().version()).isEqualTo(1);
  }

  @Test
  void rejectedByBureau() {
    ProcessInstance pi = start(normal(existing(assets().id(), "60")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_FinanceReview", "Task_ApplyPlanChange");
    assertThat(plan().version()).isEqualTo(1);
  }

  @Test
  void rejectedByFinance() {
    ProcessInstance pi = start(normal(existing(assets().id(), "60")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_FinanceReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_ApplyPlanChange");
    assertThat(assets().amount()).isEqualByComparingTo("20");
    assertThat(plan().version()).isEqualTo(1);
  }

  @Test
  void returnedByEachApproverAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start(normal(existing(assets().id(), "60")));
    String id = pi.getBusinessKey();
    long firstCeiling = cases.check(id, "planCeiling").id();
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jyt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "planCeiling").id()).isGreaterThan(firstCeiling);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(plan().version()).isEqualTo(1);
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(assets().amount()).isEqualByComparingTo("60");
    assertThat(plan().version()).isEqualTo(2);
  }

  @Test
  void withdrawnAfterReturn() {
    ProcessInstance pi = start(normal(existing(assets().id(), "60")));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "RETURN");
    cases.decide(pi.getBusinessKey(), "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(plan().version()).isEqualTo(1);
  }

  @Test
  void theBureauSeesTheCeilingAsItStandsWhenTheCaseReachesIt() {
    // given: two cases of +50 each; both within 500 at submission (470)
    ProcessInstance first = start(normal(added("ENERGY", "供暖管网改造", "50")));
    ProcessInstance second = start(normal(added("SERVICES", "食堂服务外包", "50")));
    assertThat(cases.check(second.getBusinessKey(), "planCeiling").verdict())
        .isEqualTo(Verdict.PASS);
    // when: the first one is applied, then the second reaches the bureau
    cases.decide(first.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(first.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(first.getBusinessKey(), "Task_FinanceReview", "APPROVE");
    cases.decide(second.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    // then: 470 + 50 = 520 > 500
    var ceiling = cases.check(second.getBusinessKey(), "planCeiling");
    assertThat(ceiling.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(ceiling.step()).isEqualTo("Task_RecheckCeiling");
    assertThat(ceiling.message())
        .contains("调整前计划总额 470 万元", "调整后 520 万元", "超过预算上限 500 万元", "超出 20 万元");
    assertThat(second).isWaitingAt("Task_BureauReview");
  }

  @Test
  void itemsGoneBeforeTheChangeAppliesSendTheCaseBackToTheApplicant() {
    // given: a change of 办公设备购置, approved by the unit head while the item still exists
    long oldId = assets().id();
    ProcessInstance pi = start(normal(existing(oldId, "15")));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    // when: the plan is issued anew (items get new ids) before the bureau approves
    cases.resetRegisters();
    cases.decide(id, "Task_BureauReview", "APPROVE");
    // then
    assertThat(pi).hasPassed("BoundaryEvent_ItemsInvalid").isWaitingAt("Task_ReviseApplication");
    var items = cases.check(id, "planItems");
    assertThat(items.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(items.step()).isEqualTo("Task_ApplyPlanChange");
    assertThat(items.message()).contains("计划项目 " + oldId + " 不是山西省教育厅 2026 年度保障计划的项目");
    assertThat(plan().version()).isEqualTo(1);
    lifecycle.refreshStatus(id); // as the task API does after each decision
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.RETURNED);
  }

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    long itemId = item(plans, "xl-jyj", "机关运行经费").id();
    String id = cases.start("xl-jyj-staff", "plan-change", normal(existing(itemId, "80")));
    assertThat(groups(cases.task(id, "Task_UnitHeadReview"))).containsExactly("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(groups(cases.task(id, "Task_BureauReview"))).containsExactly("xl.BUREAU_REVIEWER");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    assertThat(groups(cases.task(id, "Task_FinanceReview"))).containsExactly("xl.FINANCE");
  }

  List<String> groups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .toList();
  }

  // ---- emergency path (条例 第三十八条) --------------------------------------------------------
  // The unit files by submitting the emergency change; the engine's clock is set to the instant it
  // files. Unless a test says otherwise, the unit files on 2026-10-15, in time for a change made on
  // 2026-09-24 (due by the end of 2026-10-22, see below).

  /** The unit files now, in the engine's time. */
  void filingAt(Date instant) {
    ClockUtil.setCurrentTime(instant);
  }

  ProcessInstance fileInTime(Map<String, Object> form) {
    filingAt(at(2026, 10, 15, 10, 0, 0));
    return start(form);
  }

  ProcessInstance fileLate(Map<String, Object> form) {
    filingAt(at(2026, 10, 23, 0, 0, 0));
    return start(form);
  }

  @Test
  void tiaoli38_aTimelyFilingOnTheFifteenthWorkingDayAcrossGuoqingAppliesAtOnceAndIsNotOverdue() {
    // given: adjusted on Thursday 2026-09-24. Working days after it:
    //   09-25..09-27 中秋 off; 09-28 (1), 09-29 (2), 09-30 (3); 10-01..10-07 国庆 off;
    //   10-08 (4), 10-09 (5), Saturday 10-10 调休 working (6), Sunday 10-11 off;
    //   10-12..10-16 (7..11), 10-19 (12), 10-20 (13), 10-21 (14), Thursday 10-22 (15)
    long assetsId = assets().id();
    // when: the unit files in the last second of day fifteen
    filingAt(at(2026, 10, 22, 23, 59, 59));
    ProcessInstance pi = start(emergency("2026-09-24", existing(assetsId, "50")));
    String id = pi.getBusinessKey();
    // then: applied before anyone decided, no unit-head or bureau review, 备案 open at the bureau
    assertThat(pi)
        .hasPassedInOrder("Task_CheckCeiling", "Task_CheckPlanItems", "Task_ApplyEmergencyChange")
        .hasPassed("Gateway_FiledInTime")
        .isWaitingAt("Task_FilingReview")
        .hasNotPassed("Task_UnitHeadReview", "Task_MarkFilingOverdue");
    assertThat(applications.isOverdue(id)).isFalse();
    assertThat(cases.task(id, "Task_SuperviseFiling")).isNull();
    assertThat(assets().amount()).isEqualByComparingTo("50");
    assertThat(plan().version()).isEqualTo(2);
    assertThat(adjustments.inForce(id))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.emergency()).isTrue();
              assertThat(a.amountBefore()).isEqualByComparingTo("20");
              assertThat(a.amountAfter()).isEqualByComparingTo("50");
            });
    // the bureau's 备案 step is due like any step of the bureau, not at the unit's deadline
    Task filing = cases.task(id, "Task_FilingReview");
    assertThat(groups(filing)).containsExactly("sx.BUREAU_REVIEWER");
    assertThat(filing.getDueDate()).isEqualTo(workingDays.after(ordinaryStepDays()));
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    // when
    cases.decide(id, "Task_FilingReview", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Filed", "SubProcess_Filing", "EndEvent_Approved")
        .hasNotPassed("Task_SuperviseFiling");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(applications.isOverdue(id)).isFalse();
    assertThat(assets().amount()).isEqualByComparingTo("50");
    assertThat(plan().version()).isEqualTo(2);
  }

  @Test
  void tiaoli38_theFilingDeadlineAcrossChunjieIsTheEndOfItsFifteenthWorkingDay() {
    // adjusted on Tuesday 2026-02-10. Working days after it: 02-11 (1), 02-12 (2), 02-13 (3),
    //   Saturday 02-14 调休 working (4); 02-15..02-23 春节 off; 02-24..02-27 (5..8),
    //   Saturday 02-28 调休 working (9), Sunday 03-01 off; 03-02..03-06 (10..14), Monday 03-09 (15)
    filingAt(at(2026, 3, 9, 23, 59, 59));
    ProcessInstance inTime = start(emergency("2026-02-10", existing(assets().id(), "25")));
    filingAt(at(2026, 3, 10, 0, 0, 0));
    ProcessInstance late = start(emergency("2026-02-10", added("ENERGY", "应急照明", "5")));
    assertThat(applications.isOverdue(inTime.getBusinessKey())).isFalse();
    assertThat(inTime).isWaitingAt("Task_FilingReview").hasNotPassed("Task_MarkFilingOverdue");
    assertThat(applications.isOverdue(late.getBusinessKey())).isTrue();
    assertThat(late)
        .hasPassed("Task_MarkFilingOverdue")
        .isWaitingAt("Task_FilingReview", "Task_SuperviseFiling");
  }

  @Test
  void tiaoli38_aLateFilingIsFlaggedOnTheUnitAndTheDirectorSupervisesWhileTheFilingStaysOpen() {
    // given: adjusted 2026-09-24, due by the end of 2026-10-22; the unit files on 10-23
    ProcessInstance pi = fileLate(emergency("2026-09-24", existing(assets().id(), "50")));
    String id = pi.getBusinessKey();
    // then: flagged at once, 督办 at the director, and the 备案 open at the bureau
    assertThat(applications.isOverdue(id)).isTrue();
    assertThat(pi)
        .hasPassed("Gateway_FiledInTime", "Task_MarkFilingOverdue")
        .isWaitingAt("Task_FilingReview", "Task_SuperviseFiling");
    assertThat(groups(cases.task(id, "Task_SuperviseFiling")))
        .containsExactly("sx.BUREAU_DIRECTOR");
    assertThat(groups(cases.task(id, "Task_FilingReview"))).containsExactly("sx.BUREAU_REVIEWER");
    assertThat(assets().amount()).isEqualByComparingTo("50");
    // when: the director has supervised, then the bureau confirms the filing
    cases.decide(id, "Task_SuperviseFiling", "APPROVE");
    assertThat(pi).hasPassed("EndEvent_Supervised").isWaitingAt("Task_FilingReview");
    cases.decide(id, "Task_FilingReview", "APPROVE");
    // then
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(applications.isOverdue(id)).isTrue();
    assertThat(assets().amount()).isEqualByComparingTo("50");
  }

  @Test
  void tiaoli38_theBureauSlowToConfirmATimelyFilingDoesNotMakeTheUnitOverdue() {
    // given: filed in time on 2026-10-15
    ProcessInstance pi = fileInTime(emergency("2026-09-24", existing(assets().id(), "50")));
    String id = pi.getBusinessKey();
    // when: the bureau sits on it until long after the unit's deadline and its own step's due date
    filingAt(at(2027, 1, 20, 9, 0, 0));
    // then: nothing falls due against the unit; no 督办
    assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(applications.isOverdue(id)).isFalse();
    assertThat(cases.task(id, "Task_SuperviseFiling")).isNull();
    // the bureau's step is due by the ordinary step period; past it, it is an overdue step
    // (PlanChangeApiTest shows the flag), never a mark on the unit
    assertThat(cases.task(id, "Task_FilingReview").getDueDate())
        .isEqualTo(workingDays.after(ordinaryStepDays()));
    cases.decide(id, "Task_FilingReview", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved").hasNotPassed("Task_MarkFilingOverdue");
    assertThat(applications.isOverdue(id)).isFalse();
  }

  @Test
  void tiaoli38_aCorrectionOrderedOnATimelyFilingAndFiledAgainAfterTheDeadlineIsStillInTime() {
    ProcessInstance pi = fileInTime(emergency("2026-09-24", existing(assets().id(), "50")));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_FilingReview", "RETURN");
    // the unit corrects it after 2026-10-22: judged on when it first filed
    filingAt(at(2026, 11, 2, 10, 0, 0));
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_FilingReview").hasNotPassed("Task_MarkFilingOverdue");
    assertThat(cases.task(id, "Task_SuperviseFiling")).isNull();
    assertThat(applications.isOverdue(id)).isFalse();
  }

  @Test
  void confirmingTheFilingEndsAnOpenSupervision() {
    ProcessInstance pi = fileLate(emergency("2026-09-24", existing(assets().id(), "50")));
    assertThat(pi).isWaitingAt("Task_FilingReview", "Task_SuperviseFiling");
    cases.decide(pi.getBusinessKey(), "Task_FilingReview", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Filed", "EndEvent_Approved")
        .hasNotPassed("EndEvent_Supervised");
    assertThat(cases.tasks(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void refusedFilingTakesTheChangeOutOfThePlan() {
    // given: 20 → 50 and a new item of 30, applied at once: 420 → 480
    long assetsId = assets().id();
    ProcessInstance pi =
        fileInTime(
            emergency("2026-09-24", existing(assetsId, "50"), added("SERVICES", "应急物资储备", "30")));
    String id = pi.getBusinessKey();
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("480");
    // when: 不予备案
    cases.decide(id, "Task_FilingReview", "REJECT");
    // then: a third version puts the amounts back; the earlier versions stay
    assertThat(pi)
        .isEnded()
        .hasPassed(
            "BoundaryEvent_FilingRejected", "Task_RevertRejectedChange", "EndEvent_Rejected");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("420");
    assertThat(assets().amount()).isEqualByComparingTo("20");
    assertThat(item(plans, "sx-jyt", "应急物资储备").amount()).isEqualByComparingTo("0");
    assertThat(plans.versions(plan()))
        .extracting(v -> v.total().stripTrailingZeros().toPlainString())
        .containsExactly("420", "480", "420");
    assertThat(adjustments.inForce(id)).isEmpty();
    assertThat(adjustments.all(id))
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.revertedVersion()).isEqualTo(3));
  }

  @Test
  void reversalKeepsWhatOtherCasesChangedSince() {
    // given: an emergency case raises 办公设备购置 20 → 50, then a normal case 50 → 70 is approved
    long assetsId = assets().id();
    ProcessInstance urgent = fileInTime(emergency("2026-09-24", existing(assetsId, "50")));
    ProcessInstance later = start(normal(existing(assetsId, "70")));
    cases.decide(later.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(later.getBusinessKey(), "Task_BureauReview", "APPROVE");
    cases.decide(later.getBusinessKey(), "Task_FinanceReview", "APPROVE");
    assertThat(assets().amount()).isEqualByComparingTo("70");
    // when: the emergency filing is refused
    cases.decide(urgent.getBusinessKey(), "Task_FilingReview", "REJECT");
    // then: only its +30 comes out
    assertThat(assets().amount()).isEqualByComparingTo("40");
  }

  @Test
  void correctionOrderedAtFilingTakesTheChangeOutUntilTheUnitResubmits() {
    // given
    ProcessInstance pi =
        fileInTime(
            emergency(
                "2026-09-24", existing(assets().id(), "50"), added("SERVICES", "应急物资储备", "30")));
    String id = pi.getBusinessKey();
    // when: 责令改正
    cases.decide(id, "Task_FilingReview", "RETURN");
    // then
    assertThat(pi)
        .hasPassed("BoundaryEvent_FilingReturned", "Task_RevertReturnedChange")
        .isWaitingAt("Task_ReviseApplication");
    lifecycle.refreshStatus(id);
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.RETURNED);
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("420");
    // when: resubmitted unchanged, it applies at once again and is filed again
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_FilingReview");
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("480");
    cases.decide(id, "Task_FilingReview", "APPROVE");
    // then: the plan holds the change once; every version kept
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(assets().amount()).isEqualByComparingTo("50");
    assertThat(plans.versions(plan()))
        .extracting(v -> v.total().stripTrailingZeros().toPlainString())
        .containsExactly("420", "480", "420", "480");
    assertThat(adjustments.inForce(id)).hasSize(2);
  }

  @Test
  void correctedIntoANormalChangeGoesThroughTheApprovals() {
    // given: an emergency change, ordered corrected
    long assetsId = assets().id();
    ProcessInstance pi = fileInTime(emergency("2026-09-24", existing(assetsId, "50")));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_FilingReview", "RETURN");
    // when: the unit resubmits it as an ordinary change (the API validates and stores the form)
    Map<String, Object> ordinary = normal(existing(assetsId, "45"));
    applications.updateForm(id, "2026 年度保障计划调整（1 项）", write(ordinary));
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    // then: nothing in force until approved
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(assets().amount()).isEqualByComparingTo("20");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "APPROVE");
    assertThat(pi).isEnded().hasPassed("Task_ApplyPlanChange", "EndEvent_Approved");
    assertThat(assets().amount()).isEqualByComparingTo("45");
  }

  @Test
  void withdrawnAfterCorrectionOrderLeavesThePlanAsBefore() {
    ProcessInstance pi = fileInTime(emergency("2026-09-24", existing(assets().id(), "50")));
    cases.decide(pi.getBusinessKey(), "Task_FilingReview", "RETURN");
    cases.decide(pi.getBusinessKey(), "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(assets().amount()).isEqualByComparingTo("20");
  }

  @Test
  void directorRefusingTheOverdueFilingTakesTheChangeOut() {
    ProcessInstance pi = fileLate(emergency("2026-09-24", existing(assets().id(), "50")));
    cases.decide(pi.getBusinessKey(), "Task_SuperviseFiling", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_SuperviseRejected", "Task_RevertRejectedChange", "EndEvent_Rejected");
    assertThat(cases.tasks(pi.getBusinessKey())).isEmpty();
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(assets().amount()).isEqualByComparingTo("20");
  }

  @Test
  void directorOrderingCorrectionReturnsTheCaseAndAResubmissionIsFiledAgain() {
    ProcessInstance pi = fileLate(emergency("2026-09-24", existing(assets().id(), "50")));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_SuperviseFiling", "RETURN");
    assertThat(pi)
        .hasPassed("EndEvent_SuperviseReturned", "Task_RevertReturnedChange")
        .isWaitingAt("Task_ReviseApplication")
        .isNotWaitingAt("Task_FilingReview");
    assertThat(assets().amount()).isEqualByComparingTo("20");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    // the corrected filing is the same late filing: filed again, supervised again
    assertThat(pi).isWaitingAt("Task_FilingReview", "Task_SuperviseFiling");
    assertThat(applications.isOverdue(id)).isTrue();
    assertThat(assets().amount()).isEqualByComparingTo("50");
  }

  @Test
  void emergencyChangeOverTheCeilingStillAppliesAndTheFailIsOnFile() {
    ProcessInstance pi = fileInTime(emergency("2026-09-24", added("SERVICES", "应急物资储备", "80.01")));
    var ceiling = cases.check(pi.getBusinessKey(), "planCeiling");
    assertThat(ceiling.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(pi).isWaitingAt("Task_FilingReview");
    assertThat(total(plans, "sx-jyt")).isEqualByComparingTo("500.01");
  }

  @Test
  void theApplicantCannotWithdrawAnEmergencyChangeInForce() {
    String id = fileInTime(emergency("2026-09-24", existing(assets().id(), "50"))).getBusinessKey();
    assertThatThrownBy(() -> withdrawals.withdraw(cases.user("sx-jyt-staff"), id))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("先行调整已计入保障年度计划");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.RUNNING);
    assertThat(assets().amount()).isEqualByComparingTo("50");
  }

  @Test
  void theApplicantMayWithdrawAnOrdinaryChangeNobodyDecidedYet() {
    String id = start(normal(existing(assets().id(), "50"))).getBusinessKey();
    withdrawals.withdraw(cases.user("sx-jyt-staff"), id);
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
