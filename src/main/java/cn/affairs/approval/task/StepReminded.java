package cn.affairs.approval.task;

import java.util.List;

/**
 * Published (as a Spring application event, inside the transaction, after the reminder is written)
 * when the holders of an open step are reminded (催办): its assignee, or else its candidate users and
 * groups.
 */
public record StepReminded(
    String applicationId,
    String taskId,
    List<String> holderUserIds,
    List<String> groupIds,
    String fromUserId) {}
