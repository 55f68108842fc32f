package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static cn.affairs.approval.vehicle.VehicleCases.replacing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of vehicle-purchase.bpmn. */
@AffairsTest
class VehiclePurchaseProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;
  @Autowired VehicleMapper register;
  @Autowired VehiclePurchaseFamily family;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
    cases.resetRegisters();
  }

  ProcessInstance start(String user, Map<String, Object> form) {
    return cases.instance(vehicles.start(user, form));
  }

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void newCarApprovedAllTheWayEntersTheRegister() {
    // given 省交通运输厅: 7 of 8
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    String id = pi.getBusinessKey();
    assertThat(id).startsWith("CL-");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(pi)
        .hasPassedInOrder(
            "Task_CheckQuota",
            "Task_CheckRenewalAge",
            "Task_CheckCaps",
            "Task_CheckMadeInChina",
            "Task_CheckDomesticBrand",
            "Task_CheckNewEnergy",
            "Task_CheckLuxuryOptions",
            "Task_CheckSource");
    // a new car replaces none: the renewal-age rule does not apply (不适用), every other rule passes
    assertThat(cases.checks(id))
        .hasSize(8)
        .allSatisfy(
            c ->
                assertThat(c.verdict())
                    .isEqualTo(
                        c.ruleName().equals("vehicleRenewalAge")
                            ? Verdict.NOT_APPLICABLE
                            : Verdict.PASS));
    // when
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_BureauVehicleReview");
    cases.decide(id, "Task_BureauVehicleReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_FinanceReview");
    cases.decide(id, "Task_FinanceReview", "APPROVE");
    assertThat(pi).isWaitingAt("Task_CentralProcurement");
    vehicles.procure(id, 14.8, "晋A·T0008");
    // then
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder("Task_CheckFinalPrice", "Task_RegisterVehicle", "EndEvent_Approved");
    assertThat(cases.application(id).status()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(cases.check(id, "vehicleFinalPrice").verdict()).isEqualTo(Verdict.PASS);
    assertThat(register.activeCount("sx-jtt")).isEqualTo(8);
    Vehicle car = register.byPlate("晋A·T0008");
    assertThat(car.unitCode()).isEqualTo("sx-jtt");
    assertThat(car.status()).isEqualTo(Vehicle.ACTIVE);
    assertThat(car.purchaseDate()).isEqualTo(today());
    assertThat(car.price()).isEqualByComparingTo("14.8");
    assertThat(car.mileageKm()).isZero();
    assertThat(car.category()).isEqualTo("OTHER");
    assertThat(car.energyType()).isEqualTo("BEV");
    assertThat(car.displacement()).isNull();
    assertThat(car.brand() + " " + car.model()).isEqualTo("比亚迪 秦PLUS EV");
    assertThat(car.sourceApplication()).isEqualTo(id);
  }

  @Test
  void replacementApprovedMarksTheReplacedCarForDisposalWithTheNewCar() {
    // given 省教育厅 at its quota of 6, replacing 晋A·J0001
    ProcessInstance pi = start("sx-jyt-staff", replacing("晋A·J0001"));
    String id = pi.getBusinessKey();
    vehicles.approveUpToProcurement(id);
    // when
    vehicles.procure(id, 15.2, "晋A·J0007");
    // then
    assertThat(pi).isEnded().hasPassed("Task_RegisterVehicle", "EndEvent_Approved");
    Vehicle old = register.byPlate("晋A·J0001");
    assertThat(old.status()).isEqualTo(Vehicle.TO_DISPOSE);
    assertThat(old.replacedByApplication()).isEqualTo(id);
    assertThat(register.byPlate("晋A·J0007").status()).isEqualTo(Vehicle.ACTIVE);
    assertThat(register.activeCount("sx-jyt")).isEqualTo(6);
  }

  @Test
  void finalPriceOverTheCapGoesBackToProcurement() {
    // given a battery-electric car, held to the new-energy cap of 18 万元
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    String id = pi.getBusinessKey();
    vehicles.approveUpToProcurement(id);
    // when the deal closes 0.01 over the cap
    vehicles.procure(id, 18.01, "晋A·T0008");
    // then back at 集中采购, nothing registered
    assertThat(pi)
        .isWaitingAt("Task_CentralProcurement")
        .hasPassed("Task_CheckFinalPrice")
        .hasNotPassed("Task_RegisterVehicle");
    var fail = cases.check(id, "vehicleFinalPrice");
    assertThat(fail.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(fail.message()).contains("成交价格 18.01 万元", "价格上限 18 万元");
    assertThat(register.byPlate("晋A·T0008")).isNull();
    // when re-procured at exactly the cap
    vehicles.procure(id, 18, "晋A·T0008");
    // then
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
    assertThat(cases.check(id, "vehicleFinalPrice").verdict()).isEqualTo(Verdict.PASS);
    assertThat(register.byPlate("晋A·T0008").price()).isEqualByComparingTo("18");
  }

  @Test
  void rejectedByUnitHead() {
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_BureauVehicleReview");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void rejectedByBureau() {
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauVehicleReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_FinanceReview");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.REJECTED);
  }

  @Test
  void rejectedByFinance() {
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauVehicleReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_FinanceReview", "REJECT");
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("Task_CentralProcurement");
  }

  @Test
  void rejectedAtProcurementLeavesTheRegisterAlone() {
    ProcessInstance pi = start("sx-jyt-staff", replacing("晋A·J0001"));
    vehicles.approveUpToProcurement(pi.getBusinessKey());
    cases.decide(pi.getBusinessKey(), CentralProcurement.TASK, "REJECT");
    assertThat(pi)
        .isEnded()
        .hasPassed("EndEvent_Rejected")
        .hasNotPassed("Task_CheckFinalPrice", "Task_RegisterVehicle");
    assertThat(register.byPlate("晋A·J0001").status()).isEqualTo(Vehicle.ACTIVE);
    assertThat(register.activeCount("sx-jyt")).isEqualTo(6);
  }

  @Test
  void returnedByEachApproverAndResubmittedRunsTheChecksAgain() {
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    String id = pi.getBusinessKey();
    long firstCheck = cases.check(id, "vehicleQuota").id();
    cases.decide(id, "Task_UnitHeadReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    assertThat(cases.task(id, "Task_ReviseApplication").getAssignee()).isEqualTo("sx-jtt-staff");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.check(id, "vehicleQuota").id()).isGreaterThan(firstCheck);

    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauVehicleReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    cases.decide(id, "Task_BureauVehicleReview", "APPROVE");
    cases.decide(id, "Task_FinanceReview", "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    vehicles.approveUpToProcurement(id);
    cases.decide(id, CentralProcurement.TASK, "RETURN");
    assertThat(pi).isWaitingAt("Task_ReviseApplication");
    long beforeLastResubmit = cases.check(id, "vehicleCaps").id();
    cases.decide(id, "Task_ReviseApplication", "RESUBMIT");
    assertThat(cases.check(id, "vehicleCaps").id()).isGreaterThan(beforeLastResubmit);
    vehicles.approveUpToProcurement(id);
    vehicles.procure(id, 15, "晋A·T0008");
    assertThat(pi).isEnded().hasPassed("EndEvent_Approved");
  }

  @Test
  void withdrawnAfterReturn() {
    ProcessInstance pi = start("sx-jtt-staff", newCar());
    cases.decide(pi.getBusinessKey(), "Task_UnitHeadReview", "APPROVE");
    cases.decide(pi.getBusinessKey(), "Task_BureauVehicleReview", "RETURN");
    cases.decide(pi.getBusinessKey(), "Task_ReviseApplication", "WITHDRAW");
    assertThat(pi).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(cases.application(pi.getBusinessKey()).status())
        .isEqualTo(ApplicationStatus.WITHDRAWN);
  }

  @Test
  void registrationIsRefusedWholeWhenTheReplacedCarIsNoLongerInUse() {
    // given two cases replacing the same car, both at 集中采购
    String first = vehicles.start("sx-jyt-staff", replacing("晋A·J0001"));
    String second = vehicles.start("sx-jyt-staff", replacing("晋A·J0001"));
    vehicles.approveUpToProcurement(first);
    vehicles.approveUpToProcurement(second);
    vehicles.procure(first, 15, "晋A·J0007");
    // when the second one is procured too
    assertThatThrownBy(() -> vehicles.procure(second, 15, "晋A·J0008"))
        .isInstanceOf(RegisterConflict.class)
        .hasMessageContaining("晋A·J0001");
    // then nothing of the second case was written, and it still waits at 集中采购
    assertThat(register.byPlate("晋A·J0008")).isNull();
    assertThat(register.byPlate("晋A·J0001").replacedByApplication()).isEqualTo(first);
    assertThat(cases.task(second, CentralProcurement.TASK)).isNotNull();
  }

  @Test
  void tasksGoToTheApplicantsOwnGovernment() {
    String id = vehicles.start("xl-jyj-staff", newCar());
    var tasks = engine.getTaskService();
    assertThat(tasks.getIdentityLinksForTask(cases.task(id, "Task_UnitHeadReview").getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("xl-jyj.UNIT_HEAD");
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    assertThat(tasks.getIdentityLinksForTask(cases.task(id, "Task_BureauVehicleReview").getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("xl.BUREAU_VEHICLE");
    cases.decide(id, "Task_BureauVehicleReview", "APPROVE");
    assertThat(tasks.getIdentityLinksForTask(cases.task(id, "Task_FinanceReview").getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("xl.FINANCE");
    cases.decide(id, "Task_FinanceReview", "APPROVE");
    var procurement = cases.task(id, CentralProcurement.TASK);
    assertThat(tasks.getIdentityLinksForTask(procurement.getId()))
        .extracting(l -> l.getGroupId())
        .containsExactly("xl.BUREAU_VEHICLE");
    assertThat(procurement.getDueDate()).isNotNull();
  }

  @Test
  void everyStepThatCitesArticlesIsInTheDiagram() {
    var repository = engine.getRepositoryService();
    var definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(VehiclePurchaseFamily.KEY)
            .latestVersion()
            .singleResult();
    var model = repository.getBpmnModelInstance(definition.getId());
    assertThat(family.stepArticles().keySet())
        .isNotEmpty()
        .allSatisfy(
            step -> assertThat((Object) model.getModelElementById(step)).as(step).isNotNull());
    assertThat(family.stepForm(CentralProcurement.TASK).fields())
        .extracting(f -> f.name())
        .containsExactly("supplier", "finalPrice", "plate");
  }
}
