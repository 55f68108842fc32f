package cn.affairs.approval.org;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Governments, units, staffing, users and their roles: the one source of truth of the organisation
 * (Camunda reads it through {@link OrgIdentityProvider}). Written only by this package's {@link
 * OrganisationAdmin} and {@link OrganisationDemoData}.
 */
@Mapper
public interface OrgMapper {

  /** A user as Camunda's identity service and the sign-in see them. */
  record UserRow(
      String id,
      String name,
      String email,
      String unitCode,
      String unitName,
      String govCode,
      String unitKind,
      String passwordHash,
      String passwordSalt,
      boolean active) {}

  /** One role held by one user. */
  record RoleRow(String userId, String roleCode) {}

  String USER_COLUMNS =
      "SELECT u.id, u.name, u.email, u.unit_code, n.name AS unit_name, n.gov_code, "
          + "n.kind AS unit_kind, u.password_hash, u.password_salt, u.active FROM app_user u "
          + "JOIN unit n ON n.code = u.unit_code ";

  @Select("SELECT code, name, level, active FROM government WHERE code = #{code}")
  Government government(String code);

  @Select("SELECT code, name, level, active FROM government ORDER BY code")
  List<Government> governments();

  @Select("SELECT code FROM government WHERE code = #{code} FOR UPDATE")
  String lockGovernment(String code);

  @Update(
      "UPDATE government SET name = #{name}, level = #{level}, active = #{active} WHERE code = #{code}")
  int updateGovernment(Government government);

  @Select("SELECT COUNT(*) FROM unit WHERE gov_code = #{govCode} AND active = TRUE")
  int activeUnitCount(String govCode);

  @Select("SELECT COUNT(*) FROM unit WHERE gov_code = #{govCode}")
  int unitCount(String govCode);

  @Select("SELECT code, name, gov_code, kind, vehicle_quota, active FROM unit WHERE code = #{code}")
  Unit unit(String code);

  @Select("SELECT code, name, gov_code, kind, vehicle_quota, active FROM unit ORDER BY code")
  List<Unit> units();

  @Select(
      "SELECT rank_name, headcount FROM staffing WHERE unit_code = #{unitCode} ORDER BY rank_name")
  List<StaffingEntry> staffing(String unitCode);

  @Select("SELECT COALESCE(SUM(headcount), 0) FROM staffing WHERE unit_code = #{unitCode}")
  int headcount(String unitCode);

  @Select("SELECT name FROM app_user WHERE id = #{id}")
  String userName(String id);

  @Select("SELECT unit_code FROM app_user WHERE id = #{id}")
  String userUnit(String id);

  @Select("SELECT id FROM app_user WHERE unit_code = #{unitCode} ORDER BY id")
  List<String> usersOfUnit(String unitCode);

  @Select(USER_COLUMNS + "WHERE u.id = #{id}")
  UserRow user(String id);

  @Select(USER_COLUMNS + "ORDER BY u.id")
  List<UserRow> users();

  /** Users who may sign in: active, in an active unit. */
  @Select(USER_COLUMNS + "WHERE u.active = TRUE AND n.active = TRUE ORDER BY u.id")
  List<UserRow> activeUsers();

  @Select("SELECT role_code FROM user_role WHERE user_id = #{userId} ORDER BY role_code")
  List<String> roles(String userId);

  @Select("SELECT user_id, role_code FROM user_role ORDER BY user_id, role_code")
  List<RoleRow> allRoles();

  @Select("SELECT COUNT(*) FROM government")
  int governmentCount();

  @Select("SELECT code FROM unit WHERE code = #{code} FOR UPDATE")
  String lockUnit(String code);

  @Select("SELECT id FROM app_user WHERE id = #{id} FOR UPDATE")
  String lockUser(String id);

  @Select("SELECT COUNT(*) FROM user_role WHERE role_code = 'ADMIN'")
  int adminCount();

  @Insert(
      "INSERT INTO government (code, name, level, active) VALUES (#{code}, #{name}, #{level}, #{active})")
  void insertGovernment(Government government);

  @Insert(
      "INSERT INTO unit (code, name, gov_code, kind, vehicle_quota, active) "
          + "VALUES (#{code}, #{name}, #{govCode}, #{kind}, #{vehicleQuota}, #{active})")
  void insertUnit(Unit unit);

  @Update(
      "UPDATE unit SET name = #{name}, gov_code = #{govCode}, kind = #{kind}, vehicle_quota = #{vehicleQuota}, "
          + "active = #{active} WHERE code = #{code}")
  int updateUnit(Unit unit);

  @Insert(
      "INSERT INTO staffing (unit_code, rank_name, headcount) VALUES (#{unitCode}, #{rank}, #{headcount})")
  void insertStaffing(
      @Param("unitCode") String unitCode,
      @Param("rank") String rank,
      @Param("headcount") int headcount);

  @Delete("DELETE FROM staffing WHERE unit_code = #{unitCode}")
  void deleteStaffing(String unitCode);

  @Insert(
      "INSERT INTO app_user (id, name, unit_code, email, password_hash, password_salt, active) "
          + "VALUES (#{id}, #{name}, #{unitCode}, #{email}, #{passwordHash}, #{passwordSalt}, #{active})")
  void insertUser(UserRow user);

  @Update(
      "UPDATE app_user SET name = #{name}, unit_code = #{unitCode}, email = #{email}, "
          + "password_hash = #{passwordHash}, password_salt = #{passwordSalt}, active = #{active} WHERE id = #{id}")
  int updateUser(UserRow user);

  @Insert("INSERT INTO user_role (user_id, role_code) VALUES (#{userId}, #{roleCode})")
  void insertRole(@Param("userId") String userId, @Param("roleCode") String roleCode);

  @Delete("DELETE FROM user_role WHERE user_id = #{userId}")
  void deleteRoles(String userId);
}
