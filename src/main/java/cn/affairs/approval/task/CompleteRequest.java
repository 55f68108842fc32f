package cn.affairs.approval.task;

import com.fasterxml.jackson.databind.JsonNode;

/** Body of {@code POST /api/tasks/{id}/complete}. */
record CompleteRequest(String decision, String comment, JsonNode form) {}
