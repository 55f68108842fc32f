package cn.affairs.approval.task;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CaseCopyMapper {

  @Insert(
      "INSERT INTO case_copy (application_id, task_id, step_name, user_id, via_group, from_user, comment_text, "
          + "copied_at) VALUES (#{applicationId}, #{taskId}, #{stepName}, #{userId}, #{viaGroup}, #{fromUser}, "
          + "#{commentText}, #{copiedAt})")
  void insert(CaseCopy copy);

  /**
   * Filters of 抄送我的: the recipient, read state, and what they searched for (as the case list:
   * business key or title words, family, unit; the day of the copy, {@code copiedBefore}
   * exclusive).
   */
  record CopyQuery(
      String userId,
      Boolean unread,
      String keyPattern,
      List<String> titlePatterns,
      String processKey,
      String unit,
      LocalDateTime copiedFrom,
      LocalDateTime copiedBefore,
      int offset,
      int size) {}

  String FILTERS =
      " WHERE c.user_id = #{userId}"
          + "<if test='unread != null and unread'> AND c.read_at IS NULL</if>"
          + "<if test='unread != null and !unread'> AND c.read_at IS NOT NULL</if>"
          + "<if test='copiedFrom != null'> AND c.copied_at &gt;= #{copiedFrom}</if>"
          + "<if test='copiedBefore != null'> AND c.copied_at &lt; #{copiedBefore}</if>"
          + "<if test='keyPattern != null or processKey != null or unit != null'>"
          + " AND EXISTS (SELECT 1 FROM application a WHERE a.id = c.application_id"
          + "<if test='processKey != null'> AND a.process_key = #{processKey}</if>"
          + "<if test='unit != null'> AND a.unit_code = #{unit}</if>"
          + "<if test='keyPattern != null'> AND (UPPER(a.id) LIKE #{keyPattern} ESCAPE '!'"
          + "<if test='!titlePatterns.isEmpty()'> OR (<foreach collection='titlePatterns' item='word'"
          + " separator=' AND '>a.title LIKE #{word} ESCAPE '!'</foreach>)</if>)</if>"
          + ")</if>";

  @Select(
      "<script>SELECT c.id, c.application_id, c.task_id, c.step_name, c.user_id, c.via_group, c.from_user,"
          + " c.comment_text, c.copied_at, c.read_at FROM case_copy c"
          + FILTERS
          + " ORDER BY c.id DESC LIMIT #{size} OFFSET #{offset}</script>")
  List<CaseCopy> ofUser(CopyQuery query);

  @Select("<script>SELECT COUNT(*) FROM case_copy c" + FILTERS + "</script>")
  long countOfUser(CopyQuery query);

  @Select(
      "SELECT id, application_id, task_id, step_name, user_id, via_group, from_user, comment_text, copied_at, "
          + "read_at FROM case_copy WHERE id = #{id}")
  CaseCopy find(long id);

  @Update("UPDATE case_copy SET read_at = #{at} WHERE id = #{id} AND read_at IS NULL")
  int markRead(@Param("id") long id, @Param("at") LocalDateTime at);
}
