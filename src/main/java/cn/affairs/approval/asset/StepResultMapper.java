package cn.affairs.approval.asset;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * What the asset-transfer steps recorded: the warehouse items allocated at 资产审核, who received them
 * at 交接.
 */
@Mapper
public interface StepResultMapper {

  @Select(
      "SELECT asset_code FROM asset_allocation WHERE application_id = #{applicationId} ORDER BY asset_code")
  List<String> allocation(String applicationId);

  @Delete("DELETE FROM asset_allocation WHERE application_id = #{applicationId}")
  void clearAllocation(String applicationId);

  @Insert(
      "INSERT INTO asset_allocation (application_id, asset_code) VALUES (#{applicationId}, #{code})")
  void addAllocated(@Param("applicationId") String applicationId, @Param("code") String code);

  @Select("SELECT received_by FROM asset_handover WHERE application_id = #{applicationId}")
  String receivedBy(String applicationId);

  @Delete("DELETE FROM asset_handover WHERE application_id = #{applicationId}")
  void clearHandover(String applicationId);

  @Insert(
      "INSERT INTO asset_handover (application_id, received_by, recorded_at) "
          + "VALUES (#{applicationId}, #{receivedBy}, #{at})")
  void insertHandover(
      @Param("applicationId") String applicationId,
      @Param("receivedBy") String receivedBy,
      @Param("at") LocalDateTime at);
}
