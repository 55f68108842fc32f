package cn.affairs.approval.asset;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.vehicle.VehicleDisposals;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 资产账卡变更: after 交接 the registers move the assets in the same transaction as the approval — unit →
 * warehouse, warehouse → unit, or disposed — and every move is written to the asset's history (办法
 * 第十四条: 资产账卡和使用档案). Only assets this case reserved can move; anything else is a fault, not a
 * result, and rolls the approval back.
 */
@Component("assetRegisterTransfer")
class AssetRegisterTransfer implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final AssetMapper register;
  private final StepResultMapper steps;
  private final Clock clock;
  private final AllocationCaps caps;
  private final VehicleDisposals vehicles;

  AssetRegisterTransfer(
      CaseFiles caseFiles,
      AssetMapper register,
      StepResultMapper steps,
      Clock clock,
      AllocationCaps caps,
      VehicleDisposals vehicles) {
    this.vehicles = vehicles;
    this.caseFiles = caseFiles;
    this.register = register;
    this.steps = steps;
    this.clock = clock;
    this.caps = caps;
  }

  /** Keeps who received the assets at an approved 交接. */
  void handedOver(String applicationId, JsonNode stepForm) {
    steps.clearHandover(applicationId);
    String receivedBy = stepForm.path("receivedBy").asText("");
    if (!receivedBy.isBlank()) {
      steps.insertHandover(applicationId, receivedBy, LocalDateTime.now(clock));
    }
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    AssetTransferForm form = file.form(AssetTransferForm.class);
    TransferType type = form.type();
    String id = file.id();
    String gov = file.government().code();
    String unit = file.unit().code();
    List<Asset> moving =
        type == TransferType.FROM_WAREHOUSE
            ? register.reservedBy(id)
            : form.assetCodes().stream().map(register::find).toList();
    for (String plate : form.vehiclePlates()) {
      // 车辆处置: the replaced car leaves the quota's register for good
      if (!vehicles.dispose(plate, id)) {
        throw new RegisterConflict("车辆 " + plate + " 已不是由本申请处置的待处置车辆，不能办理处置；请退回申请人修改");
      }
    }
    if (moving.isEmpty() && !form.vehiclePlates().isEmpty()) {
      return;
    }
    if (moving.isEmpty()) {
      throw new IllegalStateException("申请 " + id + " 没有可变更账卡的资产");
    }
    if (type == TransferType.FROM_WAREHOUSE) {
      // the items enter the unit's register: the caps once more, under the unit's lock
      Map<AssetCategory, Integer> quantities = new EnumMap<>(AssetCategory.class);
      moving.forEach(a -> quantities.merge(a.categoryEnum(), 1, Integer::sum));
      caps.recheck(unit, id, quantities);
    }
    String receivedBy = steps.receivedBy(id);
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    for (Asset asset : moving) {
      if (asset == null) {
        throw new IllegalStateException("申请 " + id + " 列出的资产不在登记簿中");
      }
      String to;
      int moved;
      switch (type) {
        case TO_WAREHOUSE -> {
          moved = register.moveToWarehouse(asset.code(), gov, id);
          to = "warehouse:" + gov;
        }
        case FROM_WAREHOUSE -> {
          moved = register.moveToUnit(asset.code(), unit, id);
          to = unit;
        }
        default -> {
          moved = register.dispose(asset.code(), today, id);
          to = null;
        }
      }
      if (moved != 1) {
        throw new IllegalStateException("资产 " + asset.code() + " 未由申请 " + id + " 占用或状态已变化，不能变更账卡");
      }
      register.insertMovement(
          new AssetMovement(
              null, asset.code(), id, type.name(), asset.holder(), to, receivedBy, now));
    }
  }
}
