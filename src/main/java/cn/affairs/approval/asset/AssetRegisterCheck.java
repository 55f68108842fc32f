package cn.affairs.approval.asset;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 账卡相符: every asset a unit hands over or disposes of must be on its own register, in use or idle,
 * and not already moving in another pending case (办法 第十四条: 资产账卡 … 做到账、卡、物相符). The physical asset
 * (物) is confirmed at 交接.
 */
@Component("assetRegisterCheck")
@StandardsRule(
    id = "assetRegister",
    fields = {"transferType", "assets"},
    name = "资产账卡",
    basis = "《山西省机关事务管理办法》第十四条（账、卡、物相符）",
    articles = {"办法 第十四条"},
    kind = RuleKind.FIGURE)
class AssetRegisterCheck extends StandardsCheck {

  private final AssetMapper register;

  AssetRegisterCheck(AssetMapper register) {
    this.register = register;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AssetTransferForm form = file.form(AssetTransferForm.class);
    if (form.type() == TransferType.FROM_WAREHOUSE) {
      return CheckOutcome.notApplicable(
          "调剂领用不涉及本单位已有资产，无需核对资产账卡", facts("transferType", form.transferType()));
    }
    if (form.assetCodes().isEmpty() && !form.vehiclePlates().isEmpty()) {
      return CheckOutcome.notApplicable(
          "本申请只处置公务用车（"
              + String.join("、", form.vehiclePlates())
              + "），不涉及资产卡片；车辆已在公务用车登记簿中核对为本单位待处置车辆",
          facts("transferType", form.transferType(), "vehicles", form.vehiclePlates()));
    }
    String unit = file.unit().code();
    List<Map<String, Object>> cards = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (String code : form.assetCodes()) {
      Asset asset = register.find(code);
      Map<String, Object> card = new LinkedHashMap<>();
      card.put("code", code);
      String problem = null;
      if (asset == null) {
        problem = code + " 不在资产登记簿中";
      } else {
        card.put("category", asset.category());
        card.put("holder", asset.holder());
        card.put("status", asset.status());
        String pending = register.pendingCase(code);
        card.put("pendingCase", pending);
        if (!unit.equals(asset.holderUnit())) {
          problem = code + " 不在本单位账上";
        } else if (!asset.heldByUnit()) {
          problem = code + " 状态为" + Asset.statusLabel(asset.status());
        } else if (pending != null && !pending.equals(file.id())) {
          problem = code + " 已在申请 " + pending + " 中办理";
        }
      }
      card.put("problem", problem);
      cards.add(card);
      if (problem != null) {
        problems.add(problem);
      }
    }
    var facts =
        facts(
            "unit",
            unit,
            "assetCount",
            cards.size(),
            "problemCount",
            problems.size(),
            "assets",
            cards);
    String type = form.type().label();
    if (!problems.isEmpty()) {
      return CheckOutcome.fail(
          "申请"
              + type
              + "的 "
              + cards.size()
              + " 件资产中有 "
              + problems.size()
              + " 件账卡不符："
              + Listing.join(problems)
              + "；只有本单位在用或闲置的资产可以"
              + type,
          facts);
    }
    return CheckOutcome.pass(
        "申请" + type + "的 " + cards.size() + " 件资产均在本单位账上，状态为在用或闲置，账卡相符；" + "实物在交接时核对", facts);
  }
}
