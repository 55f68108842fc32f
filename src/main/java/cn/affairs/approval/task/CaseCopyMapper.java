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

  @Select(
      "<script>SELECT id, application_id, task_id, step_name, user_id, via_group, from_user, comment_text, copied_at, "
          + "read_at FROM case_copy WHERE user_id = #{userId}"
          + "<if test='unread != null and unread'> AND read_at IS NULL</if>"
          + "<if test='unread != null and !unread'> AND read_at IS NOT NULL</if>"
          + " ORDER BY id DESC LIMIT #{size} OFFSET #{offset}</script>")
  List<CaseCopy> ofUser(
      @Param("userId") String userId,
      @Param("unread") Boolean unread,
      @Param("offset") int offset,
      @Param("size") int size);

  @Select(
      "<script>SELECT COUNT(*) FROM case_copy WHERE user_id = #{userId}"
          + "<if test='unread != null and unread'> AND read_at IS NULL</if>"
          + "<if test='unread != null and !unread'> AND read_at IS NOT NULL</if></script>")
  long countOfUser(@Param("userId") String userId, @Param("unread") Boolean unread);

  @Select(
      "SELECT id, application_id, task_id, step_name, user_id, via_group, from_user, comment_text, copied_at, "
          + "read_at FROM case_copy WHERE id = #{id}")
  CaseCopy find(long id);

  @Update("UPDATE case_copy SET read_at = #{at} WHERE id = #{id} AND read_at IS NULL")
  int markRead(@Param("id") long id, @Param("at") LocalDateTime at);
}
