package cn.affairs.approval.application;

import cn.affairs.approval.web.ApiException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What a user searched a case list for (api.md: {@code q}, {@code status}, {@code processKey},
 * {@code unit}, {@code from}, {@code to}); every field may be null. {@code q} is a business key (or
 * a part of one) or words of the title; {@code from}/{@code to} are submission dates, both
 * inclusive.
 */
public record ApplicationSearch(
    String q,
    ApplicationStatus status,
    String processKey,
    String unit,
    LocalDate from,
    LocalDate to) {

  public static final ApplicationSearch NONE =
      new ApplicationSearch(null, null, null, null, null, null);

  public ApplicationSearch {
    q = blankToNull(q);
    processKey = blankToNull(processKey);
    unit = blankToNull(unit);
    if (q != null && q.length() > 100) {
      throw ApiException.invalid("q", "搜索内容不能超过 100 个字符");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.invalid("to", "结束日期不能早于开始日期");
    }
  }

  /** The LIKE pattern the business key must contain, or null when nothing was searched for. */
  public String keyPattern() {
    return q == null ? null : "%" + escape(q.toUpperCase()) + "%";
  }

  /**
   * One LIKE pattern per word of {@code q}; the title must contain all of them (escaped with {@code
   * !}).
   */
  public List<String> titlePatterns() {
    if (q == null) {
      return List.of();
    }
    return Arrays.stream(q.split("[\\s\\u3000]+"))
        .filter(w -> !w.isEmpty())
        .map(w -> "%" + escape(w) + "%")
        .toList();
  }

  private static String escape(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
