package cn.affairs.approval.standards;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Admins' values of 本级规定 figures (table {@code standard_value}), in force over the file's. */
@Mapper
interface StandardValueMapper {

  record StandardValue(
      String figureKey,
      BigDecimal figureValue,
      String reason,
      String changedBy,
      LocalDateTime changedAt) {}

  @Select(
      "SELECT figure_key, figure_value, reason, changed_by, changed_at FROM standard_value ORDER BY figure_key")
  List<StandardValue> all();

  @Select(
      "SELECT figure_key, figure_value, reason, changed_by, changed_at FROM standard_value"
          + " WHERE figure_key = #{key} FOR UPDATE")
  StandardValue lock(@Param("key") String key);

  @Delete("DELETE FROM standard_value WHERE figure_key = #{key}")
  void delete(@Param("key") String key);

  @Insert(
      "INSERT INTO standard_value (figure_key, figure_value, reason, changed_by, changed_at)"
          + " VALUES (#{figureKey}, #{figureValue}, #{reason}, #{changedBy}, #{changedAt})")
  void insert(StandardValue value);
}
