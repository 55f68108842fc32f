package cn.affairs.approval.task;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface StepReminderMapper {

  @Insert(
      "INSERT INTO step_reminder (application_id, task_id, reminded_on, from_user, comment_text, reminded_at) "
          + "VALUES (#{applicationId}, #{taskId}, #{on}, #{fromUser}, #{comment}, #{at})")
  void insert(
      @Param("applicationId") String applicationId,
      @Param("taskId") String taskId,
      @Param("on") LocalDate on,
      @Param("fromUser") String fromUser,
      @Param("comment") String comment,
      @Param("at") LocalDateTime at);

  @Select("SELECT COUNT(*) FROM step_reminder WHERE task_id = #{taskId} AND reminded_on = #{on}")
  int countOn(@Param("taskId") String taskId, @Param("on") LocalDate on);

  /** The latest reminder of each of the tasks, as {@code {taskId, remindedAt}} rows. */
  @Select(
      "<script>SELECT task_id AS taskId, MAX(reminded_at) AS remindedAt FROM step_reminder WHERE task_id IN "
          + "<foreach item='id' collection='taskIds' open='(' separator=',' close=')'>#{id}</foreach> GROUP BY task_id</script>")
  List<LastReminder> latest(@Param("taskIds") List<String> taskIds);

  record LastReminder(String taskId, LocalDateTime remindedAt) {}
}
