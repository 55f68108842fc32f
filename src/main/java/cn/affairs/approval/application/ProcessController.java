package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProcessController {

  private final ProcessFamilies families;
  private final RepositoryService repository;

  ProcessController(ProcessFamilies families, RepositoryService repository) {
    this.families = families;
    this.repository = repository;
  }

  /** The families this user may start: all of them for a unit's 经办人, none for anyone else. */
  @GetMapping("/api/processes")
  List<Map<String, Object>> processes(@AuthenticationPrincipal CurrentUser user) {
    List<Map<String, Object>> result = new ArrayList<>();
    if (!user.has(Role.UNIT_STAFF)) {
      return result;
    }
    for (ProcessFamily family : families.all()) {
      ProcessDefinition definition = repository.createProcessDefinitionQuery()
          .processDefinitionKey(family.key()).latestVersion().singleResult();
      if (definition == null) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("key", family.key());
      item.put("name", family.name());
      item.put("version", definition.getVersion());
      item.put("description", family.description());
      result.add(item);
    }
    return result;
  }

  @GetMapping("/api/processes/{key}/form")
  Map<String, Object> form(@PathVariable String key) {
    ProcessFamily family = families.find(key).orElseThrow(() -> ApiException.notFound("未知的审批事项：" + key));
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("key", family.key());
    form.put("name", family.name());
    form.put("fields", family.form().fields());
    return form;
  }
}
