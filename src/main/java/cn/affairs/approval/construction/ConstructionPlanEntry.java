package cn.affairs.approval.construction;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.plan.AnnualPlans;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 纳入年度计划: an approved project becomes an item of the unit's annual guarantee plan of the year of
 * approval (办法 第十二条; 条例 第三十三条), as a new plan version.
 */
@Component("constructionPlanEntry")
class ConstructionPlanEntry implements JavaDelegate {

  static final String CATEGORY = "OFFICE_SPACE_CONSTRUCTION";

  private final CaseFiles caseFiles;
  private final AnnualPlans plans;
  private final Clock clock;

  ConstructionPlanEntry(CaseFiles caseFiles, AnnualPlans plans, Clock clock) {
    this.caseFiles = caseFiles;
    this.plans = plans;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    ConstructionForm form = file.form(ConstructionForm.class);
    String type =
        switch (form.projectType()) {
          case "NEW_BUILD" -> "新建";
          case "EXPANSION" -> "扩建";
          case "RENOVATION" -> "改建";
          default -> "购置";
        };
    plans.apply(
        file.unit().code(),
        LocalDate.now(clock).getYear(),
        List.of(
            new AnnualPlans.Change(
                null,
                CATEGORY,
                "办公用房" + type + "：" + form.projectName() + "（" + file.id() + "）",
                form.estimatedCost())),
        file.id());
  }
}
