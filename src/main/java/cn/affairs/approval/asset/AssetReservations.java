package cn.affairs.approval.asset;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.vehicle.VehicleDisposals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记资产占用: when a case is submitted or resubmitted, its earlier reservations are released and the
 * unit's listed assets (TO_WAREHOUSE, DISPOSAL) are reserved for it, so that no other case can move
 * them meanwhile. An asset that is not the unit's, not in use or idle, or already reserved by
 * another pending case stays as it is; the register check reports it. Warehouse items are reserved
 * later, when the bureau allocates them. The end events of a rejected or withdrawn case call {@link
 * #release}.
 */
@Component("assetReservations")
public class AssetReservations implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final AssetMapper register;
  private final VehicleDisposals vehicles;

  AssetReservations(CaseFiles caseFiles, AssetMapper register, VehicleDisposals vehicles) {
    this.caseFiles = caseFiles;
    this.register = register;
    this.vehicles = vehicles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    AssetTransferForm form = file.form(AssetTransferForm.class);
    register.release(file.id());
    vehicles.release(file.id());
    for (String plate : form.vehiclePlates()) {
      vehicles.reserve(plate, file.unit().code(), file.id());
    }
    if (form.type() != TransferType.FROM_WAREHOUSE) {
      for (String code : form.assetCodes()) {
        register.reserveHeld(code, file.unit().code(), file.id());
      }
    }
  }

  /** Frees everything the case had reserved. */
  public void release(DelegateExecution execution) {
    register.release(execution.getProcessBusinessKey());
    vehicles.release(execution.getProcessBusinessKey());
  }
}
