package cn.affairs.approval.construction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Usable-area coefficient, tendering threshold and agency land, at and around their boundaries. */
@AffairsTest
class ConstructionChecksTest {

  @Autowired Cases cases;

  CheckResult check(String rule, Map<String, Object> changes) {
    Map<String, Object> form = OfficeSpaceConstructionProcessTest.expansion(300);
    form.putAll(changes);
    return cases.check(cases.start("xl-jyj-staff", "office-space-construction", form), rule);
  }

  @Test
  void usableAreaCoefficientOfAMultiStoreyBuilding() {
    CheckResult at =
        check("usableAreaCoefficient", Map.of("addedOfficeRoomArea", 13, "addedBuildingArea", 20));
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message()).isEqualTo("使用面积系数 0.65，达到多层建筑标准 0.65");
    CheckResult below =
        check(
            "usableAreaCoefficient", Map.of("addedOfficeRoomArea", 12.9, "addedBuildingArea", 20));
    assertThat(below.verdict()).isEqualTo(Verdict.WARN);
    assertThat(below.message()).isEqualTo("使用面积 12.9㎡ ÷ 建筑面积 20㎡ = 0.645，低于多层建筑使用面积系数标准 0.65");
  }

  @Test
  void usableAreaCoefficientOfAHighRise() {
    assertThat(
            check(
                    "usableAreaCoefficient",
                    Map.of("addedOfficeRoomArea", 12, "addedBuildingArea", 20, "highRise", true))
                .verdict())
        .isEqualTo(Verdict.PASS);
    CheckResult below =
        check(
            "usableAreaCoefficient",
            Map.of("addedOfficeRoomArea", 11, "addedBuildingArea", 20, "highRise", true));
    assertThat(below.verdict()).isEqualTo(Verdict.WARN);
    assertThat(below.message()).contains("低于高层建筑使用面积系数标准 0.6");
  }

  @Test
  void noAddedBuildingAreaNeedsNoCoefficient() {
    CheckResult purchase =
        check(
            "usableAreaCoefficient",
            Map.of("projectType", "RENOVATION", "addedOfficeRoomArea", 0, "addedBuildingArea", 0));
    assertThat(purchase.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void tenderingFromFourHundredTenThousandYuan() {
    CheckResult below = check("tenderingThreshold", Map.of("estimatedCost", 399.99));
    assertThat(below.verdict()).isEqualTo(Verdict.PASS);
    assertThat(below.message()).isEqualTo("估算投资399.99万元，低于工程招标限额400万元");
    CheckResult at = check("tenderingThreshold", Map.of("estimatedCost", 400));
    assertThat(at.verdict()).isEqualTo(Verdict.WARN);
    assertThat(at.message()).isEqualTo("估算投资400万元，达到工程招标限额400万元，须依法公开招标");
    assertThat(at.basis()).contains("国家发展改革委令第16号");
  }

  @Test
  void agencyLandNeedsTheBureausConsent() {
    CheckResult land = check("agencyLand", Map.of("usesAgencyLand", true));
    assertThat(land.verdict()).isEqualTo(Verdict.WARN);
    assertThat(land.message()).contains("须经机关事务管理部门同意");
    assertThat(land.basis()).contains("第二十三条");
    assertThat(check("agencyLand", Map.of("usesAgencyLand", false)).verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }
}
