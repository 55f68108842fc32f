package cn.affairs.approval.asset;

import cn.affairs.approval.check.CaseFile;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The assets a transfer case moves, as far as they are known at the moment. */
@Service
class CaseAssets {

  /** The assets, and whether they are only a forecast of the warehouse allocation. */
  record Found(List<Asset> assets, boolean projected) {}

  private final AssetMapper register;
  private final Warehouse warehouse;

  CaseAssets(AssetMapper register, Warehouse warehouse) {
    this.register = register;
    this.warehouse = warehouse;
  }

  /**
   * TO_WAREHOUSE and DISPOSAL: the listed assets found in the register. FROM_WAREHOUSE: the
   * warehouse items reserved for the case once the bureau has allocated them, before that the items
   * the default allocation would give (oldest first).
   */
  Found of(CaseFile file, AssetTransferForm form) {
    if (form.type() != TransferType.FROM_WAREHOUSE) {
      return new Found(listed(form), false);
    }
    List<Asset> reserved = register.reservedBy(file.id());
    if (!reserved.isEmpty()) {
      return new Found(reserved, false);
    }
    return new Found(
        warehouse.defaultAllocation(file.government().code(), form.requestLines(), file.id()),
        true);
  }

  /** The listed assets that the register knows, in the order listed. */
  List<Asset> listed(AssetTransferForm form) {
    List<Asset> found = new ArrayList<>();
    for (String code : form.assetCodes()) {
      Asset asset = register.find(code);
      if (asset != null) {
        found.add(asset);
      }
    }
    return found;
  }
}
