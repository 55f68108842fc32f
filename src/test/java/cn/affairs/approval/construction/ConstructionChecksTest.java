package cn.affairs.approval.construction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.web.ApiException;
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
        check(
            "usableAreaCoefficient",
            Map.of("addedOfficeRoomArea", 8, "addedBasicOfficeArea", 13, "addedBuildingArea", 20));
    assertThat(at.verdict()).isEqualTo(Verdict.PASS);
    assertThat(at.message()).isEqualTo("基本办公用房使用面积系数 0.65，达到多层建筑标准 0.65");
    CheckResult below =
        check(
            "usableAreaCoefficient",
            Map.of(
                "addedOfficeRoomArea", 8, "addedBasicOfficeArea", 12.9, "addedBuildingArea", 20));
    assertThat(below.verdict()).isEqualTo(Verdict.WARN);
    assertThat(below.message())
        .isEqualTo("基本办公用房使用面积 12.9㎡ ÷ 建筑面积 20㎡ = 0.645，低于多层建筑使用面积系数标准 0.65");
  }

  @Test
  void usableAreaCoefficientOfAHighRise() {
    assertThat(
            check(
                    "usableAreaCoefficient",
                    Map.of(
                        "addedOfficeRoomArea",
                        12,
                        "addedBasicOfficeArea",
                        12,
                        "addedBuildingArea",
                        20,
                        "highRise",
                        true))
                .verdict())
        .isEqualTo(Verdict.PASS);
    CheckResult below =
        check(
            "usableAreaCoefficient",
            Map.of(
                "addedOfficeRoomArea",
                11,
                "addedBasicOfficeArea",
                11,
                "addedBuildingArea",
                20,
                "highRise",
                true));
    assertThat(below.verdict()).isEqualTo(Verdict.WARN);
    assertThat(below.message()).contains("低于高层建筑使用面积系数标准 0.6");
  }

  /**
   * The coefficient is that of 基本办公用房, which includes the service and equipment rooms: a design
   * whose office rooms alone are below it passes when its basic office space reaches it.
   */
  @Test
  void theCoefficientIsOfTheBasicOfficeSpaceNotOfTheOfficeRoomsAlone() {
    CheckResult result =
        check(
            "usableAreaCoefficient",
            Map.of("addedOfficeRoomArea", 9, "addedBasicOfficeArea", 14, "addedBuildingArea", 20));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("基本办公用房使用面积系数 0.7，达到多层建筑标准 0.65");
    assertThat(result.factsJson()).contains("\"basicOfficeUsableArea\":14");
  }

  @Test
  void basicOfficeSpaceBelowTheOfficeRoomsIsRefused() {
    Map<String, Object> form = OfficeSpaceConstructionProcessTest.expansion(300);
    form.put("addedBasicOfficeArea", 19);
    assertThatThrownBy(() -> cases.start("xl-jyj-staff", "office-space-construction", form))
        .isInstanceOfSatisfying(
            ApiException.class,
            refused ->
                assertThat(refused.fields())
                    .containsEntry("addedBasicOfficeArea", "基本办公用房使用面积包含办公室用房，不能小于新增办公室用房使用面积"));
  }

  @Test
  void noAddedBuildingAreaNeedsNoCoefficient() {
    CheckResult purchase =
        check(
            "usableAreaCoefficient",
            Map.of(
                "projectType",
                "RENOVATION",
                "addedOfficeRoomArea",
                0,
                "addedBasicOfficeArea",
                0,
                "addedBuildingArea",
                0));
    assertThat(purchase.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void tenderingFromFourHundredTenThousandYuanOfWorks() {
    CheckResult below = check("tenderingThreshold", Map.of("estimatedCost", 399.99));
    assertThat(below.verdict()).isEqualTo(Verdict.PASS);
    assertThat(below.message())
        .isEqualTo("估算投资399.99万元，低于工程招标限额400万元；达到工程分散采购限额120万元（本级规定），须按政府采购规定组织采购");
    CheckResult at = check("tenderingThreshold", Map.of("estimatedCost", 400));
    assertThat(at.verdict()).isEqualTo(Verdict.WARN);
    assertThat(at.message()).isEqualTo("估算投资400万元，达到工程招标限额400万元，须依法公开招标");
    assertThat(at.basis()).contains("国家发展改革委令第16号");
    assertThat(at.factsJson()).contains("\"procurementKind\":\"WORKS\"");
  }

  @Test
  void worksBelowTheDecentralisedLimitOfTheBureauAreNotGovernmentProcurement() {
    CheckResult below = check("tenderingThreshold", Map.of("estimatedCost", 119.99));
    assertThat(below.verdict()).isEqualTo(Verdict.PASS);
    assertThat(below.message()).isEqualTo("估算投资119.99万元，低于工程招标限额400万元和工程分散采购限额120万元（本级规定）");
    assertThat(check("tenderingThreshold", Map.of("estimatedCost", 120)).message())
        .contains("达到工程分散采购限额120万元（本级规定）");
  }

  /**
   * Buying a building is not a works contract: a 400 万元 purchase is held to the goods thresholds,
   * whose 国办发〔2019〕55号 figures bind only central units and are 本级规定 here.
   */
  @Test
  void aBuildingPurchaseIsHeldToTheGoodsThresholdsNotTheWorksOne() {
    CheckResult under =
        check("tenderingThreshold", Map.of("projectType", "PURCHASE", "estimatedCost", 99.99));
    assertThat(under.verdict()).isEqualTo(Verdict.PASS);
    assertThat(under.message()).isEqualTo("购置办公用房估算价款99.99万元，低于货物分散采购限额100万元（本级规定）");
    assertThat(under.basis()).contains("国办发〔2019〕55号", "不适用工程招标限额");
    CheckResult between =
        check("tenderingThreshold", Map.of("projectType", "PURCHASE", "estimatedCost", 199.99));
    assertThat(between.verdict()).isEqualTo(Verdict.PASS);
    assertThat(between.message())
        .isEqualTo("购置办公用房估算价款199.99万元，低于货物公开招标数额标准200万元（本级规定）；达到货物分散采购限额100万元（本级规定），须按政府采购规定组织采购");
    CheckResult at =
        check("tenderingThreshold", Map.of("projectType", "PURCHASE", "estimatedCost", 200));
    assertThat(at.verdict()).isEqualTo(Verdict.WARN);
    assertThat(at.message()).isEqualTo("购置办公用房估算价款200万元，达到货物公开招标数额标准200万元（本级规定），须公开招标采购");
    assertThat(at.factsJson()).contains("\"procurementKind\":\"GOODS\"");
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
