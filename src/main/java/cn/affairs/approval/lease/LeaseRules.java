package cn.affairs.approval.lease;

import cn.affairs.approval.check.CaseFiles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Routing of the lease process, read by its gateways. */
@Component("leaseRules")
public class LeaseRules {

  private final CaseFiles caseFiles;

  LeaseRules(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  /**
   * 财政部门 gives its opinion when the unit leases (租用) and pays rent, which the budget must carry.
   */
  public boolean needsFinanceOpinion(DelegateExecution execution) {
    LeaseForm form = caseFiles.load(execution.getProcessBusinessKey()).form(LeaseForm.class);
    return form.leaseMode() == LeaseMode.LEASE
        && form.annualRent() != null
        && form.annualRent().signum() > 0;
  }
}
