package cn.affairs.approval.calendar;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The years admins entered (table {@code calendar_year}), in force over config/calendar.yml. */
@Mapper
interface CalendarYearMapper {

  record CalendarYear(
      int calYear,
      String daysOff,
      String workingDays,
      String source,
      String changedBy,
      LocalDateTime changedAt) {}

  @Select(
      "SELECT cal_year, days_off, working_days, source, changed_by, changed_at FROM calendar_year ORDER BY cal_year")
  List<CalendarYear> all();

  @Select(
      "SELECT cal_year, days_off, working_days, source, changed_by, changed_at FROM calendar_year"
          + " WHERE cal_year = #{year} FOR UPDATE")
  CalendarYear lock(@Param("year") int year);

  @Delete("DELETE FROM calendar_year WHERE cal_year = #{year}")
  void delete(@Param("year") int year);

  @Insert(
      "INSERT INTO calendar_year (cal_year, days_off, working_days, source, changed_by, changed_at)"
          + " VALUES (#{calYear}, #{daysOff}, #{workingDays}, #{source}, #{changedBy}, #{changedAt})")
  void insert(CalendarYear year);
}
