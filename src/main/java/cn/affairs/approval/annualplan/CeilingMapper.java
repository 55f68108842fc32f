package cn.affairs.approval.annualplan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The budget ceiling (预算控制数, 万元) 财政部门 set on an annual-plan case, one row per case. */
@Mapper
interface CeilingMapper {

  @Select("SELECT ceiling FROM annual_plan_ceiling WHERE application_id = #{applicationId}")
  BigDecimal find(String applicationId);

  @Delete("DELETE FROM annual_plan_ceiling WHERE application_id = #{applicationId}")
  void delete(String applicationId);

  @Insert(
      "INSERT INTO annual_plan_ceiling (application_id, ceiling, set_at) "
          + "VALUES (#{applicationId}, #{ceiling}, #{at})")
  void insert(
      @Param("applicationId") String applicationId,
      @Param("ceiling") BigDecimal ceiling,
      @Param("at") LocalDateTime at);
}
