package cn.affairs.approval.construction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Office-room area against the standard at all three levels, with the demo units: 省教育厅 882㎡ (holds
 * 850), 省交通运输厅 1152㎡ (holds 1300), 市教育局 483㎡ (holds 470), 县教育局 234㎡ (holds 200).
 */
@AffairsTest
class OfficeRoomAreaCheckTest {

  @Autowired Cases cases;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult check(String staff, int added) {
    Map<String, Object> form = OfficeSpaceConstructionProcessTest.expansion(300);
    form.put("addedOfficeRoomArea", added);
    form.put("addedBasicOfficeArea", added);
    form.put("addedBuildingArea", added + 100);
    return cases.check(cases.start(staff, "office-space-construction", form), "officeRoomArea");
  }

  @Test
  void provinceUnitAtTheStandardPassesOneSquareMetreOverFails() {
    CheckResult at = check("sx-jyt-staff", 32);
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message()).isEqualTo("申请后办公室用房 882㎡，未超过核定标准 882㎡");
    CheckResult under = check("sx-jyt-staff", 31);
    assertThat(under.verdict()).isEqualTo(Verdict.PASS);
    CheckResult over = check("sx-jyt-staff", 33);
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).isEqualTo("申请后办公室用房 883㎡，超过核定标准 882㎡");
    assertThat(over.basis()).contains("办公室用房使用面积指标");
    assertThat(over.factsJson()).contains("\"standardArea\":882", "正厅局级", "1人×30㎡=30㎡");
  }

  @Test
  void aUnitAlreadyOverItsStandardMustHandTheExcessOverFirst() {
    CheckResult result = check("sx-jtt-staff", 0);
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .isEqualTo("现有办公室用房 1300㎡，已超过核定标准 1152㎡，须先将超标准部分 148㎡ 移交机关事务管理部门统一调配");
    assertThat(result.basis()).isEqualTo("《山西省机关事务管理办法》第十九条");
  }

  @Test
  void cityUnitUsesTheCityStandard() {
    assertThat(check("sl-jyj-staff", 13).message()).isEqualTo("申请后办公室用房 483㎡，未超过核定标准 483㎡");
    CheckResult over = check("sl-jyj-staff", 14);
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).isEqualTo("申请后办公室用房 484㎡，超过核定标准 483㎡");
  }

  @Test
  void countyUnitUsesTheCountyStandard() {
    assertThat(check("xl-jyj-staff", 34).verdict()).isEqualTo(Verdict.PASS);
    CheckResult over = check("xl-jyj-staff", 35);
    assertThat(over.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(over.message()).isEqualTo("申请后办公室用房 235㎡，超过核定标准 234㎡");
  }
}
