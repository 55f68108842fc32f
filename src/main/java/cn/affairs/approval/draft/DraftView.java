package cn.affairs.approval.draft;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;

/**
 * A draft as api.md shows it; {@code title} is the list title the form would give, or null while it
 * has none.
 */
public record DraftView(
    String id,
    String processKey,
    String processName,
    String title,
    JsonNode form,
    int version,
    LocalDateTime createdAt,
    LocalDateTime savedAt) {}
