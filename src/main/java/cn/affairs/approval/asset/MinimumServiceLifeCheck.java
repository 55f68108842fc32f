package cn.affairs.approval.asset;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 最低使用年限: an asset may be disposed of once it has served the minimum life of its category
 * (财资〔2016〕27号: computers and copiers 6 years, desks 15, file cabinets 20); earlier disposal is
 * against the standard (条例 第二十六条: 不得违规处置) unless the asset is stated to be damaged beyond repair,
 * which the approvers must verify (WARN).
 */
@Component("minimumServiceLifeCheck")
@StandardsRule(
    id = "minimumServiceLife",
    fields = {"transferType", "assets", "damagedBeyondRepair"},
    name = "最低使用年限",
    basis = "《中央行政单位通用办公设备家具配置标准》(财资〔2016〕27号) 最低使用年限",
    articles = {"条例 第十五条第二款", "条例 第二十六条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.FINANCE)
class MinimumServiceLifeCheck extends StandardsCheck {

  private final CaseAssets caseAssets;
  private final OfficeEquipmentStandard standard;
  private final Clock clock;

  MinimumServiceLifeCheck(CaseAssets caseAssets, OfficeEquipmentStandard standard, Clock clock) {
    this.caseAssets = caseAssets;
    this.standard = standard;
    this.clock = clock;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AssetTransferForm form = file.form(AssetTransferForm.class);
    if (form.type() != TransferType.DISPOSAL) {
      return CheckOutcome.notApplicable(
          form.type().label() + "不处置资产，不涉及最低使用年限", facts("transferType", form.transferType()));
    }
    if (form.assetCodes().isEmpty() && !form.vehiclePlates().isEmpty()) {
      return CheckOutcome.notApplicable(
          "本申请只处置已更新的公务用车，车辆的更新年限已在公务用车配备更新申请中审查",
          facts("transferType", form.transferType(), "vehicles", form.vehiclePlates()));
    }
    LocalDate today = LocalDate.now(clock);
    List<Map<String, Object>> lines = new ArrayList<>();
    List<String> early = new ArrayList<>();
    for (Asset asset : caseAssets.listed(form)) {
      AssetCategory category = asset.categoryEnum();
      int minLife = standard.minLifeYears(category);
      LocalDate reachedOn = asset.purchaseDate().plusYears(minLife);
      Period age = Period.between(asset.purchaseDate(), today);
      boolean reached = !reachedOn.isAfter(today);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("code", asset.code());
      line.put("category", category.name());
      line.put("purchaseDate", asset.purchaseDate().toString());
      line.put("minLifeYears", minLife);
      line.put("reachedOn", reachedOn.toString());
      line.put("reached", reached);
      lines.add(line);
      if (!reached) {
        early.add(
            asset.code()
                + "（"
                + category.label()
                + "，"
                + asset.purchaseDate()
                + " 购置，已使用 "
                + age(age)
                + "，最低使用年限 "
                + minLife
                + " 年）");
      }
    }
    var facts =
        facts("today", today.toString(), "damagedBeyondRepair", form.damaged(), "assets", lines);
    if (early.isEmpty()) {
      return CheckOutcome.pass("申请处置的 " + lines.size() + " 件资产均已达到最低使用年限", facts);
    }
    String found =
        "申请处置的 " + lines.size() + " 件资产中有 " + early.size() + " 件未达最低使用年限：" + Listing.join(early);
    if (form.damaged()) {
      return CheckOutcome.warn(found + "；申请说明已毁损无法修复，须核实后方可提前处置", facts);
    }
    return CheckOutcome.fail(found + "；未毁损的资产不得提前处置", facts);
  }

  static String age(Period age) {
    if (age.getYears() == 0) {
      return age.getMonths() + " 个月";
    }
    return age.getYears() + " 年" + (age.getMonths() > 0 ? " " + age.getMonths() + " 个月" : "");
  }
}
