package cn.affairs.approval.admin;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The origin of each deployed process definition (table {@code process_deployment}). */
@Mapper
interface DeploymentMapper {

  /** One deployed definition: where it came from and who deployed it. */
  record DeploymentRecord(
      String definitionId,
      String deploymentId,
      String processKey,
      int version,
      String origin,
      String sha256,
      String deployedBy,
      LocalDateTime deployedAt) {

    boolean packaged() {
      return ProcessDeployments.PACKAGED.equals(origin);
    }
  }

  @Insert(
      "INSERT INTO process_deployment (definition_id, deployment_id, process_key, version, origin, sha256,"
          + " deployed_by, deployed_at) VALUES (#{definitionId}, #{deploymentId}, #{processKey}, #{version}, #{origin},"
          + " #{sha256}, #{deployedBy}, #{deployedAt})")
  void insert(DeploymentRecord record);

  /**
   * Locks the records of a key until the transaction ends, so that two admins' changes of one
   * family (deploy, suspend, migrate) run one after the other; the second sees the first's result.
   */
  @Select("SELECT definition_id FROM process_deployment WHERE process_key = #{key} FOR UPDATE")
  List<String> lockKey(@Param("key") String key);

  @Select(
      "SELECT definition_id, deployment_id, process_key, version, origin, sha256, deployed_by, deployed_at"
          + " FROM process_deployment WHERE process_key = #{key} ORDER BY version DESC")
  List<DeploymentRecord> byKey(@Param("key") String key);
}
