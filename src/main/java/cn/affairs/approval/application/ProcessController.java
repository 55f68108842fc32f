package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessController {

  /** A family a user may start, on the version new cases start on. */
  record ProcessSummary(String key, String name, int version, String description) {}

  /**
   * A family's application form: its JSON Schema, which the portal renders and validates from and
   * the server validates against, and the same fields as a flat list for scripts.
   */
  record FormDescription(String key, String name, List<FormField> fields, ObjectNode schema) {}

  private final ProcessFamilies families;
  private final RepositoryService repository;

  ProcessController(ProcessFamilies families, RepositoryService repository) {
    this.families = families;
    this.repository = repository;
  }

  /** The families this user may start: all of them for a unit's 经办人, none for anyone else. */
  @GetMapping("/api/processes")
  List<ProcessSummary> processes(@AuthenticationPrincipal CurrentUser user) {
    List<ProcessSummary> result = new ArrayList<>();
    if (!user.has(Role.UNIT_STAFF)) {
      return result;
    }
    for (ProcessFamily family : families.all()) {
      ProcessDefinition definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(family.key())
              .latestVersion()
              .singleResult();
      if (definition != null) {
        result.add(
            new ProcessSummary(
                family.key(), family.name(), definition.getVersion(), family.description()));
      }
    }
    return result;
  }

  @GetMapping("/api/processes/{key}/form")
  FormDescription form(@PathVariable String key) {
    ProcessFamily family =
        families.find(key).orElseThrow(() -> ApiException.notFound("未知的审批事项：" + key));
    return new FormDescription(
        family.key(), family.name(), family.form().fields(), FormSchema.of(family.form()));
  }
}
