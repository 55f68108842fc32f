package cn.affairs.approval.construction;

import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Routing of the construction process, read by its gateways. */
@Component("constructionRules")
public class ConstructionRules {

  private final CaseFiles caseFiles;
  private final StandardsCatalogue catalogue;

  ConstructionRules(CaseFiles caseFiles, StandardsCatalogue catalogue) {
    this.caseFiles = caseFiles;
    this.catalogue = catalogue;
  }

  /**
   * 发展改革部门 and 财政部门 give opinions on a new build, or when the cost reaches the amount the bureau
   * sets (本级规定 localPolicy.drcFinanceOpinionCost).
   */
  public boolean needsDrcAndFinanceOpinions(DelegateExecution execution) {
    ConstructionForm form =
        caseFiles.load(execution.getProcessBusinessKey()).form(ConstructionForm.class);
    BigDecimal threshold = catalogue.value("localPolicy.drcFinanceOpinionCost");
    return "NEW_BUILD".equals(form.projectType()) || form.estimatedCost().compareTo(threshold) >= 0;
  }
}
