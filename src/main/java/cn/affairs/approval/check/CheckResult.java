package cn.affairs.approval.check;

import java.time.LocalDateTime;

/** One recorded result of a rule for an application. */
public record CheckResult(
    Long id,
    String applicationId,
    String ruleName,
    Verdict verdict,
    String message,
    String basis,
    String factsJson,
    String step,
    LocalDateTime checkedAt) {}
