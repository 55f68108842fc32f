package cn.affairs.approval.task;

import cn.affairs.approval.application.FormField;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the portal renders to act on a task: the decisions it offers, how many failed checks an
 * approval overrides, and its form (the step's own fields, or for 修改申请 the application form with
 * the {@code values} submitted) as fields and as JSON Schema; the {@code actions} the user may take
 * on it ({@link TaskActionOptions#actions}) and, while it is delegated, its {@code owner}; {@code
 * notice} is why the case is back at this step when a check sent it back by itself.
 */
record TaskForm(
    String taskId,
    String taskKey,
    String name,
    String applicationId,
    String assignee,
    List<DecisionOption> decisions,
    int failedChecks,
    List<FormField> fields,
    ObjectNode schema,
    @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode values,
    List<String> actions,
    String owner,
    @JsonInclude(JsonInclude.Include.NON_NULL) String notice) {

  record DecisionOption(String value, String label, boolean commentRequired) {}
}
