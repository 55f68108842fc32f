package cn.affairs.approval.application;

import java.util.List;

/**
 * The choices of the case-list filters ({@code GET /api/applications/filters}): values and their
 * Chinese labels.
 */
public record ListFilters(
    List<String> scopes, List<Choice> processes, List<Choice> statuses, List<Choice> units) {

  public record Choice(String value, String label) {}
}
