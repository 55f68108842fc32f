package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationStatus;
import java.time.LocalDateTime;
import java.util.Date;

/** The rows of the task lists. */
final class TaskItems {

  private TaskItems() {}

  /** 待办: an open task, with its due date, who holds it and when it was last reminded (催办). */
  record OpenTask(
      String id,
      String taskKey,
      String name,
      String applicationId,
      String processKey,
      String title,
      String unitCode,
      String unitName,
      Date created,
      Date due,
      String dueNote,
      boolean overdue,
      String assignee,
      String assigneeName,
      LocalDateTime remindedAt) {}

  /** 已办: a task the user completed, with where its case stands now. */
  record DoneTask(
      String id,
      String taskKey,
      String name,
      String applicationId,
      String processKey,
      String title,
      String unitCode,
      String unitName,
      ApplicationStatus status,
      Date created,
      Date completed,
      Date due) {}

  /** A person the user may pick for a task action (转办、委派、加签、改派). */
  record Candidate(String id, String name, String unitCode, String unitName) {}
}
