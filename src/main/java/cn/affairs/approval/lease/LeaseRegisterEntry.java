package cn.affairs.approval.lease;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.officespace.OfficeSpace;
import cn.affairs.approval.officespace.OfficeSpaceRegister;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After 本级政府批准 the space enters the office-space register of the unit, so that it counts in the
 * unit's total from then on and is managed centrally (办法 第十七条 统一权属登记; 第十九条第三款
 * 纳入本单位办公用房总面积进行核定，并统一管理). It runs in the transaction of the approval, so the approval date is
 * today; the space is held until approval date + term (inclusive, as {@code
 * OfficeSpaceMapper.occupiedArea} counts it). LEASE is recorded as LEASED; BORROW and SWAP, which
 * pay no rent, as BORROWED (see {@link LeaseMode#registerOwnership()}).
 */
@Component("leaseRegisterEntry")
class LeaseRegisterEntry implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final OfficeSpaceRegister register;
  private final Clock clock;

  LeaseRegisterEntry(CaseFiles caseFiles, OfficeSpaceRegister register, Clock clock) {
    this.caseFiles = caseFiles;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    String unit = file.unit().code();
    LeaseForm form = file.form(LeaseForm.class);
    LeaseMode mode = form.leaseMode();
    LocalDate approvedOn = LocalDate.now(clock);
    String building = mode == LeaseMode.SWAP ? form.location() + "（置换）" : form.location();
    // a retried job must not enter the same space twice
    register.enterOnce(
        new OfficeSpace(
            null,
            file.government().code(),
            unit,
            building,
            form.area(),
            mode.registerOwnership(),
            approvedOn.plusMonths(form.termMonths()),
            file.id()));
  }
}
