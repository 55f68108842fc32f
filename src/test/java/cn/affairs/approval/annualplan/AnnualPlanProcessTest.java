package cn.affairs.approval.annualplan;

import static cn.affairs.approval.annualplan.AnnualPlanForms.desktops;
import static cn.affairs.approval.annualplan.AnnualPlanForms.form;
import static cn.affairs.approval.annualplan.AnnualPlanForms.need;
import static cn.affairs.approval.annualplan.AnnualPlanForms.nextYear;
import static cn.affairs.approval.annualplan.AnnualPlanForms.nextYearsNeeds;
import static cn.affairs.approval.annualplan.AnnualPlanForms.vehicles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of annual-plan.bpmn, with the plan it issues (条例 第三十三至三十六条, 办法 第十二条). */
@AffairsTest
class AnnualPlanProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  @Autowired AnnualPlanFamily family;
  @Autowired ObjectMapper json;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  ProcessInstance start(Map<String, Object> form) {
    return cases.instance(cases.start("sx-jyt-staff", "annual-plan", form));
  }

  /** 财政部门 approves with a ceiling, as TaskDecisions does: the step form is kept, then completed. */
  void financeApproves(String id, String ceiling) {
    family.recordStep(
        AnnualPlanFamily.FINANCE_TASK,
        json.createObjectNode().put("ceiling", new BigDecimal(ceiling)),
        cases.application(id));
    cases.decide(id, AnnualPlanFamily.FINANCE_TASK, "APPROVE");
  }

  String upToGovernment(Map<String, Object> form, String ceiling) {
    ProcessInstance pi = start(form);
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    financeApproves(id, ceiling);
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    return id;
  }

  @Test
  void tiaoli33to36_banfa12_needsFiledApprovedByUnitBureauFinanceAndGovernmentBecomeThePlan() {
    // given: next year's needs, 480 万元 in three lines
    ProcessInstance pi = start(nextYearsNeeds());
    String id = pi.getBusinessKey();
    assertThat(id).startsWith("ND-");
    assertThat(pi)
        .hasPassedInOrder("Task_CheckVehicleQuota", "Task_CheckOfficeArea", "Task_CheckEquipment")
        .isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "plannedVehicleQuota").verdict()).isEqualTo(Verdict.PASS);
    assertThat(cases.check(id, "plannedEquipment").verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    // when: 单位负责人 → 汇总审核 (the checks again) → 财政部门 sets 500 → 本级政府
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi)
        .hasPassedInOrder(
            "Task_RecheckVehicleQuota", "Task_RecheckOfficeArea", "Task_RecheckEquipment")
        .isWaitingAt("Task_BureauReview");
    cases.decide(id, "Task_BureauReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceReview");
    financeApproves(id, "500");
    assertThat(plans.find("sx-jyt", nextYear())).isNull();
    cases.decide(id, "Task_GovernmentApproval", "APPROVE");
    // then: the plan of next year, version 1, ceiling 500, each item from this case
    assertThat(pi).isEnded().hasPassed("Task_IssuePlan", "EndEvent_Approved");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    AnnualPlan plan = plans.find("sx-jyt", nextYear());
    assertThat(plan.ceiling()).isEqualByComparingTo("500");
    assertThat(plan.version()).isEqualTo(1);
    List<PlanItem> items = plans.items(plan);
    assertThat(items)
        .extracting(PlanItem::category)
        .containsExactly("OPERATIONS", "OFFICE_SPACE", "VEHICLES");
    assertThat(items).allSatisfy(i -> assertThat(i.sourceApplication()).isEqualTo(id));
    assertThat(plans.total(plan)).isEqualByComparingTo("480");
    assertThat(plans.versions(plan)).hasSize(1);
  }

  @Test
  void tiaoli36_theBureauChecksTheNeedsAgainstTheVehicleQuotaAndTheEquipmentStandard() {
    // sx-jyt has 6 cars in use and a quota of 6: one more is over it
    ProcessInstance pi = start(form(nextYear(), vehicles(1, "25"), desktops(500, "250")));
    String id = pi.getBusinessKey();
    assertThat(cases.check(id, "plannedVehicleQuota").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(cases.check(id, "plannedVehicleQuota").message())
        .contains("在用公务用车 6 辆", "计划新增 1 辆", "超过编制 6 辆");
    assertThat(cases.check(id, "plannedEquipment").verdict()).isEqualTo(Verdict.FAIL);
    assertThat(cases.check(id, "plannedEquipment").message())
        .contains("台式计算机", "现有 70 + 计划 500", "超过配置标准上限");
  }

  @Test
  void tiaoli36_aCeilingBelowTheNeedsIsRefusedAtFinance() {
    ProcessInstance pi = start(nextYearsNeeds());
    Map<String, String> errors =
        family.validateStep(
            AnnualPlanFamily.FINANCE_TASK,
            json.createObjectNode().put("ceiling", 400),
            cases.application(pi.getBusinessKey()));
    assertThat(errors.get("ceiling")).contains("预算控制数 400 万元低于需求合计 480 万元");
  }

  @Test
  void returnedNeedsAreRevisedAndCheckedAgain() {
    ProcessInstance pi = start(nextYearsNeeds());
    String id = pi.getBusinessKey();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    cases.decide(id, "Task_UnitHeadReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(plans.find("sx-jyt", nextYear())).isNull();
  }

  @Test
  void theGovernmentsRefusalIssuesNoPlan() {
    String id = upToGovernment(nextYearsNeeds(), "500");
    cases.decide(id, "Task_GovernmentApproval", "REJECT");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(plans.find("sx-jyt", nextYear())).isNull();
  }

  @Test
  void aPlanIssuedMeanwhileIsAConflictAndNothingIsWritten() {
    String first = upToGovernment(nextYearsNeeds(), "500");
    String second =
        upToGovernment(form(nextYear(), need("OPERATIONS", "机关运行经费", "280", "机关运行经费定额标准")), "300");
    cases.decide(first, "Task_GovernmentApproval", "APPROVE");
    assertThatThrownBy(() -> cases.decide(second, "Task_GovernmentApproval", "APPROVE"))
        .isInstanceOf(RegisterConflict.class)
        .hasMessageContaining("已有 " + nextYear() + " 年度保障计划");
    assertThat(plans.find("sx-jyt", nextYear()).ceiling()).isEqualByComparingTo("500");
    assertThat(cases.task(second, "Task_GovernmentApproval")).isNotNull();
  }

  static Map<String, Object> copy(Map<String, Object> form) {
    return new HashMap<>(form);
  }
}
