package cn.affairs.approval.admin;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
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
  List<Map<String, Object>> checkBeans() {
    List<Map<String, Object>> result = new ArrayList<>();
    checks.forEach(
        (bean, check) -> {
          StandardsRule rule = check.rule();
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("bean", bean);
          item.put("expression", "${" + bean + "}");
          item.put("rule", rule.id());
          item.put("name", rule.name());
          item.put("basis", rule.basis());
          item.put("articles", List.of(rule.articles()));
          result.add(item);
        });
    return result;
  }

  @GetMapping("/api/admin/audit")
  Map<String, Object> audit(
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
    List<Map<String, Object>> items = new ArrayList<>();
    for (AuditEntry e : found.items()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", e.id());
      item.put("type", e.type());
      item.put("user", e.actor());
      item.put("userName", org.userName(e.actor()));
      item.put("at", e.at());
      item.put("subject", e.subject());
      item.put("summary", e.summary());
      item.put("before", read(e.beforeJson()));
      item.put("after", read(e.afterJson()));
      items.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("items", items);
    body.put("total", found.total());
    body.put("page", page);
    body.put("size", size);
    return body;
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
