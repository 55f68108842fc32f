package cn.affairs.approval.audit;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Insert and read only: nothing in the system updates or deletes an audit row. */
@Mapper
interface AuditMapper {

  @Insert(
      "INSERT INTO audit_log (type, actor, gov_code, subject, summary, before_json, after_json, at) "
          + "VALUES (#{type}, #{actor}, #{govCode}, #{subject}, #{summary}, #{beforeJson}, #{afterJson}, #{at})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(AuditRow row);

  @Select(
      "<script>SELECT id, type, actor, gov_code, subject, summary, before_json, after_json, at FROM audit_log"
          + "<where><if test='type != null'>type = #{type}</if>"
          + "<if test='from != null'> AND at &gt;= #{from}</if><if test='to != null'> AND at &lt; #{to}</if>"
          + "<if test='govCode != null'> AND (gov_code = #{govCode} OR gov_code IS NULL)</if></where>"
          + " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<AuditEntry> find(
      @Param("type") String type,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("govCode") String govCode,
      @Param("limit") int limit,
      @Param("offset") int offset);

  @Select(
      "<script>SELECT COUNT(*) FROM audit_log"
          + "<where><if test='type != null'>type = #{type}</if>"
          + "<if test='from != null'> AND at &gt;= #{from}</if><if test='to != null'> AND at &lt; #{to}</if>"
          + "<if test='govCode != null'> AND (gov_code = #{govCode} OR gov_code IS NULL)</if></where></script>")
  long count(
      @Param("type") String type,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("govCode") String govCode);

  /** The mutable row MyBatis fills with the generated id. */
  final class AuditRow {
    Long id;
    String type;
    String actor;
    String govCode;
    String subject;
    String summary;
    String beforeJson;
    String afterJson;
    LocalDateTime at;

    public Long getId() {
      return id;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public String getType() {
      return type;
    }

    public String getActor() {
      return actor;
    }

    public String getGovCode() {
      return govCode;
    }

    public String getSubject() {
      return subject;
    }

    public String getSummary() {
      return summary;
    }

    public String getBeforeJson() {
      return beforeJson;
    }

    public String getAfterJson() {
      return afterJson;
    }

    public LocalDateTime getAt() {
      return at;
    }
  }
}
