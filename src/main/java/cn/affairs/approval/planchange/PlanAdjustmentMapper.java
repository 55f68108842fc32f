package cn.affairs.approval.planchange;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface PlanAdjustmentMapper {

  String COLUMNS =
      "id, application_id, plan_id, item_id, amount_before, amount_after, plan_version, emergency, "
          + "applied_at, reverted_version, reverted_at";

  @Insert(
      "INSERT INTO plan_adjustment (application_id, plan_id, item_id, amount_before, amount_after, plan_version, "
          + "emergency, applied_at) VALUES (#{applicationId}, #{planId}, #{itemId}, #{amountBefore}, #{amountAfter}, "
          + "#{planVersion}, #{emergency}, #{appliedAt})")
  void insert(PlanAdjustment adjustment);

  /** The adjustments of a case that are still in the plan. */
  @Select(
      "SELECT "
          + COLUMNS
          + " FROM plan_adjustment WHERE application_id = #{applicationId} "
          + "AND reverted_version IS NULL ORDER BY id")
  List<PlanAdjustment> inForce(String applicationId);

  /** Every adjustment a case made, taken out or not, in the order made. */
  @Select(
      "SELECT "
          + COLUMNS
          + " FROM plan_adjustment WHERE application_id = #{applicationId} ORDER BY id")
  List<PlanAdjustment> all(String applicationId);

  @Update(
      "UPDATE plan_adjustment SET reverted_version = #{version}, reverted_at = #{at} "
          + "WHERE application_id = #{applicationId} AND plan_id = #{planId} AND reverted_version IS NULL")
  void markReverted(
      @Param("applicationId") String applicationId,
      @Param("planId") long planId,
      @Param("version") int version,
      @Param("at") LocalDateTime at);

  @Delete("DELETE FROM plan_adjustment")
  void deleteAll();
}
