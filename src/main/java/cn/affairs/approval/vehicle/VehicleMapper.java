package cn.affairs.approval.vehicle;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The vehicle register (公务用车登记簿). */
@Mapper
public interface VehicleMapper {

  String COLUMNS =
      "id, plate, unit_code, category, brand, model, energy_type, displacement, price, purchase_date, "
          + "mileage_km, status, source_application, replaced_by_application";

  /** Vehicles that count against the unit's quota: those in use. */
  @Select("SELECT COUNT(*) FROM vehicle WHERE unit_code = #{unitCode} AND status = 'ACTIVE'")
  int activeCount(String unitCode);

  /**
   * The ids of the unit's vehicles in use, read with row locks (a locking read sees the latest
   * committed rows even under MySQL's REPEATABLE READ), for the check at registration.
   */
  @Select("SELECT id FROM vehicle WHERE unit_code = #{unitCode} AND status = 'ACTIVE' FOR UPDATE")
  List<Long> activeIdsForUpdate(String unitCode);

  @Select("SELECT " + COLUMNS + " FROM vehicle WHERE plate = #{plate}")
  Vehicle byPlate(String plate);

  /** An approved vehicle purchase and its form. */
  record ApprovedPurchase(String id, String formJson) {}

  /**
   * The unit's approved vehicle purchases whose car was never entered in the register (approved on
   * a process version without 登记公务用车, or before it ran): approved but not yet registered.
   */
  @Select(
      "SELECT a.id, a.form_json FROM application a WHERE a.unit_code = #{unitCode} "
          + "AND a.process_key = 'vehicle-purchase' AND a.status = 'APPROVED' "
          + "AND NOT EXISTS (SELECT 1 FROM vehicle_entry e WHERE e.application_id = a.id) ORDER BY a.id")
  List<ApprovedPurchase> approvedUnregistered(String unitCode);

  /** Records that the case's car is in the register. */
  @Insert("INSERT INTO vehicle_entry (application_id, entered_at) VALUES (#{applicationId}, #{at})")
  void insertEntry(
      @Param("applicationId") String applicationId, @Param("at") java.time.LocalDateTime at);

  @Select("SELECT " + COLUMNS + " FROM vehicle WHERE unit_code = #{unitCode} ORDER BY plate")
  List<Vehicle> ofUnit(String unitCode);

  @Insert(
      "INSERT INTO vehicle (plate, unit_code, category, brand, model, energy_type, displacement, price, "
          + "purchase_date, mileage_km, status, source_application, replaced_by_application) VALUES (#{plate}, "
          + "#{unitCode}, #{category}, #{brand}, #{model}, #{energyType}, #{displacement}, #{price}, #{purchaseDate}, "
          + "#{mileageKm}, #{status}, #{sourceApplication}, #{replacedByApplication})")
  void insert(Vehicle vehicle);

  /**
   * Marks an ACTIVE vehicle of the unit for disposal; returns 0 when it is not (or no longer) in
   * use.
   */
  @Update(
      "UPDATE vehicle SET status = 'TO_DISPOSE', replaced_by_application = #{applicationId} "
          + "WHERE plate = #{plate} AND unit_code = #{unitCode} AND status = 'ACTIVE'")
  int markToDispose(
      @Param("plate") String plate,
      @Param("unitCode") String unitCode,
      @Param("applicationId") String applicationId);

  @Select("SELECT " + COLUMNS + " FROM vehicle WHERE id = #{id}")
  Vehicle byId(long id);

  @Select("SELECT " + COLUMNS + " FROM vehicle WHERE id = #{id} FOR UPDATE")
  Vehicle lockById(long id);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM vehicle WHERE unit_code = #{unitCode} ORDER BY plate LIMIT #{limit} OFFSET #{offset}")
  List<Vehicle> pageOfUnit(
      @Param("unitCode") String unitCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM vehicle WHERE unit_code = #{unitCode}")
  long countOfUnit(String unitCode);

  /** A correction by the bureau: every field the register keeps, except where the row came from. */
  @Update(
      "UPDATE vehicle SET plate = #{plate}, category = #{category}, brand = #{brand}, model = #{model}, "
          + "energy_type = #{energyType}, displacement = #{displacement}, price = #{price}, purchase_date = #{purchaseDate}, "
          + "mileage_km = #{mileageKm}, status = #{status} WHERE id = #{id}")
  int update(Vehicle vehicle);

  /** No pending application other than #{applicationId} is disposing of the vehicle. */
  String NOT_HELD =
      "NOT EXISTS (SELECT 1 FROM application a WHERE a.id = vehicle.disposal_application "
          + "AND a.id <> #{applicationId} AND a.status IN ('RUNNING', 'RETURNED'))";

  @Select(
      "SELECT a.id FROM vehicle v JOIN application a ON a.id = v.disposal_application "
          + "WHERE v.plate = #{plate} AND a.id <> #{applicationId} AND a.status IN ('RUNNING', 'RETURNED')")
  String pendingDisposal(
      @Param("plate") String plate, @Param("applicationId") String applicationId);

  @Update(
      "UPDATE vehicle SET disposal_application = #{applicationId} WHERE plate = #{plate} "
          + "AND unit_code = #{unitCode} AND status = 'TO_DISPOSE' AND "
          + NOT_HELD)
  int reserveDisposal(
      @Param("plate") String plate,
      @Param("unitCode") String unitCode,
      @Param("applicationId") String applicationId);

  @Update(
      "UPDATE vehicle SET disposal_application = NULL WHERE disposal_application = #{applicationId} "
          + "AND status = 'TO_DISPOSE'")
  int releaseDisposal(String applicationId);

  @Update(
      "UPDATE vehicle SET status = 'DISPOSED' WHERE plate = #{plate} AND status = 'TO_DISPOSE' "
          + "AND disposal_application = #{applicationId}")
  int dispose(@Param("plate") String plate, @Param("applicationId") String applicationId);

  @Delete("DELETE FROM vehicle WHERE id = #{id}")
  int delete(long id);

  @Delete("DELETE FROM vehicle")
  void deleteAll();
}
