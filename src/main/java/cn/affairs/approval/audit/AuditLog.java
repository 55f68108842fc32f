package cn.affairs.approval.audit;

import cn.affairs.approval.web.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of everything an admin or the bureau changes in what the system runs on. A change
 * and its audit row commit together: {@link #record} joins the caller's transaction (and insists on
 * one), so a change that rolls back leaves no audit row and a change is never without one.
 */
@Service
public class AuditLog {

  /** At most this many rows per page. */
  public static final int MAX_PAGE_SIZE = 200;

  private final AuditMapper mapper;
  private final ObjectMapper json;
  private final Clock clock;

  AuditLog(AuditMapper mapper, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Records one change. {@code before} and {@code after} are any values Jackson writes (a record, a
   * map, a string), or null where there was nothing before or is nothing after.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(
      String type,
      String actor,
      String govCode,
      String subject,
      String summary,
      Object before,
      Object after) {
    AuditMapper.AuditRow row = new AuditMapper.AuditRow();
    row.type = type;
    row.actor = actor;
    row.govCode = govCode;
    row.subject = subject;
    row.summary = summary.length() > 500 ? summary.substring(0, 497) + "…" : summary;
    row.beforeJson = write(before);
    row.afterJson = write(after);
    row.at = LocalDateTime.now(clock);
    mapper.insert(row);
    return new AuditEntry(
        row.id,
        row.type,
        row.actor,
        row.govCode,
        row.subject,
        row.summary,
        row.beforeJson,
        row.afterJson,
        row.at);
  }

  /**
   * A page of entries, newest first; every filter may be null ({@code govCode}: also system-wide
   * rows).
   */
  @Transactional(readOnly = true)
  public Page<AuditEntry> find(
      String type, LocalDateTime from, LocalDateTime to, String govCode, int page, int size) {
    int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    int offset = Math.max(0, page) * limit;
    return new Page<>(
        mapper.find(type, from, to, govCode, limit, offset),
        mapper.count(type, from, to, govCode),
        Math.max(0, page),
        limit);
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit value cannot be written as JSON", e);
    }
  }
}
