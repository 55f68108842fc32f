package cn.affairs.approval.vehicle;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * 集中采购: what the bureau's vehicle manager recorded at the procurement step (supplier, final price,
 * the new car's plate), kept in {@code vehicle_procurement} when the step is approved, for the
 * final-price check and the registration of the new car.
 */
@Component
class CentralProcurement {

  static final String TASK = "Task_CentralProcurement";

  private final ProcurementMapper results;
  private final Clock clock;

  CentralProcurement(ProcurementMapper results, Clock clock) {
    this.results = results;
    this.clock = clock;
  }

  /**
   * Keeps the result of an approved procurement step (validated: finalPrice and a canonical plate).
   */
  void record(String applicationId, JsonNode stepForm) {
    results.delete(applicationId);
    results.insert(
        applicationId,
        stepForm.path("supplier").asText(null),
        stepForm.get("finalPrice").decimalValue(),
        stepForm.get("plate").asText(),
        LocalDateTime.now(clock));
  }

  /** The latest procurement result of the case; fails when the step has recorded none. */
  ProcurementMapper.Result latest(String applicationId) {
    ProcurementMapper.Result result = results.find(applicationId);
    if (result == null) {
      throw new IllegalStateException("case " + applicationId + " has no procurement result");
    }
    return result;
  }
}
