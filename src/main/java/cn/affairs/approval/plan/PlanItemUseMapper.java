package cn.affairs.approval.plan;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Table {@code plan_item_use}; written only through {@link AnnualPlans}. */
@Mapper
public interface PlanItemUseMapper {

  String COLUMNS = "id, application_id, plan_id, item_id, amount, used_at";

  @Select("SELECT " + COLUMNS + " FROM plan_item_use WHERE application_id = #{applicationId}")
  PlanItemUse ofApplication(String applicationId);

  @Select("SELECT " + COLUMNS + " FROM plan_item_use WHERE plan_id = #{planId} ORDER BY id")
  List<PlanItemUse> ofPlan(long planId);

  @Select("SELECT COALESCE(SUM(amount), 0) FROM plan_item_use WHERE item_id = #{itemId}")
  BigDecimal usedOfItem(long itemId);

  @Select("SELECT COALESCE(SUM(amount), 0) FROM plan_item_use WHERE plan_id = #{planId}")
  BigDecimal usedOfPlan(long planId);

  @Insert(
      "INSERT INTO plan_item_use (application_id, plan_id, item_id, amount, used_at) "
          + "VALUES (#{applicationId}, #{planId}, #{itemId}, #{amount}, #{usedAt})")
  void insert(PlanItemUse use);

  @Delete("DELETE FROM plan_item_use")
  void deleteAll();
}
