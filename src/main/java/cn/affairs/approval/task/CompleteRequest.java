package cn.affairs.approval.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of {@code POST /api/tasks/{id}/complete}; {@code cc}: user or role-group ids to copy the
 * case to (抄送).
 */
record CompleteRequest(String decision, String comment, JsonNode form, List<String> cc) {

  CompleteRequest(String decision, String comment, JsonNode form) {
    this(decision, comment, form, null);
  }
}
