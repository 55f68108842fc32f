package cn.affairs.approval.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;

/**
 * Writes check results; a new result of a rule supersedes the earlier one (e.g. after a
 * resubmission).
 */
@Service
public class CheckRecorder {

  private final CheckResultMapper results;
  private final ObjectMapper json;
  private final Clock clock;

  CheckRecorder(CheckResultMapper results, ObjectMapper json, Clock clock) {
    this.results = results;
    this.json = json;
    this.clock = clock;
  }

  public void record(String applicationId, StandardsRule rule, CheckOutcome outcome, String step) {
    results.supersede(applicationId, rule.id());
    String facts;
    try {
      facts = json.writeValueAsString(outcome.facts());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("facts of " + rule.id() + " cannot be written as JSON", e);
    }
    String basis = outcome.basis() != null ? outcome.basis() : rule.basis();
    results.insert(
        new CheckResult(
            null,
            applicationId,
            rule.id(),
            outcome.verdict(),
            outcome.message(),
            basis,
            facts,
            step,
            LocalDateTime.now(clock)));
  }
}
