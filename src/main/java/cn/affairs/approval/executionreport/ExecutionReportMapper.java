package cn.affairs.approval.executionreport;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Table {@code plan_execution_report}; written only through {@link ExecutionReports}. */
@Mapper
interface ExecutionReportMapper {

  String COLUMNS =
      "id, gov_code, unit_code, plan_year, level, reported_on, summary, recorded_by, recorded_at";

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM plan_execution_report WHERE gov_code = #{govCode} AND plan_year = #{year}"
          + " ORDER BY unit_code")
  List<ExecutionReport> ofGovernment(@Param("govCode") String govCode, @Param("year") int year);

  @Insert(
      "INSERT INTO plan_execution_report (gov_code, unit_code, plan_year, level, reported_on,"
          + " summary, recorded_by, recorded_at) VALUES (#{govCode}, #{unitCode}, #{planYear},"
          + " #{level}, #{reportedOn}, #{summary}, #{recordedBy}, #{recordedAt})")
  void insert(ExecutionReport report);
}
