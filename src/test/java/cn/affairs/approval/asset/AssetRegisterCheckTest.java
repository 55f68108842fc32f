package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.disposal;
import static cn.affairs.approval.asset.AssetForms.fromWarehouse;
import static cn.affairs.approval.asset.AssetForms.toWarehouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.Verdict;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 资产账卡 (办法 第十四条) on 省教育厅's register. */
@AffairsTest
class AssetRegisterCheckTest {

  static final String BASIS = "《山西省机关事务管理办法》第十四条（账、卡、物相符）";

  @Autowired Cases cases;
  @Autowired AssetMapper register;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  CheckResult check(java.util.Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "asset-transfer", form), "assetRegister");
  }

  @Test
  void assetsInUseAndIdleOnTheUnitsOwnRegisterPass() {
    CheckResult result = check(toWarehouse(List.of("JYT-TS17-001", "JYT-TS17-030")));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).contains("2 件资产均在本单位账上").contains("账卡相符");
    assertThat(result.basis()).isEqualTo(BASIS);
    assertThat(result.factsJson()).contains("\"problemCount\":0").contains("\"status\":\"IDLE\"");
  }

  @Test
  void aDisposedAssetFails() {
    register.insert(
        AssetForms.unitAsset(
            "JYT-TEST-D01",
            "sx-jyt",
            AssetCategory.DESKTOP,
            LocalDate.of(2015, 5, 1),
            "0.5",
            Asset.DISPOSED));
    CheckResult result = check(disposal(List.of("JYT-TS17-001", "JYT-TEST-D01"), false));
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message())
        .contains("2 件资产中有 1 件账卡不符")
        .contains("JYT-TEST-D01 状态为已处置")
        .doesNotContain("JYT-TS17-001 ");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void anAssetAnotherCaseReservedMeanwhileFailsOnResubmission() {
    // given a case listing JYT-TS17-001, and a second case that got hold of the asset in between
    String late =
        cases.start("sx-jyt-staff", "asset-transfer", toWarehouse(List.of("JYT-TS17-001")));
    register.release(late);
    String other =
        cases.start("sx-jyt-staff", "asset-transfer", toWarehouse(List.of("JYT-TS17-002")));
    assertThat(register.reserveHeld("JYT-TS17-001", "sx-jyt", other)).isEqualTo(1);
    // when the first case is resubmitted, the check runs again
    cases.decide(late, "Task_UnitHeadReview", "RETURN");
    cases.decide(late, "Task_ReviseApplication", "RESUBMIT");
    // then
    CheckResult result = cases.check(late, "assetRegister");
    assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(result.message()).contains("JYT-TS17-001 已在申请 " + other + " 中办理");
    assertThat(register.find("JYT-TS17-001").reservedBy()).isEqualTo(other);
  }

  @Test
  void requestsFromTheWarehouseHaveNoCardsToCheck() {
    CheckResult result = check(fromWarehouse("DESKTOP", 1));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(result.message()).contains("调剂领用不涉及本单位已有资产");
  }
}
