package cn.affairs.approval.report;

import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import cn.affairs.approval.plan.PlanVersion;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 保障年度计划 of one unit and year as the bureau reads it (条例 第三十三条): the ceiling, the items by category
 * with the applications that created or changed each, every version with what it changed against
 * the one before, and what is left under the ceiling.
 */
@Service
class PlanView {

  record Ref(String id, String processKey, String title, String status, String statusLabel) {}

  record Item(
      long id,
      String category,
      String categoryName,
      String description,
      BigDecimal amount,
      String createdBy,
      List<Ref> applications) {}

  record Category(String category, String categoryName, BigDecimal amount, int items) {}

  /**
   * One line of a version's diff: ADDED (before 0), CHANGED, REMOVED (after 0, gone from the list).
   */
  record Change(
      long itemId,
      String category,
      String categoryName,
      String description,
      BigDecimal before,
      BigDecimal after,
      String change) {}

  record Version(
      int version,
      BigDecimal total,
      LocalDateTime createdAt,
      Ref application,
      List<Change> changes) {}

  record Result(
      Named unit,
      int year,
      BigDecimal ceiling,
      BigDecimal total,
      BigDecimal remaining,
      int version,
      List<Category> categories,
      List<Item> items,
      List<Version> versions,
      String basis) {}

  private static final TypeReference<List<PlanItem>> ITEMS = new TypeReference<>() {};

  private final ReportAccess access;
  private final AnnualPlans plans;
  private final ReportMapper reports;
  private final ObjectMapper json;

  PlanView(ReportAccess access, AnnualPlans plans, ReportMapper reports, ObjectMapper json) {
    this.access = access;
    this.plans = plans;
    this.reports = reports;
    this.json = json;
  }

  @Transactional(readOnly = true)
  Result of(CurrentUser user, String unitCode, int year) {
    Unit unit = access.requireUnit(user, unitCode);
    AnnualPlan plan = plans.find(unit.code(), year);
    if (plan == null) {
      throw ApiException.notFound(unit.name() + "没有 " + year + " 年度保障计划");
    }
    List<PlanItem> items = plans.items(plan);
    List<PlanVersion> versions = plans.versions(plan);

    List<Version> history = new ArrayList<>();
    Map<Long, Set<String>> touchedBy = new LinkedHashMap<>();
    Map<Long, PlanItem> previous = Map.of();
    for (PlanVersion v : versions) {
      Map<Long, PlanItem> now =
          parse(v.itemsJson()).stream()
              .collect(
                  Collectors.toMap(
                      PlanItem::id, Function.identity(), (a, b) -> b, LinkedHashMap::new));
      List<Change> changes = diff(previous, now);
      if (v.applicationId() != null) {
        changes.forEach(
            c ->
                touchedBy
                    .computeIfAbsent(c.itemId(), k -> new LinkedHashSet<>())
                    .add(v.applicationId()));
      }
      history.add(new Version(v.version(), v.total(), v.createdAt(), null, changes));
      previous = now;
    }
    Set<String> ids = new LinkedHashSet<>();
    versions.stream().map(PlanVersion::applicationId).filter(Objects::nonNull).forEach(ids::add);
    items.stream().map(PlanItem::sourceApplication).filter(Objects::nonNull).forEach(ids::add);
    Map<String, Ref> refs = refs(ids);

    List<Version> withRefs = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Version v = history.get(i);
      String appId = versions.get(i).applicationId();
      withRefs.add(
          new Version(
              v.version(),
              v.total(),
              v.createdAt(),
              appId == null ? null : refs.get(appId),
              v.changes()));
    }
    List<Item> itemViews =
        items.stream()
            .sorted(
                Comparator.comparingInt((PlanItem i) -> PlanCategories.order(i.category()))
                    .thenComparing(PlanItem::id))
            .map(
                i -> {
                  Set<String> linked = new LinkedHashSet<>();
                  if (i.sourceApplication() != null) {
                    linked.add(i.sourceApplication());
                  }
                  linked.addAll(touchedBy.getOrDefault(i.id(), Set.of()));
                  return new Item(
                      i.id(),
                      i.category(),
                      PlanCategories.name(i.category()),
                      i.description(),
                      i.amount(),
                      i.sourceApplication(),
                      linked.stream().map(refs::get).filter(Objects::nonNull).toList());
                })
            .toList();

    Map<String, List<PlanItem>> byCategory =
        new TreeMap<>(
            Comparator.comparingInt(PlanCategories::order).thenComparing(Function.identity()));
    items.forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
    List<Category> categories =
        byCategory.entrySet().stream()
            .map(
                e ->
                    new Category(
                        e.getKey(),
                        PlanCategories.name(e.getKey()),
                        AnnualPlans.total(e.getValue()),
                        e.getValue().size()))
            .toList();
    BigDecimal total = AnnualPlans.total(items);
    return new Result(
        new Named(unit.code(), unit.name()),
        year,
        plan.ceiling(),
        total,
        plan.ceiling().subtract(total),
        plan.version(),
        categories,
        itemViews,
        withRefs,
        "山西省机关运行保障条例（草案） 第三十三、三十七条");
  }

  /** What changed from one version's items to the next, by item id. */
  static List<Change> diff(Map<Long, PlanItem> before, Map<Long, PlanItem> after) {
    List<Change> changes = new ArrayList<>();
    for (PlanItem item : after.values()) {
      PlanItem old = before.get(item.id());
      if (old == null) {
        changes.add(change(item, BigDecimal.ZERO, item.amount(), "ADDED"));
      } else if (old.amount().compareTo(item.amount()) != 0) {
        changes.add(change(item, old.amount(), item.amount(), "CHANGED"));
      }
    }
    for (PlanItem old : before.values()) {
      if (!after.containsKey(old.id())) {
        changes.add(change(old, old.amount(), BigDecimal.ZERO, "REMOVED"));
      }
    }
    return changes;
  }

  private static Change change(PlanItem item, BigDecimal before, BigDecimal after, String kind) {
    return new Change(
        item.id(),
        item.category(),
        PlanCategories.name(item.category()),
        item.description(),
        before,
        after,
        kind);
  }

  private Map<String, Ref> refs(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, Ref> refs = new LinkedHashMap<>();
    for (ReportMapper.ApplicationRef a : reports.applications(ids)) {
      refs.put(
          a.id(),
          new Ref(
              a.id(),
              a.processKey(),
              a.title(),
              a.status(),
              ApplicationStatus.valueOf(a.status()).label()));
    }
    return refs;
  }

  private List<PlanItem> parse(String itemsJson) {
    try {
      return json.readValue(itemsJson, ITEMS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan version items are not JSON: " + e.getMessage(), e);
    }
  }
}
