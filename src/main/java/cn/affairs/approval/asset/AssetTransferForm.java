package cn.affairs.approval.asset;

import java.util.List;

/**
 * The form of an asset transfer: the unit's assets by code (TO_WAREHOUSE, DISPOSAL) or what it asks
 * of the warehouse by category and quantity (FROM_WAREHOUSE); a DISPOSAL may also list vehicles
 * marked TO_DISPOSE by plate ({@code vehicles}).
 */
public record AssetTransferForm(
    String transferType,
    List<String> assets,
    List<Request> requests,
    Boolean damagedBeyondRepair,
    String reason,
    List<String> vehicles) {

  /** One line of a FROM_WAREHOUSE request. */
  public record Request(String category, int quantity) {
    public AssetCategory categoryEnum() {
      return AssetCategory.valueOf(category);
    }
  }

  public TransferType type() {
    return TransferType.valueOf(transferType);
  }

  public List<String> assetCodes() {
    return assets == null ? List.of() : assets;
  }

  /** DISPOSAL only: plates of the unit's vehicles marked TO_DISPOSE. */
  public List<String> vehiclePlates() {
    return vehicles == null ? List.of() : vehicles;
  }

  public List<Request> requestLines() {
    return requests == null ? List.of() : requests;
  }

  public boolean damaged() {
    return Boolean.TRUE.equals(damagedBeyondRepair);
  }
}
