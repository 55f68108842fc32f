package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationSearch;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.query.NativeQuery;

/**
 * The SQL of a filtered 待办 or 已办 page, run as a Camunda native query so that the filters, the count
 * and the page are one query each, in the database (never a page filtered in memory). The case
 * filters read our {@code application} row of the task's process instance; an added signer's
 * subtask (加签) has no process instance of its own and is matched through its step ({@code
 * PARENT_TASK_ID_}).
 */
final class TaskListSql {

  /**
   * The body after {@code SELECT …}; {@link #select} and {@link #count} put the columns in front.
   */
  private final StringBuilder from = new StringBuilder();

  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final String order;

  private TaskListSql(String order) {
    this.order = order;
  }

  String select() {
    return "SELECT RES.* " + from + " ORDER BY " + order;
  }

  String count() {
    return "SELECT COUNT(*) " + from;
  }

  /** The query with this SQL's parameters. */
  <Q extends NativeQuery<Q, ?>> Q bind(Q query) {
    parameters.forEach(query::parameter);
    return query;
  }

  /**
   * 待办: assigned to the user, or unassigned with one of their candidate groups (as Camunda's {@code
   * or().taskAssignee(u).taskCandidateGroupIn(groups)}), newest first.
   */
  static TaskListSql open(
      String taskTable,
      String identityLinkTable,
      String user,
      List<String> groups,
      TaskSearch search,
      ZoneId zone,
      Date now) {
    TaskListSql sql = new TaskListSql("RES.CREATE_TIME_ DESC, RES.ID_ DESC");
    sql.from.append("FROM ").append(taskTable).append(" RES");
    if (hasCaseFilter(search.cases())) {
      sql.from.append(" LEFT JOIN ").append(taskTable).append(" P ON P.ID_ = RES.PARENT_TASK_ID_");
    }
    sql.from.append(" WHERE (RES.ASSIGNEE_ = ").append(sql.parameter("user", user));
    if (!groups.isEmpty()) {
      sql.from
          .append(" OR (RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ")
          .append(identityLinkTable)
          .append(" I WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (");
      for (int i = 0; i < groups.size(); i++) {
        sql.from.append(i == 0 ? "" : ", ").append(sql.parameter("group" + i, groups.get(i)));
      }
      sql.from.append(")))");
    }
    sql.from.append(")");
    sql.taskDates("RES.CREATE_TIME_", search, zone);
    if (search.overdueOnly()) {
      sql.from.append(" AND RES.DUE_DATE_ < ").append(sql.parameter("now", now));
    }
    sql.cases(search.cases());
    return sql;
  }

  /** 已办: the tasks the user completed, the latest first. */
  static TaskListSql done(String historicTaskTable, String user, TaskSearch search, ZoneId zone) {
    TaskListSql sql = new TaskListSql("RES.END_TIME_ DESC, RES.ID_ DESC");
    sql.from.append("FROM ").append(historicTaskTable).append(" RES");
    if (hasCaseFilter(search.cases())) {
      sql.from
          .append(" LEFT JOIN ")
          .append(historicTaskTable)
          .append(" P ON P.ID_ = RES.PARENT_TASK_ID_");
    }
    sql.from
        .append(" WHERE RES.ASSIGNEE_ = ")
        .append(sql.parameter("user", user))
        .append(" AND RES.END_TIME_ IS NOT NULL");
    sql.taskDates("RES.END_TIME_", search, zone);
    sql.cases(search.cases());
    return sql;
  }

  private void taskDates(String column, TaskSearch search, ZoneId zone) {
    if (search.taskFrom() != null) {
      from.append(" AND ")
          .append(column)
          .append(" >= ")
          .append(parameter("taskFrom", startOf(search.taskFrom(), zone)));
    }
    if (search.taskTo() != null) {
      from.append(" AND ")
          .append(column)
          .append(" < ")
          .append(parameter("taskBefore", startOf(search.taskTo().plusDays(1), zone)));
    }
  }

  /**
   * The case row's filters, as in the case list (application mapper's {@code filters}). The case's
   * {@code created_at} is the platform's local time, so its days are compared as local date-times:
   * a {@code Timestamp} would be shifted by the driver from the JVM's zone to the database's.
   */
  private void cases(ApplicationSearch search) {
    if (!hasCaseFilter(search)) {
      return;
    }
    from.append(
        " AND EXISTS (SELECT 1 FROM application A"
            + " WHERE A.process_instance_id = COALESCE(RES.PROC_INST_ID_, P.PROC_INST_ID_)");
    if (search.processKey() != null) {
      from.append(" AND A.process_key = ").append(parameter("processKey", search.processKey()));
    }
    if (search.unit() != null) {
      from.append(" AND A.unit_code = ").append(parameter("unit", search.unit()));
    }
    if (search.status() != null) {
      from.append(" AND A.status = ").append(parameter("status", search.status().name()));
    }
    if (search.from() != null) {
      from.append(" AND A.created_at >= ")
          .append(parameter("submittedFrom", search.from().atStartOfDay()));
    }
    if (search.to() != null) {
      from.append(" AND A.created_at < ")
          .append(parameter("submittedBefore", search.to().plusDays(1).atStartOfDay()));
    }
    if (search.keyPattern() != null) {
      from.append(" AND (UPPER(A.id) LIKE ")
          .append(parameter("keyPattern", search.keyPattern()))
          .append(" ESCAPE '!'");
      List<String> words = search.titlePatterns();
      if (!words.isEmpty()) {
        from.append(" OR (");
        for (int i = 0; i < words.size(); i++) {
          from.append(i == 0 ? "" : " AND ")
              .append("A.title LIKE ")
              .append(parameter("word" + i, words.get(i)))
              .append(" ESCAPE '!'");
        }
        from.append(")");
      }
      from.append(")");
    }
    from.append(")");
  }

  private static boolean hasCaseFilter(ApplicationSearch search) {
    return search.keyPattern() != null
        || search.processKey() != null
        || search.unit() != null
        || search.status() != null
        || search.from() != null
        || search.to() != null;
  }

  /** A named parameter ({@code #{f_name}}); the prefix keeps clear of the engine's own names. */
  private String parameter(String name, Object value) {
    parameters.put("f_" + name, value);
    return "#{f_" + name + "}";
  }

  private static Date startOf(LocalDate day, ZoneId zone) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
