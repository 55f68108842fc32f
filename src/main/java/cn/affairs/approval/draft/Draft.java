package cn.affairs.approval.draft;

import java.time.LocalDateTime;

/** One stored draft: the form as its author last saved it. */
record Draft(
    String id,
    String author,
    String processKey,
    String formJson,
    int version,
    LocalDateTime createdAt,
    LocalDateTime savedAt) {}
