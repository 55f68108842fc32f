package cn.affairs.approval.task;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AddedSignerMapper {

  @Insert(
      "INSERT INTO added_signer (application_id, task_id, subtask_id, user_id, sign_order, status, added_by, "
          + "added_at) VALUES (#{applicationId}, #{taskId}, #{subtaskId}, #{userId}, #{signOrder}, #{status}, #{addedBy}, "
          + "#{addedAt})")
  void insert(AddedSigner signer);

  @Select(
      "SELECT id, application_id, task_id, subtask_id, user_id, sign_order, status, added_by, added_at, decided_at "
          + "FROM added_signer WHERE task_id = #{taskId} ORDER BY id")
  List<AddedSigner> ofStep(String taskId);

  @Select(
      "SELECT id, application_id, task_id, subtask_id, user_id, sign_order, status, added_by, added_at, decided_at "
          + "FROM added_signer WHERE subtask_id = #{subtaskId}")
  AddedSigner bySubtask(String subtaskId);

  @Update(
      "UPDATE added_signer SET status = #{status}, subtask_id = #{subtaskId}, decided_at = #{at} WHERE id = #{id}")
  void updateStatus(
      @Param("id") long id,
      @Param("status") String status,
      @Param("subtaskId") String subtaskId,
      @Param("at") LocalDateTime at);
}
