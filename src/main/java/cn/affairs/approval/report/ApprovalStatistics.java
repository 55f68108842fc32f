package cn.affairs.approval.report;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.calendar.WorkingDayCalendar;
import cn.affairs.approval.check.Checks;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批统计: for the cases started in a period, per process family, how many are in each status, how
 * long a decision took in working days (start → approval or rejection, on the working-day calendar
 * of config/calendar.yml; median and 90th percentile by the nearest-rank method, so each is the
 * figure of a real case), the average time of each step (Camunda's task history), and the approvals
 * given over a FAIL per rule; and the steps overdue now, with who holds them.
 */
@Service
class ApprovalStatistics {

  record Step(String taskKey, String name, long completed, BigDecimal averageHours) {}

  record RuleOverride(String rule, String ruleName, long count) {}

  record Family(
      String processKey,
      String name,
      long total,
      Map<String, Long> byStatus,
      long decided,
      Integer medianWorkingDays,
      Integer p90WorkingDays,
      List<Step> steps,
      List<RuleOverride> overrides) {}

  record Holder(String id, String name) {}

  record OverdueStep(
      String taskId,
      String name,
      String taskKey,
      String applicationId,
      String processKey,
      String processName,
      String title,
      String unitCode,
      String unitName,
      Date created,
      Date due,
      int overdueWorkingDays,
      Holder assignee,
      List<Holder> candidateGroups) {}

  record Result(
      LocalDate from,
      LocalDate to,
      Named government,
      String unit,
      List<Family> families,
      Map<String, Long> totalByStatus,
      List<OverdueStep> overdue,
      String method) {}

  private final ReportMapper reports;
  private final ProcessFamilies families;
  private final Checks checks;
  private final WorkingDayCalendar calendar;
  private final OrgMapper org;
  private final Clock clock;

  ApprovalStatistics(
      ReportMapper reports,
      ProcessFamilies families,
      Checks checks,
      WorkingDayCalendar calendar,
      OrgMapper org,
      Clock clock) {
    this.reports = reports;
    this.families = families;
    this.checks = checks;
    this.calendar = calendar;
    this.org = org;
    this.clock = clock;
  }

  /** The statistics of the cases started from {@code from} to {@code to}, both days included. */
  @Transactional(readOnly = true)
  Result of(ReportScope scope, LocalDate from, LocalDate to) {
    String gov = scope.govCode();
    String unit = scope.unitCode();
    LocalDateTime start = from.atStartOfDay();
    LocalDateTime end = to.plusDays(1).atStartOfDay();

    Map<String, Map<String, Long>> statuses = new HashMap<>();
    Map<String, Long> totalByStatus = emptyStatuses();
    for (ReportMapper.StatusCount c : reports.statusCounts(gov, unit, start, end)) {
      statuses
          .computeIfAbsent(c.processKey(), k -> emptyStatuses())
          .merge(c.status(), c.count(), Long::sum);
      totalByStatus.merge(c.status(), c.count(), Long::sum);
    }
    Map<String, List<Integer>> durations = new HashMap<>();
    for (ReportMapper.DecidedCase c : reports.decided(gov, unit, start, end)) {
      durations
          .computeIfAbsent(c.processKey(), k -> new ArrayList<>())
          .add(
              calendar.workingDaysBetween(
                  c.createdAt().toLocalDate(), c.decidedAt().toLocalDate()));
    }
    Map<String, List<Step>> steps = new HashMap<>();
    for (ReportMapper.StepTime t : reports.stepTimes(gov, unit, start, end, start.minusDays(1))) {
      BigDecimal hours =
          t.totalMillis()
              .divide(BigDecimal.valueOf(t.count() * 3_600_000L), 1, RoundingMode.HALF_UP);
      steps
          .computeIfAbsent(t.processKey(), k -> new ArrayList<>())
          .add(new Step(t.taskKey(), t.name(), t.count(), hours));
    }
    Map<String, Map<String, Long>> overrides = new HashMap<>();
    for (ReportMapper.RuleOverrides o : reports.overrides(gov, unit, start, end)) {
      // a rule checked again right after the step is not overridden there (e.g. the final price)
      if (!checks.overriddenAt(o.step(), List.of(o.rule())).isEmpty()) {
        overrides
            .computeIfAbsent(o.processKey(), k -> new LinkedHashMap<>())
            .merge(o.rule(), o.count(), Long::sum);
      }
    }

    List<Family> result = new ArrayList<>();
    for (ProcessFamily family : families.all()) {
      String key = family.key();
      Map<String, Long> byStatus = statuses.getOrDefault(key, emptyStatuses());
      List<Integer> days = durations.getOrDefault(key, List.of()).stream().sorted().toList();
      List<Step> familySteps =
          steps.getOrDefault(key, List.of()).stream()
              .sorted(Comparator.comparing(Step::taskKey))
              .toList();
      List<RuleOverride> familyOverrides =
          overrides.getOrDefault(key, Map.of()).entrySet().stream()
              .map(e -> new RuleOverride(e.getKey(), checks.ruleName(e.getKey()), e.getValue()))
              .sorted(
                  Comparator.comparing(RuleOverride::count)
                      .reversed()
                      .thenComparing(RuleOverride::rule))
              .toList();
      result.add(
          new Family(
              key,
              family.name(),
              byStatus.values().stream().mapToLong(Long::longValue).sum(),
              byStatus,
              days.size(),
              percentile(days, 50),
              percentile(days, 90),
              familySteps,
              familyOverrides));
    }
    Named government = new Named(scope.government().code(), scope.government().name());
    return new Result(
        from,
        to,
        government,
        unit,
        result,
        totalByStatus,
        overdue(gov, unit),
        "工作日按工作日历（标准与日历页面）的节假日与调休安排计算（申请提交日不计，作出决定日计入）；中位数与第90百分位数取最近秩法");
  }

  /**
   * The nearest-rank percentile of sorted values: the smallest value with at least p % of values at
   * or below it.
   */
  static Integer percentile(List<Integer> sorted, int p) {
    if (sorted.isEmpty()) {
      return null;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  private List<OverdueStep> overdue(String gov, String unit) {
    // Camunda stores due dates in the server's zone, so compare with the server's time
    List<ReportMapper.OpenTask> tasks = reports.overdueTasks(gov, unit, new Date());
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, List<Holder>> groups = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (List<ReportMapper.OpenTask> chunk : chunks(tasks, 500)) {
      for (ReportMapper.CandidateGroup g :
          reports.candidateGroups(chunk.stream().map(ReportMapper.OpenTask::taskId).toList())) {
        groups
            .computeIfAbsent(g.taskId(), k -> new ArrayList<>())
            .add(new Holder(g.groupId(), names.computeIfAbsent(g.groupId(), this::groupName)));
      }
    }
    LocalDate today = LocalDate.now(clock);
    List<OverdueStep> overdue = new ArrayList<>();
    for (ReportMapper.OpenTask t : tasks) {
      LocalDate dueDay = t.due().toInstant().atZone(clock.getZone()).toLocalDate();
      Holder assignee =
          t.assignee() == null
              ? null
              : new Holder(
                  t.assignee(), t.assigneeName() == null ? t.assignee() : t.assigneeName());
      String processName =
          families.find(t.processKey()).map(ProcessFamily::name).orElse(t.processKey());
      overdue.add(
          new OverdueStep(
              t.taskId(),
              t.name(),
              t.taskKey(),
              t.applicationId(),
              t.processKey(),
              processName,
              t.title(),
              t.unitCode(),
              t.unitName(),
              t.created(),
              t.due(),
              calendar.workingDaysBetween(dueDay, today),
              assignee,
              assignee == null ? groups.getOrDefault(t.taskId(), List.of()) : List.of()));
    }
    return overdue;
  }

  /** 山西省 机关事务综合审核, 山西省教育厅 单位负责人: the body and role a candidate group stands for. */
  private String groupName(String groupId) {
    Role role = Role.ofGroup(groupId);
    int dot = groupId.lastIndexOf('.');
    if (role == null || dot < 0) {
      return role == null ? groupId : role.label();
    }
    String scope = groupId.substring(0, dot);
    String body = scope;
    if (role.perUnit()) {
      Unit u = org.unit(scope);
      body = u == null ? scope : u.name();
    } else {
      Government g = org.government(scope);
      body = g == null ? scope : g.name();
    }
    return body + " " + role.label();
  }

  private static Map<String, Long> emptyStatuses() {
    Map<String, Long> statuses = new LinkedHashMap<>();
    for (ApplicationStatus s : ApplicationStatus.values()) {
      statuses.put(s.name(), 0L);
    }
    return statuses;
  }

  private static <T> List<List<T>> chunks(List<T> list, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      chunks.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return chunks;
  }
}
