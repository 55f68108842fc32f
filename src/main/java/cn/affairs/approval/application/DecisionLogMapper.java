package cn.affairs.approval.application;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface DecisionLogMapper {

  @Insert(
      "INSERT INTO decision_log (application_id, task_id, step, step_name, user_id, decision, comment_text, "
          + "override_fail, form_json, decided_at) VALUES (#{applicationId}, #{taskId}, #{step}, #{stepName}, #{userId}, "
          + "#{decision}, #{commentText}, #{overrideFail}, #{formJson}, #{decidedAt})")
  void insert(DecisionRecord record);

  @Select(
      "SELECT id, application_id, task_id, step, step_name, user_id, decision, comment_text, override_fail, "
          + "form_json, decided_at FROM decision_log WHERE application_id = #{applicationId} ORDER BY id")
  List<DecisionRecord> timeline(String applicationId);

  @Select(
      "SELECT COUNT(*) FROM decision_log WHERE application_id = #{applicationId} "
          + "AND decision IN ('APPROVE', 'REJECT', 'RETURN')")
  int approverDecisions(String applicationId);
}
