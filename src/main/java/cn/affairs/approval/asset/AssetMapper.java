package cn.affairs.approval.asset;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The asset register and the warehouse. A reservation only counts while the application that made
 * it is pending (RUNNING or RETURNED): a case that ended in any way, even by a withdrawal that
 * deleted its process, no longer blocks the asset.
 */
@Mapper
public interface AssetMapper {

  String COLUMNS =
      "SELECT code, category, name, original_value, purchase_date, holder_unit, warehouse_gov, status, "
          + "reserved_by, disposed_on, location FROM asset";

  /** No pending application other than #{applicationId} has reserved the asset. */
  String FREE =
      "NOT EXISTS (SELECT 1 FROM application a WHERE a.id = asset.reserved_by "
          + "AND a.id <> #{applicationId} AND a.status IN ('RUNNING', 'RETURNED'))";

  @Select(COLUMNS + " WHERE code = #{code}")
  Asset find(String code);

  /** What a unit holds (in use or idle). */
  @Select(
      COLUMNS
          + " WHERE holder_unit = #{unitCode} AND status IN ('IN_USE', 'IDLE') ORDER BY category, code")
  List<Asset> heldBy(String unitCode);

  @Select(
      "SELECT COUNT(*) FROM asset WHERE holder_unit = #{unitCode} AND category = #{category} "
          + "AND status IN ('IN_USE', 'IDLE')")
  int countHeld(@Param("unitCode") String unitCode, @Param("category") String category);

  /** Everything in a government's warehouse, oldest first within a category. */
  @Select(
      COLUMNS
          + " WHERE warehouse_gov = #{govCode} AND status = 'IN_WAREHOUSE' "
          + "ORDER BY category, purchase_date, code")
  List<Asset> warehouse(String govCode);

  /** Warehouse items of a category that #{applicationId} may take, oldest first. */
  @Select(
      COLUMNS
          + " WHERE warehouse_gov = #{govCode} AND status = 'IN_WAREHOUSE' AND category = #{category} AND "
          + FREE
          + " ORDER BY purchase_date, code")
  List<Asset> warehouseAvailable(
      @Param("govCode") String govCode,
      @Param("category") String category,
      @Param("applicationId") String applicationId);

  @Select(COLUMNS + " WHERE reserved_by = #{applicationId} ORDER BY category, purchase_date, code")
  List<Asset> reservedBy(String applicationId);

  /** The pending application that has reserved the asset, or null. */
  @Select(
      "SELECT a.id FROM asset s JOIN application a ON a.id = s.reserved_by "
          + "WHERE s.code = #{code} AND a.status IN ('RUNNING', 'RETURNED')")
  String pendingCase(String code);

  /**
   * The pending application that keeps {@code applicant} from listing the asset: any running case,
   * or a returned case of somebody else. The applicant's own returned case does not count: the
   * applicant may be resubmitting that very case (the register check reports a real conflict).
   */
  @Select(
      "SELECT a.id FROM asset s JOIN application a ON a.id = s.reserved_by WHERE s.code = #{code} "
          + "AND (a.status = 'RUNNING' OR (a.status = 'RETURNED' AND a.applicant <> #{applicant}))")
  String blockingCase(@Param("code") String code, @Param("applicant") String applicant);

  /** Reserves an asset the unit holds (in use or idle) for #{applicationId}; 1 when it did. */
  @Update(
      "UPDATE asset SET reserved_by = #{applicationId} WHERE code = #{code} AND holder_unit = #{unitCode} "
          + "AND status IN ('IN_USE', 'IDLE') AND "
          + FREE)
  int reserveHeld(
      @Param("code") String code,
      @Param("unitCode") String unitCode,
      @Param("applicationId") String applicationId);

  /** Reserves a warehouse item of the government for #{applicationId}; 1 when it did. */
  @Update(
      "UPDATE asset SET reserved_by = #{applicationId} WHERE code = #{code} AND warehouse_gov = #{govCode} "
          + "AND status = 'IN_WAREHOUSE' AND "
          + FREE)
  int reserveInWarehouse(
      @Param("code") String code,
      @Param("govCode") String govCode,
      @Param("applicationId") String applicationId);

  @Update("UPDATE asset SET reserved_by = NULL WHERE reserved_by = #{applicationId}")
  int release(String applicationId);

  /** 移交公物仓: unit → warehouse; only an asset this application reserved. */
  @Update(
      "UPDATE asset SET holder_unit = NULL, warehouse_gov = #{govCode}, status = 'IN_WAREHOUSE', reserved_by = NULL "
          + "WHERE code = #{code} AND reserved_by = #{applicationId} AND holder_unit IS NOT NULL "
          + "AND status IN ('IN_USE', 'IDLE')")
  int moveToWarehouse(
      @Param("code") String code,
      @Param("govCode") String govCode,
      @Param("applicationId") String applicationId);

  /** 调剂领用: warehouse → unit, in use from now on; only an asset this application reserved. */
  @Update(
      "UPDATE asset SET holder_unit = #{unitCode}, warehouse_gov = NULL, status = 'IN_USE', reserved_by = NULL "
          + "WHERE code = #{code} AND reserved_by = #{applicationId} AND status = 'IN_WAREHOUSE'")
  int moveToUnit(
      @Param("code") String code,
      @Param("unitCode") String unitCode,
      @Param("applicationId") String applicationId);

  /** 处置: the card stays with its last holder, marked disposed. */
  @Update(
      "UPDATE asset SET status = 'DISPOSED', disposed_on = #{day}, reserved_by = NULL "
          + "WHERE code = #{code} AND reserved_by = #{applicationId} AND status IN ('IN_USE', 'IDLE')")
  int dispose(
      @Param("code") String code,
      @Param("day") LocalDate day,
      @Param("applicationId") String applicationId);

  @Insert(
      "INSERT INTO asset (code, category, name, original_value, purchase_date, holder_unit, warehouse_gov, status, "
          + "reserved_by, disposed_on, location) VALUES (#{code}, #{category}, #{name}, #{originalValue}, "
          + "#{purchaseDate}, #{holderUnit}, #{warehouseGov}, #{status}, #{reservedBy}, #{disposedOn}, #{location})")
  void insert(Asset asset);

  @Insert(
      "INSERT INTO asset_movement (asset_code, application_id, transfer_type, from_holder, to_holder, received_by, "
          + "moved_at) VALUES (#{assetCode}, #{applicationId}, #{transferType}, #{fromHolder}, #{toHolder}, #{receivedBy}, "
          + "#{movedAt})")
  void insertMovement(AssetMovement movement);

  @Select(
      "SELECT id, asset_code, application_id, transfer_type, from_holder, to_holder, received_by, moved_at "
          + "FROM asset_movement WHERE application_id = #{applicationId} ORDER BY id")
  List<AssetMovement> movements(String applicationId);

  @Select(
      "SELECT id, asset_code, application_id, transfer_type, from_holder, to_holder, received_by, moved_at "
          + "FROM asset_movement WHERE asset_code = #{code} ORDER BY id")
  List<AssetMovement> history(String code);

  @Select(COLUMNS + " WHERE code = #{code} FOR UPDATE")
  Asset lockByCode(String code);

  /** Every card of a unit (in use, idle and disposed), for the register. */
  @Select(
      COLUMNS
          + " WHERE holder_unit = #{unitCode} ORDER BY category, code LIMIT #{limit} OFFSET #{offset}")
  List<Asset> pageOfUnit(
      @Param("unitCode") String unitCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM asset WHERE holder_unit = #{unitCode}")
  long countOfUnit(String unitCode);

  /** Every card of a government's warehouse (in the warehouse and disposed), for the register. */
  @Select(
      COLUMNS
          + " WHERE warehouse_gov = #{govCode} ORDER BY category, code LIMIT #{limit} OFFSET #{offset}")
  List<Asset> pageOfWarehouse(
      @Param("govCode") String govCode, @Param("limit") int limit, @Param("offset") int offset);

  @Select("SELECT COUNT(*) FROM asset WHERE warehouse_gov = #{govCode}")
  long countOfWarehouse(String govCode);

  @Select("SELECT COUNT(*) FROM asset_movement WHERE asset_code = #{code}")
  int countMovements(String code);

  /**
   * Warehouse items of a category reserved for pending FROM_WAREHOUSE cases of the unit other than
   * #{applicationId}: allocated to the unit and approved by the bureau, not yet in its register.
   */
  @Select(
      "SELECT COUNT(*) FROM asset s JOIN application a ON a.id = s.reserved_by "
          + "WHERE s.status = 'IN_WAREHOUSE' AND s.category = #{category} AND a.unit_code = #{unitCode} "
          + "AND a.id <> #{applicationId} AND a.status IN ('RUNNING', 'RETURNED')")
  int countAllocatedToUnit(
      @Param("unitCode") String unitCode,
      @Param("category") String category,
      @Param("applicationId") String applicationId);

  /**
   * The codes of the unit's cards of a category in use or idle, read with row locks (a locking read
   * sees the latest committed rows even under MySQL's REPEATABLE READ), for the cap at allocation
   * and registration.
   */
  @Select(
      "SELECT code FROM asset WHERE holder_unit = #{unitCode} AND category = #{category} "
          + "AND status IN ('IN_USE', 'IDLE') FOR UPDATE")
  List<String> heldForUpdate(
      @Param("unitCode") String unitCode, @Param("category") String category);

  /** As {@link #countAllocatedToUnit}, the codes read with row locks. */
  @Select(
      "SELECT code FROM asset WHERE status = 'IN_WAREHOUSE' AND category = #{category} AND reserved_by IN "
          + "(SELECT a.id FROM application a WHERE a.unit_code = #{unitCode} AND a.id <> #{applicationId} "
          + "AND a.status IN ('RUNNING', 'RETURNED')) FOR UPDATE")
  List<String> allocatedToUnitForUpdate(
      @Param("unitCode") String unitCode,
      @Param("category") String category,
      @Param("applicationId") String applicationId);

  /** A correction by the bureau: every field the card keeps except the reservation. */
  @Update(
      "UPDATE asset SET category = #{category}, name = #{name}, original_value = #{originalValue}, "
          + "purchase_date = #{purchaseDate}, holder_unit = #{holderUnit}, warehouse_gov = #{warehouseGov}, "
          + "status = #{status}, disposed_on = #{disposedOn}, location = #{location} WHERE code = #{code}")
  int update(Asset asset);

  @Delete("DELETE FROM asset WHERE code = #{code}")
  int delete(String code);

  @Delete("DELETE FROM asset_movement")
  void deleteMovements();

  @Delete("DELETE FROM asset")
  void deleteAll();
}
