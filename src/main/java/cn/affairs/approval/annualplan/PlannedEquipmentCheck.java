package cn.affairs.approval.annualplan;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.asset.AssetCategory;
import cn.affairs.approval.asset.AssetMapper;
import cn.affairs.approval.asset.OfficeEquipmentStandard;
import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.OrgMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The equipment a plan's 通用资产配置 needs add, per category, and what the unit holds must stay within
 * the quantity caps of the office-equipment standard for its staff (《中央行政单位通用办公设备家具配置标准》): the
 * bureau reviews needs against the 实物定额 (条例 第三十六条), and assets are configured within the standard
 * (条例 第二十六条第二款: 不得超标准配置). A prohibition, as for an allocation from the warehouse.
 */
@Component("plannedEquipmentCheck")
@StandardsRule(
    id = "plannedEquipment",
    fields = {"needs"},
    name = "年度计划资产配置数量",
    basis = "《中央行政单位通用办公设备家具配置标准》(财资〔2016〕27号)；《山西省机关运行保障条例（草案）》第二十六条、第三十六条",
    articles = {"条例 第三十六条第一款", "条例 第二十六条第二款"},
    kind = RuleKind.PROHIBITION)
class PlannedEquipmentCheck extends StandardsCheck {

  private final AssetMapper register;
  private final OfficeEquipmentStandard standard;
  private final OrgMapper org;

  PlannedEquipmentCheck(AssetMapper register, OfficeEquipmentStandard standard, OrgMapper org) {
    this.register = register;
    this.standard = standard;
    this.org = org;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AnnualPlanForm form = file.form(AnnualPlanForm.class);
    Map<AssetCategory, Integer> requested = new LinkedHashMap<>();
    for (AnnualPlanForm.Need need : form.of("ASSETS")) {
      if (need.equipment() != null) {
        requested.merge(
            AssetCategory.valueOf(need.equipment()), need.quantityOrZero(), Integer::sum);
      }
    }
    if (requested.isEmpty()) {
      return CheckOutcome.notApplicable("计划中没有办公设备家具配置需求", facts("equipmentNeeds", 0));
    }
    String unit = file.unit().code();
    int staff = org.headcount(unit);
    List<Map<String, Object>> lines = new ArrayList<>();
    List<String> over = new ArrayList<>();
    List<String> within = new ArrayList<>();
    requested.forEach(
        (category, quantity) -> {
          int held = register.countHeld(unit, category.name());
          int after = held + quantity;
          Optional<OfficeEquipmentStandard.Cap> cap = standard.cap(category, staff);
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("category", category.name());
          line.put("held", held);
          line.put("planned", quantity);
          line.put("after", after);
          line.put("cap", cap.map(OfficeEquipmentStandard.Cap::quantity).orElse(null));
          lines.add(line);
          String text =
              "配置后"
                  + category.label()
                  + " "
                  + after
                  + " "
                  + category.measure()
                  + "（现有 "
                  + held
                  + " + 计划 "
                  + quantity
                  + "）";
          if (cap.isEmpty()) {
            within.add(text + "，配置标准未规定数量上限");
          } else if (after > cap.get().quantity()) {
            over.add(
                text
                    + "，超过配置标准上限 "
                    + cap.get().quantity()
                    + " "
                    + category.measure()
                    + "（"
                    + cap.get().formula()
                    + "）");
          } else {
            within.add(
                text
                    + "，未超过配置标准上限 "
                    + cap.get().quantity()
                    + " "
                    + category.measure()
                    + "（"
                    + cap.get().formula()
                    + "）");
          }
        });
    var facts = facts("unit", unit, "staff", staff, "categories", lines);
    if (!over.isEmpty()) {
      return CheckOutcome.fail(String.join("；", over), facts);
    }
    return CheckOutcome.pass(String.join("；", within), facts);
  }
}
