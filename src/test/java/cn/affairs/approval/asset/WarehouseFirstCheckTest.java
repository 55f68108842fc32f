package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 公物仓优先 (办法 第十五条; 条例 第二十六条): the 省 warehouse holds 12 desktops, 5 laptops, 3 copiers. */
@AffairsTest
class WarehouseFirstCheckTest {

  static final String BASIS = "《山西省机关事务管理办法》第十五条；《山西省机关运行保障条例（草案）》第二十六条";

  @Autowired Cases cases;
  @Autowired AssetMapper register;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult check(Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "asset-transfer", form), "warehouseFirst");
  }

  @Test
  void fewerThanTheWarehouseHoldsPasses() {
    CheckResult result = check(fromWarehouse("DESKTOP", 11));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("台式计算机申请 11 台、公物仓现有 12 台。公物仓现有资产可满足申请");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void exactlyWhatTheWarehouseHoldsPasses() {
    CheckResult result = check(fromWarehouse("DESKTOP", 12, "COPIER", 3));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .contains("台式计算机申请 12 台、公物仓现有 12 台")
        .contains("复印机申请 3 台、公物仓现有 3 台");
  }

  @Test
  void moreThanTheWarehouseHoldsWarns() {
    CheckResult result = check(fromWarehouse("DESKTOP", 13, "LAPTOP", 2));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message())
        .contains("台式计算机申请 13 台、公物仓现有 12 台")
        .contains("便携式计算机申请 2 台、公物仓现有 5 台")
        .contains("公物仓现有资产不足（台式计算机缺 1 台）")
        .contains("不属本流程");
    assertThat(result.basis()).isEqualTo(BASIS);
    assertThat(result.factsJson()).contains("\"requested\":13").contains("\"available\":12");
  }

  @Test
  void itemsAllocatedToAnotherPendingCaseAreNotCounted() {
    // given 10 of the 12 desktops allocated to another case (of a unit with room for them)
    String other = cases.start("sx-jtt-staff", "asset-transfer", fromWarehouse("DESKTOP", 10));
    cases.decide(other, "Task_UnitHeadReview", "APPROVE");
    cases.decide(other, "Task_BureauAssetReview", "APPROVE");
    assertThat(register.reservedBy(other)).hasSize(10);
    // when
    CheckResult result = check(fromWarehouse("DESKTOP", 3));
    // then
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains("台式计算机申请 3 台、公物仓现有 2 台").contains("缺 1 台");
  }

  @Test
  void aWarehouseWithNothingOfTheCategoryWarns() {
    String id = cases.start("xl-jyj-staff", "asset-transfer", fromWarehouse("COPIER", 1));
    CheckResult result = cases.check(id, "warehouseFirst");
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains("复印机申请 1 台、公物仓现有 0 台");
  }

  @Test
  void handingOverDoesNotDrawOnTheWarehouse() {
    CheckResult result = check(toWarehouse(List.of("JYT-TS17-030")));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).contains("不涉及公物仓调剂");
  }
}
