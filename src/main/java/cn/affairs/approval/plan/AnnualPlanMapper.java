package cn.affairs.approval.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AnnualPlanMapper {

  @Select(
      "SELECT id, unit_code, plan_year, ceiling, version FROM annual_plan WHERE unit_code = #{unitCode} AND plan_year = #{year}")
  AnnualPlan find(@Param("unitCode") String unitCode, @Param("year") int year);

  /** Locks the plan row so that changes to one plan run one after another. */
  @Select(
      "SELECT id, unit_code, plan_year, ceiling, version FROM annual_plan WHERE id = #{id} FOR UPDATE")
  AnnualPlan lock(long id);

  @Insert(
      "INSERT INTO annual_plan (unit_code, plan_year, ceiling, version) VALUES (#{unitCode}, #{planYear}, #{ceiling}, #{version})")
  void insert(AnnualPlan plan);

  @Update("UPDATE annual_plan SET version = #{version} WHERE id = #{id}")
  void updateVersion(@Param("id") long id, @Param("version") int version);

  @Select(
      "SELECT id, plan_id, category, description, amount, source_application FROM plan_item WHERE plan_id = #{planId} ORDER BY id")
  List<PlanItem> items(long planId);

  @Select(
      "SELECT id, plan_id, category, description, amount, source_application FROM plan_item WHERE id = #{id}")
  PlanItem item(long id);

  @Insert(
      "INSERT INTO plan_item (plan_id, category, description, amount, source_application) "
          + "VALUES (#{planId}, #{category}, #{description}, #{amount}, #{sourceApplication})")
  void insertItem(PlanItem item);

  @Update("UPDATE plan_item SET amount = #{amount} WHERE id = #{id}")
  void updateItemAmount(@Param("id") long id, @Param("amount") BigDecimal amount);

  @Insert(
      "INSERT INTO plan_version (plan_id, version, total, items_json, application_id, created_at) "
          + "VALUES (#{planId}, #{version}, #{total}, #{itemsJson}, #{applicationId}, #{createdAt})")
  void insertVersion(
      @Param("planId") long planId,
      @Param("version") int version,
      @Param("total") BigDecimal total,
      @Param("itemsJson") String itemsJson,
      @Param("applicationId") String applicationId,
      @Param("createdAt") LocalDateTime createdAt);

  @Select("SELECT id, unit_code, plan_year, ceiling, version FROM annual_plan WHERE id = #{id}")
  AnnualPlan byId(long id);

  @Select(
      "SELECT id, unit_code, plan_year, ceiling, version FROM annual_plan WHERE unit_code = #{unitCode} "
          + "ORDER BY plan_year DESC LIMIT #{limit} OFFSET #{offset}")
  List<AnnualPlan> ofUnit(
      @Param("unitCode") String unitCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM annual_plan WHERE unit_code = #{unitCode}")
  long countOfUnit(String unitCode);

  @Update(
      "UPDATE plan_item SET category = #{category}, description = #{description}, amount = #{amount} "
          + "WHERE id = #{id}")
  void updateItem(
      @Param("id") long id,
      @Param("category") String category,
      @Param("description") String description,
      @Param("amount") BigDecimal amount);

  @Delete("DELETE FROM plan_item WHERE id = #{id}")
  void deleteItem(long id);

  @Update("UPDATE annual_plan SET ceiling = #{ceiling}, version = #{version} WHERE id = #{id}")
  void updateCeilingAndVersion(
      @Param("id") long id, @Param("ceiling") BigDecimal ceiling, @Param("version") int version);

  /**
   * How many plan changes of cases are recorded against the item (table of planchange, read only).
   */
  @Select("SELECT COUNT(*) FROM plan_adjustment WHERE item_id = #{itemId}")
  int adjustmentsOfItem(long itemId);

  /**
   * The plan's items read with row locks: the latest committed amounts, for a change under lock.
   */
  @Select(
      "SELECT id, plan_id, category, description, amount, source_application FROM plan_item WHERE plan_id = #{planId} ORDER BY id FOR UPDATE")
  List<PlanItem> itemsForUpdate(long planId);

  @Delete("DELETE FROM plan_version")
  void deleteAllVersions();

  @Delete("DELETE FROM plan_item")
  void deleteAllItems();

  @Delete("DELETE FROM annual_plan")
  void deleteAllPlans();

  @Select(
      "SELECT version, total, items_json, application_id, created_at FROM plan_version WHERE plan_id = #{planId} ORDER BY version")
  List<PlanVersion> versions(long planId);
}
