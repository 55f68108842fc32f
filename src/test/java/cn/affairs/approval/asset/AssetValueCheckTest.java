package cn.affairs.approval.asset;

import static cn.affairs.approval.asset.AssetForms.codes;
import static cn.affairs.approval.asset.AssetForms.concat;
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

/**
 * 财政部门同意 at 50 万元 (localPolicy.assetFinanceConsentValue): 省教育厅's desktops are 0.5 万元 each and
 * laptops 0.7, so all 30 laptops (21) with 57, 58 or 59 desktops make 49.5, 50 and 50.5.
 */
@AffairsTest
class AssetValueCheckTest {

  static final String BASIS = "《山西省机关运行保障条例（草案）》第十五条；本级规定 资产调剂处置报财政部门同意的原值限额";
  static final List<String> LAPTOPS = concat(codes("JYT-BJ18-", 1, 10), codes("JYT-BJ23-", 1, 20));

  @Autowired Cases cases;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  static List<String> desktops(int count) {
    return concat(codes("JYT-TS17-", 1, Math.min(count, 30)), codes("JYT-TS24-", 1, count - 30));
  }

  CheckResult check(Map<String, Object> form) {
    return cases.check(cases.start("sx-jyt-staff", "asset-transfer", form), "assetValue");
  }

  @Test
  void belowTheAmountPasses() {
    CheckResult result = check(toWarehouse(concat(desktops(57), LAPTOPS)));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message()).isEqualTo("移交公物仓资产 87 件，原值合计 49.5 万元，低于 50 万元，无须报财政部门同意");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void atTheAmountNeedsFinanceConsent() {
    CheckResult result = check(toWarehouse(concat(desktops(58), LAPTOPS)));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).isEqualTo("移交公物仓资产 88 件，原值合计 50 万元，达到 50 万元，须经财政部门同意");
    assertThat(result.basis()).isEqualTo(BASIS);
  }

  @Test
  void aboveTheAmountNeedsFinanceConsent() {
    CheckResult result = check(toWarehouse(concat(desktops(59), LAPTOPS)));
    assertThat(result.verdict()).isEqualTo(Verdict.WARN);
    assertThat(result.message()).contains("原值合计 50.5 万元，达到 50 万元");
  }

  @Test
  void aRequestIsValuedAtTheOldestWarehouseItemsUntilTheBureauAllocates() {
    CheckResult result = check(fromWarehouse("COPIER", 2, "DESKTOP", 1));
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.message())
        .isEqualTo("按公物仓现有最早购置的同类资产预计，调剂领用资产 3 件，原值合计 6.9 万元，低于 50 万元，无须报财政部门同意");
    assertThat(result.factsJson())
        .contains("\"projected\":true")
        .contains("SXGWC-FY19-001")
        .contains("SXGWC-TS18-001");
  }
}
