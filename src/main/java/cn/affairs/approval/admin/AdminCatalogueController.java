package cn.affairs.approval.admin;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the diagram editor offers (our check beans) and the read-only audit log (ADMIN only). */
@RestController
class AdminCatalogueController {

  /** The audit types of the 管理 section of api.md, plus those other packages write. */
  static final Set<String> AUDIT_TYPES =
      Set.of(
          "DEPLOY",
          "MIGRATE",
          "SUSPEND",
          "ACTIVATE",
          "STANDARD",
          "CALENDAR",
          "USER",
          "UNIT",
          "REGISTER");

  private final Map<String, StandardsCheck> checks;
  private final AuditLog audit;
  private final OrgMapper org;
  private final ObjectMapper json;

  AdminCatalogueController(
      Map<String, StandardsCheck> checks, AuditLog audit, OrgMapper org, ObjectMapper json) {
    this.checks = new TreeMap<>(checks);
    this.audit = audit;
    this.org = org;
    this.json = json;
  }

  /** Every check a diagram may call, as {@code camunda:delegateExpression="${bean}"}. */
  @GetMapping("/api/admin/check-beans")
  List<CheckBean> checkBeans() {
    List<CheckBean> result = new ArrayList<>();
    checks.forEach(
        (bean, check) -> {
          StandardsRule rule = check.rule();
          result.add(
              new CheckBean(
                  bean,
                  "${" + bean + "}",
                  rule.id(),
                  rule.name(),
                  rule.basis(),
                  List.of(rule.articles())));
        });
    return result;
  }

  /** A check bean the diagram editor offers. */
  record CheckBean(
      String bean,
      String expression,
      String rule,
      String name,
      String basis,
      List<String> articles) {}

  /** One row of the audit log, its states as the JSON they were recorded as. */
  record AuditItem(
      Long id,
      String type,
      String user,
      String userName,
      LocalDateTime at,
      String subject,
      String summary,
      JsonNode before,
      JsonNode after) {}

  @GetMapping("/api/admin/audit")
  Page<AuditItem> audit(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (type != null && !type.isBlank() && !AUDIT_TYPES.contains(type)) {
      errors.put("type", "类型只能是 " + String.join("、", new java.util.TreeSet<>(AUDIT_TYPES)));
    }
    if (page < 0) {
      errors.put("page", "页码不能小于 0");
    }
    if (size < 1 || size > AuditLog.MAX_PAGE_SIZE) {
      errors.put("size", "每页条数须在 1 到 " + AuditLog.MAX_PAGE_SIZE + " 之间");
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("to", "结束日期不能早于开始日期");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    var found =
        audit.find(
            type == null || type.isBlank() ? null : type,
            from == null ? null : from.atStartOfDay(),
            to == null ? null : to.plusDays(1).atStartOfDay(),
            null,
            page,
            size);
    List<AuditItem> items = new ArrayList<>();
    for (AuditEntry e : found.items()) {
      items.add(
          new AuditItem(
              e.id(),
              e.type(),
              e.actor(),
              org.userName(e.actor()),
              e.at(),
              e.subject(),
              e.summary(),
              read(e.beforeJson()),
              read(e.afterJson())));
    }
    return new Page<>(items, found.total(), page, size);
  }

  private JsonNode read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      return json.getNodeFactory().textNode(text);
    }
  }
}
