package cn.affairs.approval.check;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface CheckOverrideMapper {

  @Insert(
      "INSERT INTO check_override (application_id, rule_name, task_id, step, user_id, authority_role, authority, "
          + "comment_text, decided_at) VALUES (#{applicationId}, #{ruleName}, #{taskId}, #{step}, #{userId}, "
          + "#{authorityRole}, #{authority}, #{commentText}, #{decidedAt})")
  void insert(CheckOverride override);

  @Select(
      "SELECT id, application_id, rule_name, task_id, step, user_id, authority_role, authority, comment_text, "
          + "decided_at FROM check_override WHERE application_id = #{applicationId} ORDER BY id")
  List<CheckOverride> of(String applicationId);
}
