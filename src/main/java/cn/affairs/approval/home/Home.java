package cn.affairs.approval.home;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ApplicationSummary;
import cn.affairs.approval.draft.DraftView;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The 工作台 of the signed-in user (api.md: {@code GET /api/home}). {@code decidedThisMonth}: for an
 * applicant, their cases decided this month; for an approver, the steps they decided this month.
 * {@code government} is null for users who do not see their whole government.
 */
public record Home(
    Listing<TaskRow> openTasks,
    Listing<TaskRow> overdueTasks,
    List<ReturnedCase> returned,
    Listing<ApplicationSummary> running,
    Map<ApplicationStatus, Long> myCases,
    long decidedThisMonth,
    Integer unreadMessages,
    List<DraftView> drafts,
    List<Shortcut> shortcuts,
    GovernmentCounts government) {

  /** The first rows of a list and how many there are in all. */
  public record Listing<T>(long total, List<T> items) {}

  /**
   * An open task on the home page; {@code dueNote} (else null) says its due date lies in a year
   * whose working-day calendar is not entered.
   */
  public record TaskRow(
      String taskId,
      String taskKey,
      String name,
      String applicationId,
      String title,
      String unitName,
      Date due,
      boolean overdue,
      String dueNote) {}

  /** A case returned to its applicant, with the step that returned it, who, why and when. */
  public record ReturnedCase(
      ApplicationSummary application,
      String returnedAt,
      String returnedBy,
      String reason,
      LocalDateTime at) {}

  /** A family the user may start. */
  public record Shortcut(String processKey, String name, String description) {}

  /** The cases of the user's government by status, and how many open steps are overdue. */
  public record GovernmentCounts(
      String code, String name, Map<ApplicationStatus, Long> cases, long overdueTasks) {}
}
