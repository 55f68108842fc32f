package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final ApplicationSubmissions submissions;
  private final ApplicationQueries queries;
  private final ApplicationDetails details;
  private final ApplicationWithdrawals withdrawals;

  ApplicationController(ApplicationSubmissions submissions, ApplicationQueries queries, ApplicationDetails details,
      ApplicationWithdrawals withdrawals) {
    this.submissions = submissions;
    this.queries = queries;
    this.details = details;
    this.withdrawals = withdrawals;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApplicationView start(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body,
      @RequestHeader(name = "Idempotency-Key", required = false) String submissionKey) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("请求内容必须是 JSON 对象");
    }
    JsonNode key = body.get("processKey");
    if (key == null || !key.isTextual() || key.asText().isBlank()) {
      throw ApiException.invalid("processKey", "审批事项为必填项");
    }
    return submissions.start(user, key.asText(), body.get("form"), submissionKey, attachmentIds(body.get("attachments")));
  }

  /** The ids of the applicant's uploads for this form ({@code POST /api/attachments}), optional. */
  private static List<String> attachmentIds(JsonNode attachments) {
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

  @GetMapping
  Page<ApplicationSummary> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String processKey,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return queries.list(user, scope, status, processKey == null || processKey.isBlank() ? null : processKey,
        PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  ApplicationView detail(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return details.detail(user, id);
  }

  @GetMapping("/{id}/diagram")
  CaseDiagram diagram(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return details.diagram(user, id);
  }

  @PostMapping("/{id}/withdraw")
  ApplicationView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return withdrawals.withdraw(user, id);
  }
}
