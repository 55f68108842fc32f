package cn.affairs.approval.message;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MessageMapper {

  String COLUMNS =
      "id, recipient, type, application_id, task_id, text, created_at, read_at, dedupe_key";

  @Insert(
      "INSERT INTO message (recipient, type, application_id, task_id, text, created_at, dedupe_key) "
          + "VALUES (#{recipient}, #{type}, #{applicationId}, #{taskId}, #{text}, #{createdAt}, #{dedupeKey})")
  void insert(Message message);

  @Select("SELECT COUNT(*) > 0 FROM message WHERE dedupe_key = #{key}")
  boolean exists(String key);

  @Select(
      "<script>SELECT "
          + COLUMNS
          + " FROM message WHERE recipient = #{recipient}"
          + "<if test='unreadOnly'> AND read_at IS NULL</if> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
  List<Message> page(
      @Param("recipient") String recipient,
      @Param("unreadOnly") boolean unreadOnly,
      @Param("limit") int limit,
      @Param("offset") int offset);

  @Select(
      "<script>SELECT COUNT(*) FROM message WHERE recipient = #{recipient}"
          + "<if test='unreadOnly'> AND read_at IS NULL</if></script>")
  long count(@Param("recipient") String recipient, @Param("unreadOnly") boolean unreadOnly);

  @Select("SELECT " + COLUMNS + " FROM message WHERE id = #{id}")
  Message find(long id);

  @Update("UPDATE message SET read_at = #{at} WHERE id = #{id} AND read_at IS NULL")
  int markRead(@Param("id") long id, @Param("at") LocalDateTime at);

  @Update("UPDATE message SET read_at = #{at} WHERE recipient = #{recipient} AND read_at IS NULL")
  int markAllRead(@Param("recipient") String recipient, @Param("at") LocalDateTime at);
}
