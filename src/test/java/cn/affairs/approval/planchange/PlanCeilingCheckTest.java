package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.existing;
import static cn.affairs.approval.planchange.PlanChangeForms.item;
import static cn.affairs.approval.planchange.PlanChangeForms.normal;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 年度计划预算上限 (条例 第三十七条) on the demo plans: 省教育厅 sx-jyt 2026 ceiling 500 万元 with items totalling 420;
 * 县教育局 xl-jyj 2026 ceiling 100 with 70.
 */
@AffairsTest
class PlanCeilingCheckTest {

  static final String BASIS = "《山西省机关运行保障条例（草案）》第三十七条";

  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  @Autowired CaseFiles caseFiles;
  @Autowired PlanCeilingCheck check;
  @Autowired ObjectMapper json;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult ceiling(String user, Map<String, Object> form) {
    return cases.check(cases.start(user, "plan-change", form), "planCeiling");
  }

  @Test
  void newItemJustUnderTheCeilingPasses() {
    CheckResult result = ceiling("sx-jyt-staff", normal(added("ENERGY", "照明节能改造", "79.99")));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("调整前计划总额 420 万元，调整后 499.99 万元，未超过预算上限 500 万元（尚余 0.01 万元）");
    assertThat(result.basis()).isEqualTo(BASIS);
    assertThat(result.step()).isEqualTo("Task_CheckCeiling");
  }

  @Test
  void newItemReachingTheCeilingExactlyPasses() throws Exception {
    CheckResult result = ceiling("sx-jyt-staff", normal(added("ENERGY", "照明节能改造", "80")));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("调整前计划总额 420 万元，调整后 500 万元，未超过预算上限 500 万元（尚余 0 万元）");
    JsonNode facts = json.readTree(result.factsJson());
    assertThat(facts.get("ceiling").decimalValue()).isEqualByComparingTo("500");
    assertThat(facts.get("totalBefore").decimalValue()).isEqualByComparingTo("420");
    assertThat(facts.get("totalAfter").decimalValue()).isEqualByComparingTo("500");
    assertThat(facts.get("increase").decimalValue()).isEqualByComparingTo("80");
  }

  @Test
  void newItemOneHundredthOverTheCeilingFails() {
    CheckResult result = ceiling("sx-jyt-staff", normal(added("ENERGY", "照明节能改造", "80.01")));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo("调整前计划总额 420 万元，调整后 500.01 万元，超过预算上限 500 万元（超出 0.01 万元）");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void raisingAnExistingItemCountsOnlyTheDifference() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id(); // 20
    assertThat(ceiling("sx-jyt-staff", normal(existing(assets, "100"))).verdict())
        .isEqualTo(Verdict.PASS);
    CheckResult over = ceiling("sx-jyt-staff", normal(existing(assets, "100.01")));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).contains("调整后 500.01 万元", "超出 0.01 万元");
  }

  @Test
  void cutsMakeRoomForNewItems() {
    long operations = item(plans, "sx-jyt", "机关运行经费").id(); // 300 → 250 frees 50
    CheckResult result =
        ceiling(
            "sx-jyt-staff", normal(existing(operations, "250"), added("SERVICES", "物业服务", "130")));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).startsWith("调整前计划总额 420 万元，调整后 500 万元");
  }

  @Test
  void countyUnitUnderAtAndOverItsOwnCeiling() {
    assertThat(ceiling("xl-jyj-staff", normal(added("ASSETS", "教学电脑", "29.99"))).verdict())
        .isEqualTo(Verdict.PASS);
    CheckResult at = ceiling("xl-jyj-staff", normal(added("ASSETS", "教学电脑", "30")));
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message()).isEqualTo("调整前计划总额 70 万元，调整后 100 万元，未超过预算上限 100 万元（尚余 0 万元）");
    CheckResult over = ceiling("xl-jyj-staff", normal(added("ASSETS", "教学电脑", "30.01")));
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).isEqualTo("调整前计划总额 70 万元，调整后 100.01 万元，超过预算上限 100 万元（超出 0.01 万元）");
  }

  @Test
  void noPlanOfTheYearFails() {
    String id = cases.start("sx-jyt-staff", "plan-change", normal(added("ENERGY", "照明节能改造", "10")));
    CaseFile file = caseFiles.load(id);
    ObjectNode form = file.form().deepCopy();
    form.put("year", 2031);
    CheckOutcome outcome =
        check.evaluate(
            new CaseFile(
                file.id(),
                file.processKey(),
                file.applicant(),
                form,
                file.unit(),
                file.government(),
                json));
    assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(outcome.message()).isEqualTo("本单位没有 2031 年度保障计划，无法核对预算上限");
  }
}
