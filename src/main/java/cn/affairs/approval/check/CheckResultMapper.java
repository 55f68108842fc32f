package cn.affairs.approval.check;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CheckResultMapper {

  @Insert(
      "INSERT INTO check_result (application_id, rule_name, verdict, message, basis, facts_json, step, checked_at, superseded) "
          + "VALUES (#{applicationId}, #{ruleName}, #{verdict}, #{message}, #{basis}, #{factsJson}, #{step}, #{checkedAt}, FALSE)")
  void insert(CheckResult result);

  @Update(
      "UPDATE check_result SET superseded = TRUE WHERE application_id = #{applicationId} AND rule_name = #{rule} AND superseded = FALSE")
  void supersede(@Param("applicationId") String applicationId, @Param("rule") String rule);

  @Select(
      "SELECT id, application_id, rule_name, verdict, message, basis, facts_json, step, checked_at "
          + "FROM check_result WHERE application_id = #{applicationId} AND superseded = FALSE ORDER BY id")
  List<CheckResult> current(String applicationId);

  /** The rules whose current result is FAIL. */
  @Select(
      "SELECT rule_name FROM check_result WHERE application_id = #{applicationId} AND superseded = FALSE AND verdict = 'FAIL'")
  List<String> currentFailures(String applicationId);
}
