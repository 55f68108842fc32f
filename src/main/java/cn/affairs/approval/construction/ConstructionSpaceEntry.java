package cn.affairs.approval.construction;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.CheckOverrides;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.officespace.OfficeAreaStandard;
import cn.affairs.approval.officespace.OfficeSpace;
import cn.affairs.approval.officespace.OfficeSpaceRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记办公用房: the office-room area an approved project adds enters the unit's office-space register
 * (owned; 办法 第十七条 统一权属登记, 第十八条), so that it counts against the unit's standard from the day of
 * approval. The office-area standard is evaluated again first, under the unit's lock: another case
 * of the unit may have registered space since this one was checked, and two cases that each fit but
 * not both must not both register (the second is refused, 409, with the check's message; nothing of
 * the step is written). An approval the body the article names gave over the check's FAIL (本级政府,
 * recorded as an override) is registered as approved. A project that adds no office-room area (改建)
 * enters nothing.
 */
@Component("constructionSpaceEntry")
class ConstructionSpaceEntry implements JavaDelegate {

  static final String RULE = "officeRoomArea";

  private final CaseFiles caseFiles;
  private final OfficeAreaStandard standards;
  private final OfficeSpaceRegister register;
  private final CheckOverrides overrides;

  ConstructionSpaceEntry(
      CaseFiles caseFiles,
      OfficeAreaStandard standards,
      OfficeSpaceRegister register,
      CheckOverrides overrides) {
    this.caseFiles = caseFiles;
    this.standards = standards;
    this.register = register;
    this.overrides = overrides;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    ConstructionForm form = file.form(ConstructionForm.class);
    if (form.addedOfficeRoomArea().signum() <= 0) {
      register.enterNothing(file.id());
      return;
    }
    String unit = file.unit().code();
    var area = standards.assessLocked(unit, file.level(), form.addedOfficeRoomArea());
    String failure = OfficeRoomAreaCheck.failure(area);
    boolean approvedOver =
        overrides.of(file.id()).stream().anyMatch(o -> RULE.equals(o.ruleName()));
    if (failure != null && !approvedOver) {
      throw new RegisterConflict(failure + "，不能登记办公用房（本单位其他申请已先登记）；请作不同意处理或退回申请人修改");
    }
    register.enterOnce(
        new OfficeSpace(
            null,
            file.government().code(),
            unit,
            form.projectName() + "（" + form.location() + "）",
            "依申请 " + file.id(),
            form.addedOfficeRoomArea(),
            form.addedBuildingArea().signum() > 0
                    && form.addedBuildingArea().compareTo(form.addedOfficeRoomArea()) >= 0
                ? form.addedBuildingArea()
                : null,
            OfficeSpace.OWNED,
            null,
            file.id()));
  }
}
