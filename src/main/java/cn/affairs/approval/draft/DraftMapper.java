package cn.affairs.approval.draft;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DraftMapper {

  String COLUMNS = "id, author, process_key, form_json, version, created_at, saved_at";

  @Insert(
      "INSERT INTO draft ("
          + COLUMNS
          + ") VALUES (#{id}, #{author}, #{processKey}, #{formJson}, #{version}, "
          + "#{createdAt}, #{savedAt})")
  void insert(Draft draft);

  @Select("SELECT " + COLUMNS + " FROM draft WHERE id = #{id}")
  Draft find(String id);

  /** The draft, its row locked until the transaction ends (one submission at a time). */
  @Select("SELECT " + COLUMNS + " FROM draft WHERE id = #{id} FOR UPDATE")
  Draft lock(String id);

  @Select("SELECT " + COLUMNS + " FROM draft WHERE author = #{author} ORDER BY saved_at DESC, id")
  List<Draft> byAuthor(String author);

  @Select("SELECT COUNT(*) FROM draft WHERE author = #{author}")
  int countByAuthor(String author);

  /**
   * Saves the form if the draft is still at {@code version}; 0 rows when someone saved in between.
   */
  @Update(
      "UPDATE draft SET form_json = #{formJson}, version = version + 1, saved_at = #{savedAt} "
          + "WHERE id = #{id} AND version = #{version}")
  int update(
      @Param("id") String id,
      @Param("version") int version,
      @Param("formJson") String formJson,
      @Param("savedAt") LocalDateTime savedAt);

  @Delete("DELETE FROM draft WHERE id = #{id}")
  int delete(String id);

  @Insert(
      "INSERT INTO draft_submission (draft_id, author, application_id, submitted_at) "
          + "VALUES (#{draftId}, #{author}, #{applicationId}, #{at})")
  void insertSubmission(
      @Param("draftId") String draftId,
      @Param("author") String author,
      @Param("applicationId") String applicationId,
      @Param("at") LocalDateTime at);

  @Select("SELECT application_id FROM draft_submission WHERE draft_id = #{draftId}")
  String submittedAs(String draftId);
}
