package cn.affairs.approval.org;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OrgMapper {

  @Select("SELECT code, name, level FROM government WHERE code = #{code}")
  Government government(String code);

  @Select("SELECT code, name, gov_code, kind, vehicle_quota FROM unit WHERE code = #{code}")
  Unit unit(String code);

  @Select("SELECT code, name, gov_code, kind, vehicle_quota FROM unit ORDER BY code")
  List<Unit> units();

  @Select("SELECT rank_name, headcount FROM staffing WHERE unit_code = #{unitCode} ORDER BY rank_name")
  List<StaffingEntry> staffing(String unitCode);

  @Select("SELECT COALESCE(SUM(headcount), 0) FROM staffing WHERE unit_code = #{unitCode}")
  int headcount(String unitCode);

  @Select("SELECT name FROM app_user WHERE id = #{id}")
  String userName(String id);

  @Select("SELECT unit_code FROM app_user WHERE id = #{id}")
  String userUnit(String id);

  @Select("SELECT id FROM app_user WHERE unit_code = #{unitCode} ORDER BY id")
  List<String> usersOfUnit(String unitCode);

  @Select("SELECT COUNT(*) FROM government")
  int governmentCount();

  @Insert("INSERT INTO government (code, name, level) VALUES (#{code}, #{name}, #{level})")
  void insertGovernment(Government government);

  @Insert("INSERT INTO unit (code, name, gov_code, kind, vehicle_quota) "
      + "VALUES (#{code}, #{name}, #{govCode}, #{kind}, #{vehicleQuota})")
  void insertUnit(Unit unit);

  @Insert("INSERT INTO staffing (unit_code, rank_name, headcount) VALUES (#{unitCode}, #{rank}, #{headcount})")
  void insertStaffing(@Param("unitCode") String unitCode, @Param("rank") String rank,
      @Param("headcount") int headcount);

  @Insert("INSERT INTO app_user (id, name, unit_code) VALUES (#{id}, #{name}, #{unitCode})")
  void insertUser(@Param("id") String id, @Param("name") String name, @Param("unitCode") String unitCode);
}
