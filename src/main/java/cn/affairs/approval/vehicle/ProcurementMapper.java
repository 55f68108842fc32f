package cn.affairs.approval.vehicle;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The procurement result of each vehicle-purchase case (集中采购), one row per case. */
@Mapper
public interface ProcurementMapper {

  /** A procurement result; {@code finalPrice} in 万元, {@code plate} canonical. */
  record Result(String supplier, BigDecimal finalPrice, String plate) {}

  @Select(
      "SELECT supplier, final_price, plate FROM vehicle_procurement WHERE application_id = #{applicationId}")
  Result find(String applicationId);

  @Delete("DELETE FROM vehicle_procurement WHERE application_id = #{applicationId}")
  void delete(String applicationId);

  @Insert(
      "INSERT INTO vehicle_procurement (application_id, supplier, final_price, plate, recorded_at) "
          + "VALUES (#{applicationId}, #{supplier}, #{finalPrice}, #{plate}, #{at})")
  void insert(
      @Param("applicationId") String applicationId,
      @Param("supplier") String supplier,
      @Param("finalPrice") BigDecimal finalPrice,
      @Param("plate") String plate,
      @Param("at") LocalDateTime at);
}
