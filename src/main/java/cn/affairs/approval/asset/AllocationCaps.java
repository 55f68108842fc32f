package cn.affairs.approval.asset;

import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.OrganisationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The office-equipment caps (财资〔2016〕27号; 条例 第二十五、二十六条) evaluated again at the steps that allocate
 * warehouse items to a unit and enter them in its register, under the unit's row lock, so that two
 * racing cases of one unit run one after the other and never both pass a cap only one fits (model:
 * the vehicle quota at 登记入册). Items allocated to the unit's other pending cases count as held.
 */
@Component
class AllocationCaps {

  private final AssetMapper register;
  private final OfficeEquipmentStandard standard;
  private final OrganisationRegistry organisation;
  private final OrgMapper org;

  AllocationCaps(
      AssetMapper register,
      OfficeEquipmentStandard standard,
      OrganisationRegistry organisation,
      OrgMapper org) {
    this.register = register;
    this.standard = standard;
    this.organisation = organisation;
    this.org = org;
  }

  /**
   * Locks the unit and refuses (409, nothing written) when {@code quantities} more items per
   * category would take the unit over a cap.
   */
  void recheck(String unitCode, String applicationId, Map<AssetCategory, Integer> quantities) {
    organisation.lockUnit(unitCode);
    int staff = org.headcount(unitCode);
    List<String> over = new ArrayList<>();
    for (Map.Entry<AssetCategory, Integer> entry : quantities.entrySet()) {
      AssetCategory category = entry.getKey();
      Optional<OfficeEquipmentStandard.Cap> cap = standard.cap(category, staff);
      if (cap.isEmpty()) {
        continue;
      }
      int held = register.heldForUpdate(unitCode, category.name()).size();
      int pending =
          register.allocatedToUnitForUpdate(unitCode, category.name(), applicationId).size();
      if (held + pending + entry.getValue() > cap.get().quantity()) {
        over.add(AllocationStandardCheck.line(category, held, pending, entry.getValue(), cap));
      }
    }
    if (!over.isEmpty()) {
      throw new RegisterConflict(String.join("；", over) + "，不能调配（本单位其他申请已先调配或入账）；请作不同意处理或减少申请数量");
    }
  }
}
