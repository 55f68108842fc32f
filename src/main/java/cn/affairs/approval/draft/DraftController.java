package cn.affairs.approval.draft;

import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.AttachmentIds;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/drafts")
class DraftController {

  private final Drafts drafts;

  DraftController(Drafts drafts) {
    this.drafts = drafts;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DraftView create(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
    JsonNode key = object(body).get("processKey");
    return drafts.create(
        user, key == null || !key.isTextual() ? null : key.asText(), body.get("form"));
  }

  @GetMapping
  List<DraftView> mine(@AuthenticationPrincipal CurrentUser user) {
    return drafts.mine(user);
  }

  @GetMapping("/{id}")
  DraftView get(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return drafts.get(user, id);
  }

  @PutMapping("/{id}")
  DraftView save(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody JsonNode body) {
    JsonNode version = object(body).get("version");
    if (version != null
        && !version.isNull()
        && !(version.isIntegralNumber() && version.canConvertToInt())) {
      throw ApiException.invalid("version", "版本号必须是整数");
    }
    return drafts.save(
        user, id, version == null || version.isNull() ? null : version.asInt(), body.get("form"));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    drafts.delete(user, id);
  }

  @PostMapping("/{id}/submit")
  @ResponseStatus(HttpStatus.CREATED)
  ApplicationView submit(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) JsonNode body) {
    return drafts.submit(
        user, id, body == null ? List.of() : AttachmentIds.of(object(body).get("attachments")));
  }

  private static JsonNode object(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("请求内容必须是 JSON 对象");
    }
    return body;
  }
}
