package cn.affairs.approval.repair;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The repair register (办公用房维修台账). */
@Mapper
public interface RepairProjectMapper {

  String COLUMNS =
      "id, gov_code, unit_code, building, repair_type, affected_area, estimated_cost, plan_year, status, "
          + "completed_on, actual_cost, accepted_on, source_application, updated_at";

  @Insert(
      "INSERT INTO repair_project (gov_code, unit_code, building, repair_type, affected_area, estimated_cost, "
          + "plan_year, status, completed_on, actual_cost, accepted_on, source_application, updated_at) VALUES (#{govCode}, "
          + "#{unitCode}, #{building}, #{repairType}, #{affectedArea}, #{estimatedCost}, #{planYear}, #{status}, "
          + "#{completedOn}, #{actualCost}, #{acceptedOn}, #{sourceApplication}, #{updatedAt})")
  void insert(RepairProject project);

  /** Rewrites a row from the (re)submitted application, e.g. after a resubmission. */
  @Update(
      "UPDATE repair_project SET building = #{building}, repair_type = #{repairType}, affected_area = #{affectedArea}, "
          + "estimated_cost = #{estimatedCost}, plan_year = #{planYear}, status = #{status}, completed_on = #{completedOn}, "
          + "actual_cost = #{actualCost}, accepted_on = #{acceptedOn}, updated_at = #{updatedAt} WHERE id = #{id}")
  void update(RepairProject project);

  @Select("SELECT " + COLUMNS + " FROM repair_project WHERE source_application = #{applicationId}")
  RepairProject ofApplication(String applicationId);

  @Select("SELECT " + COLUMNS + " FROM repair_project WHERE unit_code = #{unitCode} ORDER BY id")
  List<RepairProject> ofUnit(String unitCode);

  /** The latest accepted major repair of a building of the unit, by completion date. */
  @Select(
      "SELECT "
          + COLUMNS
          + " FROM repair_project WHERE unit_code = #{unitCode} AND building = #{building} "
          + "AND repair_type = 'MAJOR' AND status = 'ACCEPTED' AND completed_on IS NOT NULL "
          + "ORDER BY completed_on DESC, id DESC LIMIT 1")
  RepairProject lastAcceptedMajor(
      @Param("unitCode") String unitCode, @Param("building") String building);

  @Delete("DELETE FROM repair_project")
  void deleteAll();
}
