package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case lists: a user's own cases, their unit's, or (bureau and above) their government's. */
@Service
public class ApplicationQueries {

  private final ProcessFamilies families;
  private final ApplicationMapper applications;
  private final OrgMapper org;
  private final TaskService tasks;

  ApplicationQueries(ProcessFamilies families, ApplicationMapper applications, OrgMapper org, TaskService tasks) {
    this.families = families;
    this.applications = applications;
    this.org = org;
    this.tasks = tasks;
  }

  @Transactional(readOnly = true)
  public Page<ApplicationSummary> list(CurrentUser user, String scope, ApplicationStatus status, String processKey,
      PageRequest paging) {
    String effectiveScope = scope != null ? scope
        : user.seesWholeGovernment() ? "all" : user.has(Role.UNIT_HEAD) ? "unit" : "mine";
    int offset = paging.offset();
    int size = paging.size();
    ApplicationQuery query = switch (effectiveScope) {
      case "mine" -> new ApplicationQuery(user.id(), null, null, status, processKey, offset, size);
      case "unit" -> new ApplicationQuery(null, user.unitCode(), null, status, processKey, offset, size);
      case "all" -> {
        if (!user.seesWholeGovernment()) {
          throw ApiException.forbidden("只有机关事务、财政、发展改革、本级政府和管理员可查看全部申请");
        }
        yield new ApplicationQuery(null, null, user.isAdmin() ? null : user.govCode(), status, processKey, offset,
            size);
      }
      default -> throw ApiException.invalid("scope", "范围只能是 mine、unit 或 all");
    };
    List<Application> found = applications.search(query);
    Map<String, List<String>> steps = openSteps(found);
    List<ApplicationSummary> items = new ArrayList<>();
    Map<String, String> unitNames = new HashMap<>();
    for (Application a : found) {
      List<String> open = steps.getOrDefault(a.id(), List.of());
      items.add(new ApplicationSummary(a.id(), a.processKey(),
          families.find(a.processKey()).map(ProcessFamily::name).orElse(a.processKey()), a.title(), a.unitCode(),
          unitNames.computeIfAbsent(a.unitCode(), this::unitName), a.status(), a.status().label(), open.isEmpty() ? null : String.join("、", open),
          a.createdAt(), a.decidedAt(), a.overdue()));
    }
    return Page.of(items, applications.count(query), paging);
  }

  /** The names of the open steps of each listed case, in one task query. */
  private Map<String, List<String>> openSteps(List<Application> found) {
    Map<String, List<String>> steps = new HashMap<>();
    if (found.isEmpty()) {
      return steps;
    }
    Map<String, String> idByInstance = new HashMap<>();
    found.stream().filter(a -> a.processInstanceId() != null)
        .forEach(a -> idByInstance.put(a.processInstanceId(), a.id()));
    String[] keys = found.stream().map(Application::id).toArray(String[]::new);
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).list()) {
      steps.computeIfAbsent(idByInstance.get(task.getProcessInstanceId()), k -> new ArrayList<>()).add(task.getName());
    }
    return steps;
  }

  private String unitName(String code) {
    Unit unit = org.unit(code);
    return unit == null ? code : unit.name();
  }
}
