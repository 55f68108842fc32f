package cn.affairs.approval.asset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 公物仓: what a government's warehouse holds and can give out (条例 第二十六条). Items reserved by another
 * pending case are not available.
 */
@Service
public class Warehouse {

  private final AssetMapper register;

  Warehouse(AssetMapper register) {
    this.register = register;
  }

  /**
   * Items of a category that the application may take, oldest first. {@code applicationId} may be
   * null.
   */
  public List<Asset> available(String govCode, AssetCategory category, String applicationId) {
    return register.warehouseAvailable(
        govCode, category.name(), Objects.requireNonNullElse(applicationId, ""));
  }

  /**
   * The default allocation when the bureau names no items: for each request the oldest available
   * items of its category, as many as requested or as the warehouse has.
   */
  public List<Asset> defaultAllocation(
      String govCode, List<AssetTransferForm.Request> requests, String applicationId) {
    List<Asset> allocation = new ArrayList<>();
    for (AssetTransferForm.Request request : requests) {
      List<Asset> available = available(govCode, request.categoryEnum(), applicationId);
      allocation.addAll(available.subList(0, Math.min(request.quantity(), available.size())));
    }
    return allocation;
  }

  /**
   * What is wrong with an allocation the bureau names: items that are not available in this
   * government's warehouse, of a category not requested, or more of a category than requested.
   * Returns Chinese messages; empty when the allocation can be made.
   */
  public List<String> problems(
      String govCode,
      List<AssetTransferForm.Request> requests,
      List<String> codes,
      String applicationId) {
    Map<AssetCategory, Integer> requested = new LinkedHashMap<>();
    requests.forEach(r -> requested.merge(r.categoryEnum(), r.quantity(), Integer::sum));
    Map<AssetCategory, Integer> allocated = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String code : codes) {
      if (!seen.add(code)) {
        continue;
      }
      Asset asset = register.find(code);
      if (asset == null) {
        problems.add(code + " 不在资产登记簿中");
        continue;
      }
      if (!Asset.IN_WAREHOUSE.equals(asset.status()) || !govCode.equals(asset.warehouseGov())) {
        problems.add(code + " 不在本级公物仓中");
        continue;
      }
      String pending = register.pendingCase(code);
      if (pending != null && !pending.equals(applicationId)) {
        problems.add(code + " 已调配给申请 " + pending);
        continue;
      }
      AssetCategory category = asset.categoryEnum();
      if (!requested.containsKey(category)) {
        problems.add(code + " 是" + category.label() + "，不是申请领用的资产类别");
        continue;
      }
      allocated.merge(category, 1, Integer::sum);
    }
    allocated.forEach(
        (category, count) -> {
          if (count > requested.get(category)) {
            problems.add(
                category.label()
                    + "调配 "
                    + count
                    + " "
                    + category.measure()
                    + "，超过申请的 "
                    + requested.get(category)
                    + " "
                    + category.measure());
          }
        });
    return problems;
  }
}
