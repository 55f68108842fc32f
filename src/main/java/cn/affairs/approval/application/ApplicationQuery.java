package cn.affairs.approval.application;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Filters of an application list; null means "any". {@code applicant}, {@code unitCode} and {@code
 * govCode} are the scope the user may see; {@code unitFilter}, {@code keyPattern}, {@code
 * titlePatterns} and the dates are what they searched for ({@code createdBefore} exclusive). A case
 * matches the search words when its business key contains {@code keyPattern} or its title contains
 * every one of {@code titlePatterns} (LIKE patterns, escaped with {@code !}).
 */
public record ApplicationQuery(
    String applicant,
    String unitCode,
    String govCode,
    ApplicationStatus status,
    String processKey,
    String unitFilter,
    String keyPattern,
    List<String> titlePatterns,
    LocalDateTime createdFrom,
    LocalDateTime createdBefore,
    int offset,
    int limit) {

  /** A scope with no search. */
  public ApplicationQuery(
      String applicant,
      String unitCode,
      String govCode,
      ApplicationStatus status,
      String processKey,
      int offset,
      int limit) {
    this(
        applicant,
        unitCode,
        govCode,
        status,
        processKey,
        null,
        null,
        List.of(),
        null,
        null,
        offset,
        limit);
  }

  public boolean hasWords() {
    return keyPattern != null;
  }
}
