package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

  /** At most this many rows go into one Excel export. */
  static final int EXPORT_LIMIT = 10_000;

  private final ApplicationSubmissions submissions;
  private final ApplicationQueries queries;
  private final ApplicationDetails details;
  private final ApplicationWithdrawals withdrawals;
  private final ApplicationPrechecks prechecks;

  ApplicationController(
      ApplicationSubmissions submissions,
      ApplicationQueries queries,
      ApplicationDetails details,
      ApplicationWithdrawals withdrawals,
      ApplicationPrechecks prechecks) {
    this.prechecks = prechecks;
    this.submissions = submissions;
    this.queries = queries;
    this.details = details;
    this.withdrawals = withdrawals;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ApplicationView start(
      @AuthenticationPrincipal CurrentUser user,
      @RequestBody JsonNode body,
      @RequestHeader(name = "Idempotency-Key", required = false) String submissionKey) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("请求内容必须是 JSON 对象");
    }
    JsonNode key = body.get("processKey");
    if (key == null || !key.isTextual() || key.asText().isBlank()) {
      throw ApiException.invalid("processKey", "审批事项为必填项");
    }
    return submissions.start(
        user,
        key.asText(),
        body.get("form"),
        submissionKey,
        AttachmentIds.of(body.get("attachments")));
  }

  @PostMapping("/precheck")
  Precheck precheck(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ApiException.badRequest("请求内容必须是 JSON 对象");
    }
    JsonNode key = body.get("processKey");
    if (key == null || !key.isTextual() || key.asText().isBlank()) {
      throw ApiException.invalid("processKey", "审批事项为必填项");
    }
    return prechecks.precheck(user, key.asText(), body.get("form"));
  }

  @GetMapping
  ResponseEntity<?> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String scope,
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String format,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    ApplicationSearch search = new ApplicationSearch(q, status, processKey, unit, from, to);
    if (format == null || format.isBlank() || "json".equals(format)) {
      return ResponseEntity.ok(queries.list(user, scope, search, PageRequest.of(page, size)));
    }
    if (!"xlsx".equals(format)) {
      throw ApiException.invalid("format", "导出格式只能是 xlsx");
    }
    byte[] workbook = ApplicationWorkbook.write(queries.all(user, scope, search, EXPORT_LIMIT));
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("申请列表.xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(ApplicationWorkbook.CONTENT_TYPE))
        .body(workbook);
  }

  @GetMapping("/filters")
  ListFilters filters(@AuthenticationPrincipal CurrentUser user) {
    return queries.filters(user);
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
