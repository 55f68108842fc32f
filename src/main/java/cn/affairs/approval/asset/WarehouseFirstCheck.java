package cn.affairs.approval.asset;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 公物仓优先: idle assets are reallocated by the government (办法 第十五条) through the warehouse (条例 第二十六条),
 * so a request shows what the warehouse holds of each category. When it holds fewer than requested,
 * only what it holds can be allocated: the rest is a purchase, which is not this process (WARN).
 */
@Component("warehouseFirstCheck")
@StandardsRule(
    id = "warehouseFirst",
    fields = {"transferType", "requests"},
    name = "公物仓优先调剂",
    basis = "《山西省机关事务管理办法》第十五条；《山西省机关运行保障条例（草案）》第二十六条",
    articles = {"办法 第十五条第一款", "办法 第十五条第二款", "条例 第二十六条第一款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_ASSET)
class WarehouseFirstCheck extends StandardsCheck {

  private final Warehouse warehouse;

  WarehouseFirstCheck(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AssetTransferForm form = file.form(AssetTransferForm.class);
    if (form.type() != TransferType.FROM_WAREHOUSE) {
      return CheckOutcome.notApplicable(
          form.type().label() + "不从公物仓领用资产，不涉及公物仓调剂", facts("transferType", form.transferType()));
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<String> shortfalls = new ArrayList<>();
    for (AssetTransferForm.Request request : form.requestLines()) {
      AssetCategory category = request.categoryEnum();
      int available = warehouse.available(file.government().code(), category, file.id()).size();
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("category", category.name());
      line.put("requested", request.quantity());
      line.put("available", available);
      lines.add(line);
      String m = category.measure();
      shown.add(
          category.label()
              + "申请 "
              + request.quantity()
              + " "
              + m
              + "、公物仓现有 "
              + available
              + " "
              + m);
      if (available < request.quantity()) {
        shortfalls.add(category.label() + "缺 " + (request.quantity() - available) + " " + m);
      }
    }
    var facts = facts("government", file.government().code(), "requests", lines);
    if (!shortfalls.isEmpty()) {
      return CheckOutcome.warn(
          String.join("；", shown)
              + "。公物仓现有资产不足（"
              + String.join("、", shortfalls)
              + "），只能调剂现有部分；不足部分须另行按资产配置程序申请，不属本流程",
          facts);
    }
    return CheckOutcome.pass(String.join("；", shown) + "。公物仓现有资产可满足申请", facts);
  }
}
