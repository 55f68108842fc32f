package cn.affairs.approval.asset;

import static cn.affairs.approval.check.CheckOutcome.facts;

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
 * 配置标准: after the allocation the unit's count of each category (in use and idle) must not exceed
 * the quantity cap of the office-equipment standard for its staff (Σ 编制定员) (财资〔2016〕27号; 条例 第二十五条:
 * 依据本级通用标准配置); assets beyond the standard are not to be configured (条例 第二十六条: 不得违规配置). Warehouse
 * items already allocated to the unit's other pending cases count as held; the steps that allocate
 * and register the items evaluate the cap again under the unit's lock ({@link AllocationCaps}).
 */
@Component("allocationStandardCheck")
@StandardsRule(
    id = "allocationStandard",
    fields = {"transferType", "requests"},
    name = "资产配置数量标准",
    basis = "《中央行政单位通用办公设备家具配置标准》(财资〔2016〕27号) 数量上限",
    articles = {"条例 第二十五条", "条例 第二十六条第二款"},
    kind = RuleKind.PROHIBITION)
class AllocationStandardCheck extends StandardsCheck {

  private final AssetMapper register;
  private final OfficeEquipmentStandard standard;
  private final OrgMapper org;

  AllocationStandardCheck(AssetMapper register, OfficeEquipmentStandard standard, OrgMapper org) {
    this.register = register;
    this.standard = standard;
    this.org = org;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    AssetTransferForm form = file.form(AssetTransferForm.class);
    if (form.type() != TransferType.FROM_WAREHOUSE) {
      return CheckOutcome.notApplicable(
          form.type().label() + "减少本单位资产，不会超过配置数量标准", facts("transferType", form.transferType()));
    }
    String unit = file.unit().code();
    int staff = org.headcount(unit);
    List<Map<String, Object>> lines = new ArrayList<>();
    List<String> over = new ArrayList<>();
    List<String> within = new ArrayList<>();
    for (AssetTransferForm.Request request : form.requestLines()) {
      AssetCategory category = request.categoryEnum();
      int held = register.countHeld(unit, category.name());
      int pending = register.countAllocatedToUnit(unit, category.name(), file.id());
      Optional<OfficeEquipmentStandard.Cap> cap = standard.cap(category, staff);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("category", category.name());
      line.put("held", held);
      line.put("allocatedPending", pending);
      line.put("requested", request.quantity());
      line.put("after", held + pending + request.quantity());
      line.put("cap", cap.map(OfficeEquipmentStandard.Cap::quantity).orElse(null));
      line.put("formula", cap.map(OfficeEquipmentStandard.Cap::formula).orElse(null));
      lines.add(line);
      String text = line(category, held, pending, request.quantity(), cap);
      if (cap.isPresent() && held + pending + request.quantity() > cap.get().quantity()) {
        over.add(text);
      } else {
        within.add(text);
      }
    }
    var facts = facts("unit", unit, "staff", staff, "categories", lines);
    if (!over.isEmpty()) {
      List<String> all = new ArrayList<>(over);
      all.addAll(within);
      return CheckOutcome.fail(String.join("；", all), facts);
    }
    return CheckOutcome.pass(String.join("；", within), facts);
  }

  /**
   * One category's line: {@code 调剂后台式计算机 74 台（现有 70 + 其他申请已调配 2 + 申请 2），超过配置标准上限 72 台（…）}. Items
   * the warehouse has allocated to other pending cases of the unit (approved by the bureau, not yet
   * in the unit's register) count as held. The registration step refuses with the same words.
   */
  static String line(
      AssetCategory category,
      int held,
      int pending,
      int requested,
      Optional<OfficeEquipmentStandard.Cap> cap) {
    String m = category.measure();
    int after = held + pending + requested;
    String text =
        "调剂后"
            + category.label()
            + " "
            + after
            + " "
            + m
            + "（现有 "
            + held
            + (pending > 0 ? " + 其他申请已调配 " + pending : "")
            + " + 申请 "
            + requested
            + "）";
    if (cap.isEmpty()) {
      return text + "，配置标准未规定数量上限";
    }
    return text
        + (after > cap.get().quantity() ? "，超过配置标准上限 " : "，未超过配置标准上限 ")
        + cap.get().quantity()
        + " "
        + m
        + "（"
        + cap.get().formula()
        + "）";
  }
}
