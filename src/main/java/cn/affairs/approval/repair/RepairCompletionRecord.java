package cn.affairs.approval.repair;

import cn.affairs.approval.application.DecisionLogMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记竣工情况: the completion date and actual cost the unit reported at 实施 (its step form) go to
 * the repair register, for the bureau's 验收 (办法 第二十条第二款 组织实施).
 */
@Component("repairCompletionRecord")
class RepairCompletionRecord implements JavaDelegate {

  static final String IMPLEMENTATION_TASK = "Task_Implementation";

  private final DecisionLogMapper decisions;
  private final RepairRegister register;
  private final ObjectMapper json;

  RepairCompletionRecord(DecisionLogMapper decisions, RepairRegister register, ObjectMapper json) {
    this.decisions = decisions;
    this.register = register;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    String stepForm = decisions.latestStepForm(id, IMPLEMENTATION_TASK);
    if (stepForm == null) {
      // the API requires completedOn and actualCost to report completion, so this is a fault
      throw new IllegalStateException("case " + id + " reported completion without completedOn and actualCost");
    }
    JsonNode form;
    try {
      form = json.readTree(stepForm);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("completion report of " + id + " is not JSON", e);
    }
    JsonNode completedOn = form.path("completedOn");
    JsonNode actualCost = form.path("actualCost");
    if (!completedOn.isTextual() || !actualCost.isNumber()) {
      throw new IllegalStateException("completion report of " + id + " lacks completedOn or actualCost: " + stepForm);
    }
    register.recordCompletion(id, LocalDate.parse(completedOn.asText()), actualCost.decimalValue());
  }
}
