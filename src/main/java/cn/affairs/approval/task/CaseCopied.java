package cn.affairs.approval.task;

import java.util.List;

/**
 * Published (as a Spring application event, inside the transaction, after the copies are written)
 * when a case is copied (抄送) at a step: the users it reached and the role groups named, for
 * notifications to pick up.
 */
public record CaseCopied(
    String applicationId,
    String taskId,
    List<String> userIds,
    List<String> groupIds,
    String fromUserId,
    String comment) {}
