package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.application.FormJson;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Writes a task action into the case timeline, with what it concerned (to whom, which signers) as
 * its facts.
 */
@Component
class TaskTimeline {

  private static final ObjectMapper FACTS = new ObjectMapper();

  private final DecisionLog log;
  private final FormJson json;
  private final Clock clock;

  TaskTimeline(DecisionLog log, FormJson json, Clock clock) {
    this.log = log;
    this.json = json;
    this.clock = clock;
  }

  void record(
      Application application,
      Task task,
      String userId,
      Decision action,
      String comment,
      Map<String, ?> facts) {
    record(
        application,
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        userId,
        action,
        comment,
        facts);
  }

  void record(
      Application application,
      String taskId,
      String step,
      String stepName,
      String userId,
      Decision action,
      String comment,
      Map<String, ?> facts) {
    String factsJson =
        facts == null || facts.isEmpty() ? null : json.write(FACTS.valueToTree(facts));
    log.insert(
        new DecisionRecord(
            null,
            application.id(),
            taskId,
            step,
            stepName,
            userId,
            action,
            comment,
            false,
            factsJson,
            LocalDateTime.now(clock)));
  }

  /**
   * A trimmed comment of at most 2000 characters; {@code requiredMessage} non-null makes it
   * required.
   */
  static String comment(String raw, String requiredMessage) {
    String comment = raw == null || raw.isBlank() ? null : raw.trim();
    if (comment == null && requiredMessage != null) {
      throw ApiException.invalid("comment", requiredMessage);
    }
    if (comment != null && comment.length() > 2000) {
      throw ApiException.invalid("comment", "意见不能超过 2000 字");
    }
    return comment;
  }
}
