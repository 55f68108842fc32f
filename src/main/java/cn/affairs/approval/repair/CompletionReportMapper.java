package cn.affairs.approval.repair;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The completion each repair case reported at 实施, one row per case. */
@Mapper
public interface CompletionReportMapper {

  /** What the unit reported: the day the works were completed and what they cost (万元). */
  record Report(LocalDate completedOn, BigDecimal actualCost) {}

  @Select(
      "SELECT completed_on, actual_cost FROM repair_completion_report WHERE application_id = #{applicationId}")
  Report find(String applicationId);

  @Delete("DELETE FROM repair_completion_report WHERE application_id = #{applicationId}")
  void delete(String applicationId);

  @Insert(
      "INSERT INTO repair_completion_report (application_id, completed_on, actual_cost, recorded_at) "
          + "VALUES (#{applicationId}, #{completedOn}, #{actualCost}, #{at})")
  void insert(
      @Param("applicationId") String applicationId,
      @Param("completedOn") LocalDate completedOn,
      @Param("actualCost") BigDecimal actualCost,
      @Param("at") LocalDateTime at);
}
