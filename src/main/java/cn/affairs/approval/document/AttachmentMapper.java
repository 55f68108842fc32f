package cn.affairs.approval.document;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AttachmentMapper {

  String COLUMNS =
      "id, application_id, task_id, task_key, step_name, process_key, document_type, name, size_bytes, "
          + "content_type, sha256, uploaded_by, uploaded_at";

  @Insert(
      "INSERT INTO attachment ("
          + COLUMNS
          + ") VALUES (#{id}, #{applicationId}, #{taskId}, #{taskKey}, "
          + "#{stepName}, #{processKey}, #{documentType}, #{name}, #{sizeBytes}, #{contentType}, #{sha256}, "
          + "#{uploadedBy}, #{uploadedAt})")
  void insert(Attachment attachment);

  @Select("SELECT " + COLUMNS + " FROM attachment WHERE id = #{id}")
  Attachment find(String id);

  @Select(
      "SELECT "
          + COLUMNS
          + " FROM attachment WHERE application_id = #{applicationId} ORDER BY uploaded_at, id")
  List<Attachment> ofApplication(String applicationId);

  @Select(
      "<script>SELECT "
          + COLUMNS
          + " FROM attachment WHERE application_id IS NULL AND uploaded_by = #{uploader}"
          + " AND id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
  List<Attachment> staged(@Param("uploader") String uploader, @Param("ids") Collection<String> ids);

  /** Binds staged uploads to the case they were submitted with. */
  @Update(
      "<script>UPDATE attachment SET application_id = #{applicationId} WHERE application_id IS NULL"
          + " AND id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
  int updateApplication(
      @Param("applicationId") String applicationId, @Param("ids") Collection<String> ids);

  /** Uploads never submitted with a form, older than {@code before}. */
  @Select("SELECT id FROM attachment WHERE application_id IS NULL AND uploaded_at < #{before}")
  List<String> abandoned(LocalDateTime before);

  @Delete("DELETE FROM attachment WHERE id = #{id}")
  int delete(String id);

  @Select("SELECT COUNT(*) FROM attachment")
  long countAll();
}
