package cn.affairs.approval.application;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ApplicationMapper {

  void insert(Application application);

  Application find(String id);

  Application findByProcessInstance(String processInstanceId);

  /** The applications of these process instances, in one query (task lists). */
  List<Application> findByProcessInstances(@Param("ids") Collection<String> processInstanceIds);

  /**
   * Locks the row until the transaction ends, so that actions on one case run one after another.
   */
  String lock(String id);

  void updateStarted(
      @Param("id") String id,
      @Param("processInstanceId") String processInstanceId,
      @Param("processVersion") int processVersion);

  void updateStatus(
      @Param("id") String id,
      @Param("status") ApplicationStatus status,
      @Param("decidedAt") LocalDateTime decidedAt);

  /** The application an applicant already submitted with this Idempotency-Key, if any. */
  String findBySubmissionKey(@Param("applicant") String applicant, @Param("key") String key);

  void updateSubmissionKey(@Param("id") String id, @Param("key") String key);

  /** Flags a case whose deadline has passed (e.g. an emergency plan change not filed in time). */
  void markOverdue(String id);

  boolean isOverdue(String id);

  void updateForm(
      @Param("id") String id, @Param("title") String title, @Param("formJson") String formJson);

  List<Application> search(ApplicationQuery query);

  long count(ApplicationQuery query);

  /**
   * How many of the applicant's cases were decided (approved, rejected, withdrawn) since then
   * (工作台).
   */
  long countDecidedSince(@Param("applicant") String applicant, @Param("since") LocalDateTime since);

  List<Application> findAll(@Param("ids") Collection<String> ids);
}
