package cn.affairs.approval.task;

/**
 * Published (as a Spring application event, inside the transaction, after the change) when a task
 * is handed to someone by another person: 转办, 改派 or 委派 ({@code action} is its Chinese name), so
 * that the new holder learns of the task waiting for them.
 */
public record TaskHandedOver(
    String applicationId,
    String taskId,
    String taskName,
    String toUserId,
    String fromUserId,
    String action) {}
