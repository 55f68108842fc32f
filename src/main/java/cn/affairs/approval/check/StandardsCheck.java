package cn.affairs.approval.check;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The base of every standards check: a delegate that evaluates one rule against the case, records
 * the result (verdict, message with the numbers, basis, facts) and leaves the verdict in the
 * process variable {@code <ruleId>Verdict} for gateways. A violation is a result, not an exception.
 * Subclasses declare their rule with {@link StandardsRule}.
 */
public abstract class StandardsCheck implements JavaDelegate {

  private CaseFiles caseFiles;
  private CheckRecorder recorder;

  @Autowired
  final void wire(CaseFiles caseFiles, CheckRecorder recorder) {
    this.caseFiles = caseFiles;
    this.recorder = recorder;
  }

  /** Evaluates the rule; never null. */
  protected abstract CheckOutcome evaluate(CaseFile file);

  @Override
  public final void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    CheckOutcome outcome = evaluate(file);
    StandardsRule rule = rule();
    recorder.record(file.id(), rule, outcome, execution.getCurrentActivityId());
    execution.setVariable(rule.id() + "Verdict", outcome.verdict().name());
  }

  /**
   * Evaluates the rule on a case that is not stored (预审: a form as it stands), recording nothing
   * and setting no variable; the same evaluation a submission runs.
   */
  public final CheckOutcome preview(CaseFile file) {
    return evaluate(file);
  }

  public StandardsRule rule() {
    StandardsRule rule =
        org.springframework.aop.support.AopUtils.getTargetClass(this)
            .getAnnotation(StandardsRule.class);
    if (rule == null) {
      throw new IllegalStateException(getClass().getName() + " declares no @StandardsRule");
    }
    return rule;
  }
}
