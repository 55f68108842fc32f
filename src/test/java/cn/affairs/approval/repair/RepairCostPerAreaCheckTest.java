package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static cn.affairs.approval.repair.RepairForms.routine;
import static cn.affairs.approval.repair.RepairForms.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** repairCostPerArea around the cap of 0.25 万元/㎡ (localPolicy.repairCostCapPerM2). */
@AffairsTest
class RepairCostPerAreaCheckTest {

  static final String BASIS = "本级规定（可配置）：办公用房维修单位面积造价上限；《山西省机关事务管理办法》第二十条第二款（造价审核）";

  @Autowired Cases cases;

  CheckResult costPerArea(Map<String, Object> form) {
    return cases.check(cases.start("sl-jyj-staff", "office-repair", form), "repairCostPerArea");
  }

  Map<String, Object> onThousandSquareMetres(Object cost) {
    return with(major(cost), "affectedArea", 1000);
  }

  @Test
  void underTheCap() {
    CheckResult result = costPerArea(onThousandSquareMetres(249));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("估算投资249万元 ÷ 维修面积1000㎡ = 0.249万元/㎡，未超过本级规定的单位面积造价上限0.25万元/㎡");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void atTheCap() {
    CheckResult result = costPerArea(onThousandSquareMetres(250));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).startsWith("估算投资250万元 ÷ 维修面积1000㎡ = 0.25万元/㎡，未超过");
  }

  @Test
  void overTheCap() {
    CheckResult result = costPerArea(onThousandSquareMetres(251));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .isEqualTo("估算投资251万元 ÷ 维修面积1000㎡ = 0.251万元/㎡，超过本级规定的单位面积造价上限0.25万元/㎡，造价审核须核实");
    assertThat(result.factsJson()).contains("\"capPerM2\":0.25").contains("\"affectedArea\":1000");
  }

  @Test
  void roundingDoesNotHideAnExcess() {
    CheckResult result = costPerArea(with(major(0.75001), "affectedArea", 3));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains("= 0.25000334万元/㎡，超过");
  }

  @Test
  void routineRepairsAreHeldToTheSameCap() {
    CheckResult result = costPerArea(with(routine(201), "affectedArea", 800));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains("201万元 ÷ 维修面积800㎡ = 0.2513万元/㎡");
  }
}
