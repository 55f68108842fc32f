package cn.affairs.approval.officespace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The office-space register (办公用房登记簿). Written only through {@link OfficeSpaceRegister} (and the
 * demo data).
 */
@Mapper
public interface OfficeSpaceMapper {

  String COLUMNS =
      "id, gov_code, unit_code, building, room, area, building_area, ownership, end_date, source_application";

  /** An approved case of a family that brings office space, with no row of it in the register. */
  record ApprovedCase(String id, String processKey, String formJson, LocalDateTime decidedAt) {}

  /**
   * Office-room area a unit holds on {@code day}: owned, and leased or borrowed space not yet
   * ended.
   */
  @Select(
      "SELECT COALESCE(SUM(area), 0) FROM office_space WHERE unit_code = #{unitCode} "
          + "AND ownership IN ('OWNED', 'LEASED', 'BORROWED') AND (end_date IS NULL OR end_date >= #{day})")
  BigDecimal occupiedArea(@Param("unitCode") String unitCode, @Param("day") LocalDate day);

  /**
   * Every row of the unit, read with row locks (a locking read sees the latest committed rows even
   * under MySQL's REPEATABLE READ), for the check at registration.
   */
  @Select("SELECT " + COLUMNS + " FROM office_space WHERE unit_code = #{unitCode} FOR UPDATE")
  List<OfficeSpace> ofUnitForUpdate(String unitCode);

  @Select("SELECT " + COLUMNS + " FROM office_space WHERE unit_code = #{unitCode} ORDER BY id")
  List<OfficeSpace> ofUnit(String unitCode);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM office_space WHERE gov_code = #{govCode} AND ownership = 'IDLE' ORDER BY area DESC, id")
  List<OfficeSpace> idle(String govCode);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM office_space WHERE unit_code = #{unitCode} ORDER BY building, room, id "
          + "LIMIT #{limit} OFFSET #{offset}")
  List<OfficeSpace> pageOfUnit(
      @Param("unitCode") String unitCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM office_space WHERE unit_code = #{unitCode}")
  long countOfUnit(String unitCode);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM office_space WHERE gov_code = #{govCode} AND unit_code IS NULL ORDER BY building, room, id "
          + "LIMIT #{limit} OFFSET #{offset}")
  List<OfficeSpace> pageOfIdle(
      @Param("govCode") String govCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM office_space WHERE gov_code = #{govCode} AND unit_code IS NULL")
  long countOfIdle(String govCode);

  @Select("SELECT " + COLUMNS + " FROM office_space WHERE id = #{id}")
  OfficeSpace byId(long id);

  @Select("SELECT " + COLUMNS + " FROM office_space WHERE id = #{id} FOR UPDATE")
  OfficeSpace lockById(long id);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM office_space WHERE gov_code = #{govCode} AND building = #{building} AND room = #{room}")
  OfficeSpace byPlace(
      @Param("govCode") String govCode,
      @Param("building") String building,
      @Param("room") String room);

  @Select("SELECT " + COLUMNS + " FROM office_space WHERE source_application = #{applicationId}")
  List<OfficeSpace> ofApplication(String applicationId);

  /**
   * The approved cases of the unit, of the given families, whose space was never entered in the
   * register: space already approved but not yet registered.
   */
  @Select(
      "<script>SELECT a.id, a.process_key, a.form_json, a.decided_at FROM application a "
          + "WHERE a.unit_code = #{unitCode} AND a.status = 'APPROVED' AND a.process_key IN "
          + "<foreach item='k' collection='processKeys' open='(' separator=',' close=')'>#{k}</foreach> "
          + "AND NOT EXISTS (SELECT 1 FROM office_space_entry e WHERE e.application_id = a.id) "
          + "ORDER BY a.id</script>")
  List<ApprovedCase> approvedUnregistered(
      @Param("unitCode") String unitCode, @Param("processKeys") List<String> processKeys);

  @Delete("DELETE FROM office_space")
  void deleteAll();

  @Select("SELECT COUNT(*) FROM office_space_entry WHERE application_id = #{applicationId}")
  int entryCount(String applicationId);

  @Insert(
      "INSERT INTO office_space_entry (application_id, entered_by, entered_at) "
          + "VALUES (#{applicationId}, #{enteredBy}, #{at})")
  void insertEntry(
      @Param("applicationId") String applicationId,
      @Param("enteredBy") String enteredBy,
      @Param("at") LocalDateTime at);

  /** A case of the unit as the register cites it: its family and status. */
  record CitedCase(String id, String processKey, String unitCode, String status) {}

  @Select("SELECT id, process_key, unit_code, status FROM application WHERE id = #{id}")
  CitedCase citedCase(String id);

  @Insert(
      "INSERT INTO office_space (gov_code, unit_code, building, room, area, building_area, ownership, end_date, "
          + "source_application) VALUES (#{govCode}, #{unitCode}, #{building}, #{room}, #{area}, #{buildingArea}, "
          + "#{ownership}, #{endDate}, #{sourceApplication})")
  void insert(OfficeSpace space);

  /** A correction by the bureau: every field the register keeps, except where the row came from. */
  @Update(
      "UPDATE office_space SET unit_code = #{unitCode}, building = #{building}, room = #{room}, area = #{area}, "
          + "building_area = #{buildingArea}, ownership = #{ownership}, end_date = #{endDate} WHERE id = #{id}")
  int update(OfficeSpace space);

  @Delete("DELETE FROM office_space WHERE id = #{id}")
  int delete(long id);
}
