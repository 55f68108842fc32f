package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationSearch;
import cn.affairs.approval.web.ApiException;
import java.time.LocalDate;

/**
 * What a user searched 待办 or 已办 for (api.md, Tasks): the case filters of the case list ({@code q} a
 * business key or words of the title, {@code processKey}, {@code unit}, {@code from}/{@code to}
 * submission dates, for 已办 {@code status}) and the task's own dates, both inclusive: when it
 * arrived ({@code taskFrom}/{@code taskTo}: created for 待办, completed for 已办); {@code overdueOnly}
 * for 待办. A filter only narrows the user's own tasks: it never widens what they see.
 */
record TaskSearch(
    ApplicationSearch cases, LocalDate taskFrom, LocalDate taskTo, boolean overdueOnly) {

  /**
   * The search, or a 400 naming the field: {@code toField} when the task's dates are reversed
   * ({@code createdTo} for 待办, {@code completedTo} for 已办).
   */
  static TaskSearch of(
      ApplicationSearch cases,
      LocalDate taskFrom,
      LocalDate taskTo,
      boolean overdueOnly,
      String toField) {
    if (taskFrom != null && taskTo != null && taskFrom.isAfter(taskTo)) {
      throw ApiException.invalid(toField, "结束日期不能早于开始日期");
    }
    return new TaskSearch(cases, taskFrom, taskTo, overdueOnly);
  }
}
