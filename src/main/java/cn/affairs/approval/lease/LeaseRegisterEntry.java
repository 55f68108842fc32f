package cn.affairs.approval.lease;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.CheckOverrides;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.officespace.OfficeAreaStandard;
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
 * pay no rent, as BORROWED (see {@link LeaseMode#registerOwnership()}). The office-area standard is
 * evaluated again first, under the unit's lock, so that two cases that each fit but not both never
 * both register (the second is refused with the check's message, 409).
 */
@Component("leaseRegisterEntry")
class LeaseRegisterEntry implements JavaDelegate {

  static final String RULE = "leasedOfficeArea";

  private final CaseFiles caseFiles;
  private final OfficeAreaStandard standards;
  private final OfficeSpaceRegister register;
  private final CheckOverrides overrides;
  private final Clock clock;

  LeaseRegisterEntry(
      CaseFiles caseFiles,
      OfficeAreaStandard standards,
      OfficeSpaceRegister register,
      CheckOverrides overrides,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.standards = standards;
    this.register = register;
    this.overrides = overrides;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    String unit = file.unit().code();
    LeaseForm form = file.form(LeaseForm.class);
    LeaseMode mode = form.leaseMode();
    // Evaluated again under the unit's lock: another case of the unit may have registered space
    // since this one was checked; an approval over the check's FAIL by 本级政府 stands.
    var area = standards.assessLocked(unit, file.level(), form.area());
    String failure = LeasedOfficeAreaCheck.failure(area, form);
    boolean approvedOver =
        overrides.of(file.id()).stream().anyMatch(o -> RULE.equals(o.ruleName()));
    if (failure != null && !approvedOver) {
      throw new RegisterConflict(failure + "，不能登记办公用房（本单位其他申请已先登记）；请作不同意处理或退回申请人修改");
    }
    LocalDate approvedOn = LocalDate.now(clock);
    String building = mode == LeaseMode.SWAP ? form.location() + "（置换）" : form.location();
    // a retried job must not enter the same space twice
    register.enterOnce(
        new OfficeSpace(
            null,
            file.government().code(),
            unit,
            building,
            "依申请 " + file.id(),
            form.area(),
            null,
            mode.registerOwnership(),
            approvedOn.plusMonths(form.termMonths()),
            file.id()));
  }
}
