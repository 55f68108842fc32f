package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
  private final RuntimeService runtime;

  ApplicationQueries(
      ProcessFamilies families,
      ApplicationMapper applications,
      OrgMapper org,
      TaskService tasks,
      RuntimeService runtime) {
    this.runtime = runtime;
    this.families = families;
    this.applications = applications;
    this.org = org;
    this.tasks = tasks;
  }

  @Transactional(readOnly = true)
  public Page<ApplicationSummary> list(
      CurrentUser user,
      String scope,
      ApplicationStatus status,
      String processKey,
      PageRequest paging) {
    return list(
        user, scope, new ApplicationSearch(null, status, processKey, null, null, null), paging);
  }

  /**
   * A page of the cases in {@code scope} (mine, unit, all; by role when null) that match the
   * search.
   */
  @Transactional(readOnly = true)
  public Page<ApplicationSummary> list(
      CurrentUser user, String scope, ApplicationSearch search, PageRequest paging) {
    ApplicationQuery query = query(user, scope, search, paging.offset(), paging.size());
    return Page.of(summaries(applications.search(query)), applications.count(query), paging);
  }

  /**
   * Every case in {@code scope} that matches the search, up to {@code limit} rows (the Excel
   * export).
   */
  @Transactional(readOnly = true)
  public List<ApplicationSummary> all(
      CurrentUser user, String scope, ApplicationSearch search, int limit) {
    return summaries(applications.search(query(user, scope, search, 0, limit)));
  }

  /**
   * The choices of the list filters this user may use: families, statuses, the units they may see.
   */
  @Transactional(readOnly = true)
  public ListFilters filters(CurrentUser user) {
    List<ListFilters.Choice> familyChoices =
        families.all().stream().map(f -> new ListFilters.Choice(f.key(), f.name())).toList();
    List<ListFilters.Choice> statuses =
        Arrays.stream(ApplicationStatus.values())
            .map(s -> new ListFilters.Choice(s.name(), s.label()))
            .toList();
    List<ListFilters.Choice> units =
        org.units().stream()
            .filter(
                u ->
                    user.isAdmin()
                        || (user.seesWholeGovernment()
                            ? u.govCode().equals(user.govCode())
                            : u.code().equals(user.unitCode())))
            .map(u -> new ListFilters.Choice(u.code(), u.name()))
            .toList();
    List<String> scopes = new ArrayList<>(List.of("mine", "unit"));
    if (user.seesWholeGovernment()) {
      scopes.add("all");
    }
    return new ListFilters(scopes, familyChoices, statuses, units);
  }

  private ApplicationQuery query(
      CurrentUser user, String scope, ApplicationSearch search, int offset, int size) {
    String effectiveScope =
        scope != null
            ? scope
            : user.seesWholeGovernment() ? "all" : user.has(Role.UNIT_HEAD) ? "unit" : "mine";
    String applicant = null;
    String unitCode = null;
    String govCode = null;
    switch (effectiveScope) {
      case "mine" -> applicant = user.id();
      case "unit" -> unitCode = user.unitCode();
      case "all" -> {
        if (!user.seesWholeGovernment()) {
          throw ApiException.forbidden("只有机关事务、财政、发展改革、本级政府和管理员可查看全部申请");
        }
        govCode = user.isAdmin() ? null : user.govCode();
      }
      default -> throw ApiException.invalid("scope", "范围只能是 mine、unit 或 all");
    }
    return new ApplicationQuery(
        applicant,
        unitCode,
        govCode,
        search.status(),
        search.processKey(),
        search.unit(),
        search.keyPattern(),
        search.titlePatterns(),
        search.from() == null ? null : search.from().atStartOfDay(),
        search.to() == null ? null : search.to().plusDays(1).atStartOfDay(),
        offset,
        size);
  }

  private List<ApplicationSummary> summaries(List<Application> found) {
    Map<String, List<String>> steps = openSteps(found);
    Set<String> suspended = suspended(found);
    List<ApplicationSummary> items = new ArrayList<>();
    Map<String, String> unitNames = new HashMap<>();
    for (Application a : found) {
      List<String> open = steps.getOrDefault(a.id(), List.of());
      items.add(
          new ApplicationSummary(
              a.id(),
              a.processKey(),
              families.find(a.processKey()).map(ProcessFamily::name).orElse(a.processKey()),
              a.title(),
              a.unitCode(),
              unitNames.computeIfAbsent(a.unitCode(), this::unitName),
              a.status(),
              suspended.contains(a.processInstanceId())
                  ? ApplicationLifecycle.SUSPENDED_LABEL
                  : a.status().label(),
              open.isEmpty() ? null : String.join("、", open),
              a.createdAt(),
              a.decidedAt(),
              a.overdue()));
    }
    return items;
  }

  /**
   * The process instances of the listed open cases whose version an admin suspended, in one query.
   */
  private Set<String> suspended(List<Application> found) {
    Set<String> open =
        found.stream()
            .filter(a -> a.status().isOpen() && a.processInstanceId() != null)
            .map(Application::processInstanceId)
            .collect(Collectors.toSet());
    return open.isEmpty()
        ? Set.of()
        : runtime.createProcessInstanceQuery().processInstanceIds(open).suspended().list().stream()
            .map(ProcessInstance::getId)
            .collect(Collectors.toSet());
  }

  /** The names of the open steps of each listed case, in one task query. */
  private Map<String, List<String>> openSteps(List<Application> found) {
    Map<String, List<String>> steps = new HashMap<>();
    if (found.isEmpty()) {
      return steps;
    }
    Map<String, String> idByInstance = new HashMap<>();
    found.stream()
        .filter(a -> a.processInstanceId() != null)
        .forEach(a -> idByInstance.put(a.processInstanceId(), a.id()));
    String[] keys = found.stream().map(Application::id).toArray(String[]::new);
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKeyIn(keys).list()) {
      steps
          .computeIfAbsent(idByInstance.get(task.getProcessInstanceId()), k -> new ArrayList<>())
          .add(task.getName());
    }
    return steps;
  }

  private String unitName(String code) {
    Unit unit = org.unit(code);
    return unit == null ? code : unit.name();
  }
}
