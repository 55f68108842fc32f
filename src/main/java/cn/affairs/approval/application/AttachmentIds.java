package cn.affairs.approval.application;

import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code attachments} of a submission: the ids of the applicant's uploads for the form,
 * optional.
 */
public final class AttachmentIds {

  private AttachmentIds() {}

  /** The ids of the applicant's uploads for this form ({@code POST /api/attachments}), optional. */
  public static List<String> of(JsonNode attachments) {
    if (attachments == null || attachments.isNull()) {
      return List.of();
    }
    if (!attachments.isArray()) {
      throw ApiException.invalid("attachments", "附件须为附件编号的列表");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode id : attachments) {
      if (!id.isTextual() || id.asText().isBlank()) {
        throw ApiException.invalid("attachments", "附件编号格式不正确");
      }
      ids.add(id.asText());
    }
    return ids;
  }
}
