package cn.affairs.approval.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.officespace.OfficeSpace;
import cn.affairs.approval.officespace.OfficeSpaceMapper;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of office-space-lease.bpmn, with its effect on the office-space register. */
@AffairsTest
class OfficeSpaceLeaseProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired OfficeSpaceMapper register;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  static Map<String, Object> lease(double area, double annualRent) {
    Map<String, Object> form = borrow(area);
    form.put("mode", "LEASE");
    form.put("annualRent", annualRent);
    form.put("counterparty", "太原市某物业公司");
    return form;
  }

  static Map<String, Object> borrow(double area) {
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "BORROW");
    form.put("area", area);
    form.put("location", "太原市小店区长治路 8 号 3 层");
    form.put("counterparty", "山西省某事业单位");
    form.put("use", "OFFICE");
    form.put("termMonths", 24);
    form.put("reason", "新设处室临时办公，本单位现有用房不足");
    return form;
  }

  static Map<String, Object> swap(double area) {
    Map<String, Object> form = borrow(area);
    form.put("mode", "SWAP");
    return form;
  }

  ProcessInstance start(Map<String, Object> form) {
    return cases.instance(cases.start("sx-jyt-staff", "office-space-lease", form));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  List<OfficeSpace> entered(String id) {
    return register.ofUnit("sx-jyt").stream()
        .filter(s -> id.equals(s.sourceApplication()))
        .toList();
  }

  @Test
  void leaseWithRentIsApprovedThroughFinanceAndEntersTheRegisterAsLeased() {
    // given
    ProcessInstance pi = start(lease(30, 12.5));
    String id = pi.getBusinessKey();
    assertThat(id).startsWith("ZY-");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(pi).hasPassedInOrder("Task_CheckIdleSpace", "Task_CheckOfficeRoomArea");
    assertThat(cases.check(id, "idleSpaceFirst").verdict()).isEqualTo(Verdict.WARN);
    assertThat(cases.check(id, "leasedOfficeArea").verdict()).isEqualTo(Verdict.PASS);
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceOpinion");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    assertThat(entered(id)).isEmpty();
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            "Task_FinanceOpinion",
            "Task_GovernmentApproval",
            "Task_RegisterOfficeSpace",
            "EndEvent_Approved");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(entered(id))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ownership()).isEqualTo("LEASED");
              assertThat(s.area()).isEqualByComparingTo("30");
              assertThat(s.govCode()).isEqualTo("sx");
              assertThat(s.building()).isEqualTo("太原市小店区长治路 8 号 3 层");
              assertThat(s.endDate()).isEqualTo(today().plusMonths(24));
            });
    assertThat(register.occupiedArea("sx-jyt", today())).isEqualByComparingTo("880");
    assertThat(register.occupiedArea("sx-jyt", today().plusMonths(24))).isEqualByComparingTo("880");
    assertThat(register.occupiedArea("sx-jyt", today().plusMonths(24).plusDays(1)))
        .isEqualByComparingTo("850");
  }

  @Test
  void borrowingSkipsFinanceAndEntersTheRegisterAsBorrowed() {
    ProcessInstance pi = start(borrow(20));
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_RegisterOfficeSpace", "EndEvent_Approved")
        .hasNotPassed("Task_FinanceOpinion");
    assertThat(entered(id))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ownership()).isEqualTo("BORROWED");
              assertThat(s.area()).isEqualByComparingTo("20");
              assertThat(s.endDate()).isEqualTo(today().plusMonths(24));
            });
  }

  @Test
  void swapSkipsFinanceAndEntersTheRegisterAsBorrowedMarkedAsSwap() {
    Map<String, Object> form = swap(15);
    form.put("termMonths", 1);
    ProcessInstance pi = start(form);
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved").hasNotPassed("Task_FinanceOpinion");
    assertThat(entered(id))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ownership()).isEqualTo("BORROWED");
              assertThat(s.building()).isEqualTo("太原市小店区长治路 8 号 3 层（置换）");
              assertThat(s.endDate()).isEqualTo(today().plusMonths(1));
            });
  }

  @Test
  void approvedLeasedAreaCountsInTheNextApplicationsCheck() {
    // given 850㎡ owned; a 20㎡ loan is approved
    ProcessInstance first = start(borrow(20));
    cases.decide(first.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(first.getBusinessKey(), "Task_BureauOpinion", "APPROVE");
    cases.decide(first.getBusinessKey(), "Task_GovernmentApproval", "APPROVE");
    // when 13㎡ more is asked for: 870 + 13 = 883 > 882
    String second = cases.start("sx-jyt-staff", "office-space-lease", lease(13, 5));
    // then
    var check = cases.check(second, "leasedOfficeArea");
    assertThat(check.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(check.message()).contains("883㎡", "现有 870㎡", "882㎡");
  }

  @Test
  void rejectedByUnitHead() {
    ProcessInstance pi = start(lease(30, 12));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_BureauOpinion");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(entered(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedByBureau() {
    ProcessInstance pi = start(lease(30, 12));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauOpinion", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_FinanceOpinion");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(entered(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedByFinance() {
    ProcessInstance pi = start(lease(30, 12));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauOpinion", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_FinanceOpinion", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_GovernmentApproval");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(entered(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void rejectedByGovernment() {
    ProcessInstance pi = start(borrow(20));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauOpinion", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_GovernmentApproval", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_RegisterOfficeSpace");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
    assertThat(entered(pi.getBusinessKey())).isEmpty();
    assertThat(register.occupiedArea("sx-jyt", today())).isEqualByComparingTo("850");
  }

  @Test
  void returnedByEachApproverAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start(lease(30, 12));
    String id = pi.getBusinessKey();
    long firstIdle = cases.check(id, "idleSpaceFirst").id();
    long firstArea = cases.check(id, "leasedOfficeArea").id();

    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jyt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "idleSpaceFirst").id()).isGreaterThan(firstIdle);
    assertThat(cases.check(id, "leasedOfficeArea").id()).isGreaterThan(firstArea);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    cases.decide(id, "Task_GovernmentApproval", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(entered(id)).isEmpty();
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(entered(id)).hasSize(1);
  }

  @Test
  void withdrawnAfterReturn() {
    ProcessInstance pi = start(swap(20));
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauOpinion", "RETURN");
    cases.decide(pi.getBusinessKey(), "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Withdrawn")
        .hasNotPassed("Task_GovernmentApproval");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
    assertThat(entered(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void banfa19_2_anyUseButTheUnitsOwnOfficesIsAProhibitionFailForLeaseBorrowAndSwap() {
    Map<String, Object> sublet = lease(20, 8);
    sublet.put("use", "SUBLET");
    Map<String, Object> lend = borrow(20);
    lend.put("use", "LEND");
    Map<String, Object> other = swap(20);
    other.put("use", "OTHER");
    for (Map<String, Object> form : List.of(sublet, lend, other)) {
      ProcessInstance pi = start(form);
      assertThat(pi).hasPassed("Task_CheckSpaceUse").isWaitingAt("Task_UnitHeadReview");
      var use = cases.check(pi.getBusinessKey(), "leasedSpaceUse");
      assertThat(use.verdict()).as(form.get("use").toString()).isEqualTo(Verdict.FAIL);
      assertThat(use.message()).contains("不得出租、出借办公用房或者改变办公用房使用功能");
    }
    ProcessInstance own = start(lease(20, 8));
    assertThat(cases.check(own.getBusinessKey(), "leasedSpaceUse").verdict())
        .isEqualTo(Verdict.PASS);
  }

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    String id = cases.start("xl-jyj-staff", "office-space-lease", lease(10, 3));
    var head =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_UnitHeadReview").getId());
    assertThat(head).extracting(l -> l.getGroupId()).containsExactly("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    var bureau =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_BureauOpinion").getId());
    assertThat(bureau).extracting(l -> l.getGroupId()).containsExactly("xl.BUREAU_REVIEWER");
    cases.decide(id, "Task_BureauOpinion", "APPROVE");
    var finance =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_FinanceOpinion").getId());
    assertThat(finance).extracting(l -> l.getGroupId()).containsExactly("xl.FINANCE");
    cases.decide(id, "Task_FinanceOpinion", "APPROVE");
    var government =
        engine
            .getTaskService()
            .getIdentityLinksForTask(cases.task(id, "Task_GovernmentApproval").getId());
    assertThat(government).extracting(l -> l.getGroupId()).containsExactly("xl.GOVERNMENT");
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    assertThat(register.ofUnit("xl-jyj"))
        .filteredOn(s -> id.equals(s.sourceApplication()))
        .singleElement()
        .satisfies(s -> assertThat(s.govCode()).isEqualTo("xl"));
  }
}
