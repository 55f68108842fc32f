package cn.affairs.approval.asset;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 调配公物仓资产: reserves for a FROM_WAREHOUSE case the warehouse items the bureau named at
 * 机关事务管理部门（资产）审核 ({@code allocatedAssets}), or, when it named none, the oldest available items of
 * each requested category (条例 第二十六条: 调剂共享), after the office-equipment caps are evaluated again
 * under the unit's lock ({@link AllocationCaps}).
 */
@Component("warehouseAllocation")
class WarehouseAllocation implements JavaDelegate {

  static final String STEP = AssetTransferFamily.BUREAU_REVIEW;

  private final CaseFiles caseFiles;
  private final AssetMapper register;
  private final Warehouse warehouse;
  private final StepResultMapper steps;
  private final AllocationCaps caps;

  WarehouseAllocation(
      CaseFiles caseFiles,
      AssetMapper register,
      Warehouse warehouse,
      StepResultMapper steps,
      AllocationCaps caps) {
    this.caseFiles = caseFiles;
    this.register = register;
    this.warehouse = warehouse;
    this.steps = steps;
    this.caps = caps;
  }

  /**
   * Keeps the items an approved 资产审核 allocated (none named for a type that moves the unit's own).
   */
  void allocated(String applicationId, JsonNode stepForm) {
    steps.clearAllocation(applicationId);
    stepForm
        .path("allocatedAssets")
        .forEach(code -> steps.addAllocated(applicationId, code.asText()));
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    AssetTransferForm form = file.form(AssetTransferForm.class);
    String gov = file.government().code();
    List<String> codes = steps.allocation(file.id());
    if (codes.isEmpty()) {
      codes =
          warehouse.defaultAllocation(gov, form.requestLines(), file.id()).stream()
              .map(Asset::code)
              .toList();
    }
    if (codes.isEmpty()) {
      throw new IllegalStateException("公物仓中没有可调配给申请 " + file.id() + " 的资产");
    }
    // the cap was checked at submission; other cases of the unit may have been allocated items
    // since: evaluated again under the unit's lock before this case reserves its items
    Map<AssetCategory, Integer> quantities = new EnumMap<>(AssetCategory.class);
    for (String code : codes) {
      Asset asset = register.find(code);
      if (asset != null) {
        quantities.merge(asset.categoryEnum(), 1, Integer::sum);
      }
    }
    caps.recheck(file.unit().code(), file.id(), quantities);
    register.release(file.id());
    for (String code : codes) {
      if (register.reserveInWarehouse(code, gov, file.id()) != 1) {
        throw new IllegalStateException("公物仓资产 " + code + " 已不可调配给申请 " + file.id());
      }
    }
  }
}
