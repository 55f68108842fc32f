package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared tenderingThresholdCheck (works thresholds) runs on repairs too, reading their
 * estimatedCost.
 */
@AffairsTest
class RepairTenderingTest {

  @Autowired Cases cases;

  CheckResult tendering(Object cost) {
    return cases.check(
        cases.start("xl-jyj-staff", "office-repair", major(cost)), "tenderingThreshold");
  }

  @Test
  void belowTheThreshold() {
    CheckResult result = tendering(399.99);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("估算投资399.99万元，低于工程招标限额400万元；达到工程分散采购限额120万元（本级规定），须按政府采购规定组织采购");
    assertThat(result.step()).isEqualTo("Task_CheckTendering");
  }

  @Test
  void atTheThreshold() {
    CheckResult result = tendering(400);
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).isEqualTo("估算投资400万元，达到工程招标限额400万元，须依法公开招标");
  }

  @Test
  void overTheThreshold() {
    assertThat(tendering(400.01).verdict()).isEqualTo(Verdict.WARN);
  }
}
