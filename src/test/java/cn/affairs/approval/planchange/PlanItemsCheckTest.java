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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 计划项目归属 (条例 第三十六、三十七条): the items a change names are the unit's own, of that year. */
@AffairsTest
class PlanItemsCheckTest {

  static final String BASIS = "《山西省机关运行保障条例（草案）》第三十六条、第三十七条";

  @Autowired Cases cases;
  @Autowired AnnualPlans plans;
  @Autowired CaseFiles caseFiles;
  @Autowired PlanItemsCheck check;
  @Autowired ObjectMapper json;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  @Test
  void ownItemsPass() {
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    String id =
        cases.start(
            "sx-jyt-staff",
            "plan-change",
            normal(
                existing(assets, "30"),
                added("ENERGY", "照明节能改造", "5"),
                added("SERVICES", "物业服务", "5")));
    CheckResult result = cases.check(id, "planItems");
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("调整现有项目 1 项、新增项目 2 项，现有项目均属于山西省教育厅 2026 年度保障计划");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void itemsGoneBeforeTheBureauLooksFailAtTheRecheck() {
    // given: submitted while the item existed
    long assets = item(plans, "sx-jyt", "办公设备购置").id();
    String id = cases.start("sx-jyt-staff", "plan-change", normal(existing(assets, "30")));
    assertThat(cases.check(id, "planItems").verdict()).isEqualTo(Verdict.PASS);
    // when: the plan is issued anew before the case reaches the bureau
    cases.resetRegisters();
    cases.decide(id, "Task_UnitHeadReview", "APPROVE");
    // then
    CheckResult result = cases.check(id, "planItems");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.step()).isEqualTo("Task_RecheckPlanItems");
    assertThat(result.message())
        .isEqualTo("计划项目 " + assets + " 不是山西省教育厅 2026 年度保障计划的项目（或已不存在），共 1 项无法调整");
  }

  @Test
  void anotherUnitsItemFails() {
    // the form refuses it at submission; the check states it for a case whose items changed hands
    long own = item(plans, "sx-jyt", "办公设备购置").id();
    long foreign = item(plans, "sx-jtt", "公务用车运行维护").id();
    CaseFile file =
        caseFiles.load(cases.start("sx-jyt-staff", "plan-change", normal(existing(own, "30"))));
    ObjectNode form = file.form().deepCopy();
    ((ObjectNode) form.get("changes").get(0)).put("itemId", foreign);
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
    assertThat(outcome.message())
        .isEqualTo("计划项目 " + foreign + " 不是山西省教育厅 2026 年度保障计划的项目（或已不存在），共 1 项无法调整");
  }

  @Test
  void noPlanOfTheYearFails() {
    CaseFile file =
        caseFiles.load(
            cases.start("sx-jyt-staff", "plan-change", normal(added("ENERGY", "照明节能改造", "5"))));
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
    assertThat(outcome.message()).isEqualTo("山西省教育厅没有 2031 年度保障计划，调整无从实施");
  }
}
