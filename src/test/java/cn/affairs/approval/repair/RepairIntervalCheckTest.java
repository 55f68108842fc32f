package cn.affairs.approval.repair;

import static cn.affairs.approval.repair.RepairForms.major;
import static cn.affairs.approval.repair.RepairForms.routine;
import static cn.affairs.approval.repair.RepairForms.thisYear;
import static cn.affairs.approval.repair.RepairForms.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * repairInterval around the minimum of 15 years (localPolicy.repairMinIntervalYears), counted from
 * completion, from the stated last major repair, or from the repair register.
 */
@AffairsTest
class RepairIntervalCheckTest {

  static final String BASIS = "本级规定（可配置）：办公用房维修改造最短间隔年限；《山西省机关事务管理办法》第二十条第二款";

  @Autowired Cases cases;
  @Autowired RepairProjectMapper register;

  @BeforeEach
  void demoRegister() {
    cases.resetRegisters();
  }

  CheckResult interval(String user, Map<String, Object> form) {
    return cases.check(cases.start(user, "office-repair", form), "repairInterval");
  }

  CheckResult interval(Map<String, Object> form) {
    return interval("sx-jtt-staff", form);
  }

  Map<String, Object> completedYearsAgo(int years) {
    return with(major(300), "buildingCompletedYear", thisYear() - years);
  }

  @Test
  void fourteenYearsAfterCompletionIsTooSoon() {
    CheckResult result = interval(completedYearsAgo(14));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .isEqualTo("距建成（" + (thisYear() - 14) + "年）14年，不足本级规定的维修改造最短间隔15年，" + "评估论证须说明提前维修改造的理由");
    assertThat(result.basis()).isEqualTo(BASIS);
    assertThat(result.factsJson()).contains("\"intervalYears\":14").contains("\"minimumYears\":15");
  }

  @Test
  void fifteenYearsAfterCompletionIsEnough() {
    CheckResult result = interval(completedYearsAgo(15));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("距建成（" + (thisYear() - 15) + "年）15年，达到本级规定的维修改造最短间隔15年");
  }

  @Test
  void sixteenYearsAfterCompletionIsEnough() {
    CheckResult result = interval(completedYearsAgo(16));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("16年，达到");
  }

  @Test
  void theStatedLastMajorRepairCountsInsteadOfCompletion() {
    Map<String, Object> fourteen =
        with(completedYearsAgo(40), "lastMajorRepairYear", thisYear() - 14);
    CheckResult warn = interval(fourteen);
    assertThat(warn.verdict()).isEqualTo(Verdict.WARN);
    assertThat(warn.message())
        .startsWith("距上次维修改造（" + (thisYear() - 14) + "年）14年，不足本级规定的维修改造最短间隔15年");

    CheckResult fifteen =
        interval(with(completedYearsAgo(40), "lastMajorRepairYear", thisYear() - 15));
    assertThat(fifteen.verdict()).isEqualTo(Verdict.PASS);
    assertThat(fifteen.message()).startsWith("距上次维修改造（" + (thisYear() - 15) + "年）15年");

    CheckResult sixteen =
        interval(with(completedYearsAgo(40), "lastMajorRepairYear", thisYear() - 16));
    assertThat(sixteen.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void theRegistersLastAcceptedMajorRepairOfTheBuildingCounts() {
    insertAccepted("sx-jtt", "综合办公楼", LocalDate.of(thisYear() - 14, 6, 30), "ACCEPTED");
    CheckResult warn = interval(completedYearsAgo(40));
    assertThat(warn.verdict()).isEqualTo(Verdict.WARN);
    assertThat(warn.message()).startsWith("距维修台账记载的上次维修改造（" + (thisYear() - 14) + "年）14年");
    assertThat(warn.factsJson()).contains("\"registeredLastMajorRepairYear\":" + (thisYear() - 14));
  }

  @Test
  void aRegisteredRepairFifteenYearsAgoIsEnough() {
    insertAccepted("sx-jtt", "综合办公楼", LocalDate.of(thisYear() - 15, 6, 30), "ACCEPTED");
    CheckResult result = interval(completedYearsAgo(40));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).startsWith("距维修台账记载的上次维修改造（" + (thisYear() - 15) + "年）15年");
  }

  @Test
  void onlyAcceptedRepairsOfTheSameBuildingAndUnitCount() {
    insertAccepted("sx-jtt", "综合办公楼", LocalDate.of(thisYear() - 1, 6, 30), "NOT_ACCEPTED");
    insertAccepted("sx-jtt", "后勤楼", LocalDate.of(thisYear() - 1, 6, 30), "ACCEPTED");
    insertAccepted("sx-jyt", "综合办公楼", LocalDate.of(thisYear() - 1, 6, 30), "ACCEPTED");
    CheckResult result = interval(completedYearsAgo(20));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).startsWith("距建成（" + (thisYear() - 20) + "年）20年");
  }

  @Test
  void theDemoRegisterHoldsTheMajorRepairOfTheEducationDepartmentsBuildingIn2012() {
    // demo: 省教育厅办公楼 was last repaired (accepted) in 2012; the applicant only states completion
    Map<String, Object> form =
        with(with(major(300), "building", "省教育厅办公楼"), "buildingCompletedYear", 1990);
    CheckResult result = interval("sx-jyt-staff", form);
    int years = thisYear() - 2012;
    assertThat(result.verdict()).isEqualTo(years < 15 ? Verdict.WARN : Verdict.PASS);
    assertThat(result.message()).startsWith("距维修台账记载的上次维修改造（2012年）" + years + "年");
  }

  @Test
  void routineUpkeepHasNoInterval() {
    CheckResult result = interval(with(routine(20), "buildingCompletedYear", thisYear()));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).isEqualTo("日常维修属本单位日常维护，不受维修改造最短间隔15年的限制");
  }

  private void insertAccepted(String unit, String building, LocalDate completedOn, String status) {
    register.insert(
        new RepairProject(
            null,
            "sx",
            unit,
            building,
            "MAJOR",
            new BigDecimal("1000"),
            new BigDecimal("200"),
            completedOn.getYear(),
            status,
            completedOn,
            new BigDecimal("195"),
            "ACCEPTED".equals(status) ? completedOn.plusDays(20) : null,
            null,
            LocalDateTime.now()));
  }
}
