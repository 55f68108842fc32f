package cn.affairs.approval.vehicle;

import cn.affairs.approval.application.DecisionLogMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * 集中采购: what the bureau's vehicle manager recorded at the procurement step (supplier, final
 * price, the new car's plate), read from the decision log where the step form is kept.
 */
@Component
class CentralProcurement {

  static final String TASK = "Task_CentralProcurement";

  /** The procurement result; {@code finalPrice} in 万元, {@code plate} canonical. */
  record Result(String supplier, BigDecimal finalPrice, String plate) {}

  private final DecisionLogMapper decisions;
  private final ObjectMapper json;

  CentralProcurement(DecisionLogMapper decisions, ObjectMapper json) {
    this.decisions = decisions;
    this.json = json;
  }

  /** The latest procurement result of the case; fails when the step has recorded none. */
  Result latest(String applicationId) {
    String text = decisions.latestStepForm(applicationId, TASK);
    if (text == null) {
      throw new IllegalStateException("case " + applicationId + " has no procurement result");
    }
    try {
      JsonNode form = json.readTree(text);
      if (!form.hasNonNull("finalPrice") || !form.hasNonNull("plate")) {
        throw new IllegalStateException("procurement result of " + applicationId + " lacks finalPrice or plate");
      }
      return new Result(form.path("supplier").asText(null), form.get("finalPrice").decimalValue(),
          form.get("plate").asText());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("procurement result of " + applicationId + " is not JSON", e);
    }
  }
}
