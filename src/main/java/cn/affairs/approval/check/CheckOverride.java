package cn.affairs.approval.check;

import java.time.LocalDateTime;

/**
 * An approval over a failed figure: who ({@code userId}) approved over {@code ruleName} at which
 * step, and on what authority ({@code authorityRole}, the body the article names, and the {@code
 * authority} as shown, e.g. 本级政府（依 办法 第十八条）).
 */
public record CheckOverride(
    Long id,
    String applicationId,
    String ruleName,
    String taskId,
    String step,
    String userId,
    String authorityRole,
    String authority,
    String commentText,
    LocalDateTime decidedAt) {}
