package cn.affairs.approval.asset;

import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.org.Role;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Routing and assignment of the asset-transfer process, read by its gateways and its 交接 task. */
@Component("assetTransferRules")
public class AssetTransferRules {

  private final CaseFiles caseFiles;

  AssetTransferRules(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /** FROM_WAREHOUSE cases get warehouse items allocated after the bureau's review. */
  public boolean fromWarehouse(DelegateExecution execution) {
    return type(execution) == TransferType.FROM_WAREHOUSE;
  }

  /**
   * 交接 is confirmed by the side that receives the assets: the applicant for the unit when it takes
   * items from the warehouse; otherwise nobody in particular (the bureau's asset group).
   */
  public String handoverAssignee(DelegateExecution execution) {
    return fromWarehouse(execution) ? (String) execution.getVariable("applicant") : null;
  }

  /**
   * The warehouse (the bureau's 资产与公物仓 group) receives handed-over assets and assets to dispose of.
   */
  public List<String> handoverGroups(DelegateExecution execution) {
    return fromWarehouse(execution)
        ? List.of()
        : List.of(Role.BUREAU_ASSET.group((String) execution.getVariable("govCode")));
  }

  private TransferType type(DelegateExecution execution) {
    return caseFiles.load(execution.getProcessBusinessKey()).form(AssetTransferForm.class).type();
  }
}
