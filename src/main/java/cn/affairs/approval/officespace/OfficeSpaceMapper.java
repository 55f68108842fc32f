package cn.affairs.approval.officespace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OfficeSpaceMapper {

  /**
   * Office-room area a unit holds on {@code day}: owned, and leased or borrowed space not yet
   * ended.
   */
  @Select(
      "SELECT COALESCE(SUM(area), 0) FROM office_space WHERE unit_code = #{unitCode} "
          + "AND ownership IN ('OWNED', 'LEASED', 'BORROWED') AND (end_date IS NULL OR end_date >= #{day})")
  BigDecimal occupiedArea(@Param("unitCode") String unitCode, @Param("day") LocalDate day);

  @Select(
      "SELECT id, gov_code, unit_code, building, area, ownership, end_date, source_application FROM office_space "
          + "WHERE unit_code = #{unitCode} ORDER BY id")
  List<OfficeSpace> ofUnit(String unitCode);

  @Select(
      "SELECT id, gov_code, unit_code, building, area, ownership, end_date, source_application FROM office_space "
          + "WHERE gov_code = #{govCode} AND ownership = 'IDLE' ORDER BY area DESC, id")
  List<OfficeSpace> idle(String govCode);

  @Delete("DELETE FROM office_space")
  void deleteAll();

  @Insert(
      "INSERT INTO office_space (gov_code, unit_code, building, area, ownership, end_date, source_application) "
          + "VALUES (#{govCode}, #{unitCode}, #{building}, #{area}, #{ownership}, #{endDate}, #{sourceApplication})")
  void insert(OfficeSpace space);
}
