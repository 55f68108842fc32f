package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static cn.affairs.approval.repair.RepairForms.routine;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** repairScope around the 本级政府 amount of 500 万元 (localPolicy.governmentApprovalCost). */
@AffairsTest
class RepairScopeCheckTest {

  @Autowired Cases cases;
  @Autowired RuntimeService runtime;

  CheckResult scope(Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "office-repair", form), "repairScope");
  }

  @Test
  void routineRepairBelowTheGovernmentAmountIsTheUnitsOwnDuty() {
    String id = cases.start("sx-jyt-staff", "office-repair", routine(499.99));
    CheckResult result = cases.check(id, "repairScope");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("日常维修属本单位日常维护职责").contains("499.99万元").contains("500万元");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十条第一款");
    assertThat(result.factsJson()).contains("\"needsBureau\":false");
    assertThat(runtime.getVariable(cases.instance(id).getId(), "repairScopeVerdict"))
        .isEqualTo("PASS");
  }

  @Test
  void banfa20_aRoutineRepairAtTheGovernmentAmountIsRoutedToTheBureau() {
    String id = cases.start("sx-jyt-staff", "office-repair", routine(500));
    CheckResult result = cases.check(id, "repairScope");
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .isEqualTo(
            "申报为日常维修，但估算投资500万元，达到本级政府批准限额500万元：按维修改造办理，"
                + "由机关事务管理部门组织评估论证、造价审核并纳入年度维修计划，须报本级政府批准");
    assertThat(result.basis()).contains("第二十条第二款").contains("本级规定");
    assertThat(result.factsJson()).contains("\"needsBureau\":true");
    assertThat(runtime.getVariable(cases.instance(id).getId(), "repairScopeVerdict"))
        .isEqualTo("WARN");
  }

  @Test
  void banfa20_2_aRoutineRepairForAgeingIsRoutedToTheBureauWhateverItsCost() {
    CheckResult result =
        scope(RepairForms.with(routine(30), "reasons", java.util.List.of("AGING", "SAFETY")));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .isEqualTo(
            "申报为日常维修，但维修原因为设施设备老化，维修原因为安全隐患：按维修改造办理，" + "由机关事务管理部门组织评估论证、造价审核并纳入年度维修计划，无须报本级政府批准");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十条第二款");
  }

  @Test
  void majorRepairBelowTheGovernmentAmountGoesToTheBureauOnly() {
    CheckResult result = scope(major(499.99));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .contains("评估论证、造价审核并纳入年度维修计划")
        .contains("估算投资499.99万元，低于本级政府批准限额500万元，无须报本级政府批准");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第二十条第二款");
    assertThat(result.factsJson()).contains("\"needsGovernmentApproval\":false");
  }

  @Test
  void majorRepairAtTheGovernmentAmountGoesToTheGovernment() {
    CheckResult result = scope(major(500));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("估算投资500万元，达到本级政府批准限额500万元，须报本级政府批准");
    assertThat(result.basis()).contains("本级规定");
    assertThat(result.factsJson()).contains("\"needsGovernmentApproval\":true");
  }

  @Test
  void majorRepairOverTheGovernmentAmountGoesToTheGovernment() {
    CheckResult result = scope(major(500.01));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("500.01万元").contains("须报本级政府批准").doesNotContain("无须");
  }
}
