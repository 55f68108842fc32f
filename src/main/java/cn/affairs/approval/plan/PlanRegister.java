package cn.affairs.approval.plan;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.check.Numbers;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of annual guarantee plans (保障年度计划, 条例 第三十三至三十九条) as the bureau keeps it: a plan per
 * unit and year with its budget ceiling (预算控制数, 条例 第三十六条) and items. The bureau of the unit's
 * government (or an admin) creates plans, always with a ceiling, and corrects ceilings and items;
 * every change is a new plan version (through {@link AnnualPlans}, the one place that writes plans)
 * and an audit row. Units read their own plans.
 */
@Service
public class PlanRegister {

  static final String AUDIT_TYPE = "REGISTER_PLAN";
  static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

  /** An item as the API takes it: {@code id} of an existing item, or null for a new one. */
  public record ItemInput(Long id, String category, String description, String amount) {}

  /** A plan as the API takes it; on a correction unit and year may be left out (they stay). */
  public record PlanInput(String unitCode, String year, String ceiling, List<ItemInput> items) {}

  public record ItemRow(
      long id,
      String category,
      String categoryLabel,
      String description,
      BigDecimal amount,
      String sourceApplication) {}

  public record PlanRow(
      long id,
      String unitCode,
      int year,
      BigDecimal ceiling,
      BigDecimal total,
      int version,
      List<ItemRow> items) {}

  /** A plan input that passed validation. */
  record Valid(Unit unit, int year, BigDecimal ceiling, List<AnnualPlans.ItemCorrection> items) {}

  private final AnnualPlans plans;
  private final OrganisationRegistry org;
  private final AuditLog audit;

  PlanRegister(AnnualPlans plans, OrganisationRegistry org, AuditLog audit) {
    this.plans = plans;
    this.org = org;
    this.audit = audit;
  }

  /** The plans of {@code unitCode} (default: the user's own unit), latest year first. */
  @Transactional(readOnly = true)
  public Page<PlanRow> list(CurrentUser user, String unitCode, PageRequest page) {
    Unit unit = readable(user, blank(unitCode) ? user.unitCode() : unitCode.trim());
    return new Page<>(
        plans.ofUnit(unit.code(), page.size(), page.offset()).stream().map(this::row).toList(),
        plans.countOfUnit(unit.code()),
        page.page(),
        page.size());
  }

  /** One plan, for whoever may read its unit's register. */
  @Transactional(readOnly = true)
  public PlanRow find(CurrentUser user, String unitCode, int year) {
    readable(user, unitCode);
    AnnualPlan plan = plans.find(unitCode, year);
    if (plan == null) {
      throw ApiException.notFound("没有 " + unitCode + " 的 " + year + " 年度保障计划");
    }
    return row(plan);
  }

  @Transactional
  public PlanRow create(CurrentUser user, PlanInput input) {
    Valid valid = validate(user, input, null);
    if (plans.find(valid.unit().code(), valid.year()) != null) {
      throw ApiException.conflict(valid.unit().name() + "已有 " + valid.year() + " 年度保障计划，请修改该计划");
    }
    AnnualPlan plan;
    try {
      plan =
          plans.create(
              valid.unit().code(),
              valid.year(),
              valid.ceiling(),
              valid.items().stream()
                  .map(
                      i ->
                          new PlanItem(null, null, i.category(), i.description(), i.amount(), null))
                  .toList());
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict(valid.unit().name() + "已有 " + valid.year() + " 年度保障计划，请修改该计划");
    }
    PlanRow row = row(plan);
    audit.record(
        AUDIT_TYPE,
        user.id(),
        valid.unit().govCode(),
        subject(plan),
        "新建 "
            + plan.planYear()
            + " 年度保障计划（"
            + plan.unitCode()
            + "），预算控制数 "
            + amount(plan.ceiling())
            + " 万元",
        null,
        row);
    return row;
  }

  @Transactional
  public PlanRow correct(CurrentUser user, long id, PlanInput input) {
    AnnualPlan current = keptPlan(user, id);
    Valid valid = validate(user, input, current);
    PlanRow before = row(current);
    AnnualPlan after = plans.correct(current.id(), valid.ceiling(), valid.items());
    PlanRow row = row(after);
    audit.record(
        AUDIT_TYPE,
        user.id(),
        valid.unit().govCode(),
        subject(after),
        "修改 " + after.planYear() + " 年度保障计划（" + after.unitCode() + "），第 " + after.version() + " 版",
        before,
        row);
    return row;
  }

  /** Whether a validated correction would change nothing (an import of an unchanged export). */
  boolean unchanged(AnnualPlan plan, Valid valid) {
    if (plan.ceiling().compareTo(valid.ceiling()) != 0) {
      return false;
    }
    List<PlanItem> items = plans.items(plan);
    if (items.size() != valid.items().size()) {
      return false;
    }
    for (int i = 0; i < items.size(); i++) {
      PlanItem a = items.get(i);
      AnnualPlans.ItemCorrection b = valid.items().get(i);
      if (!Objects.equals(a.id(), b.id())
          || !a.category().equals(b.category())
          || !a.description().equals(b.description())
          || a.amount().compareTo(b.amount()) != 0) {
        return false;
      }
    }
    return true;
  }

  AnnualPlan plan(String unitCode, int year) {
    return plans.find(unitCode, year);
  }

  List<PlanItem> items(AnnualPlan plan) {
    return plans.items(plan);
  }

  /**
   * Validates a plan as {@link #create} (current null) or {@link #correct} would; throws with every
   * wrong field ({@code items[2].amount} for an item's).
   */
  Valid validate(CurrentUser user, PlanInput in, AnnualPlan current) {
    Map<String, String> errors = new LinkedHashMap<>();
    Unit unit = null;
    String unitCode = current != null ? current.unitCode() : trim(in.unitCode());
    if (current != null && !blank(in.unitCode()) && !in.unitCode().trim().equals(unitCode)) {
      errors.put("unitCode", "计划的单位不能修改");
    } else if (unitCode == null) {
      errors.put("unitCode", "请选择单位");
    } else {
      unit = org.unit(unitCode);
      if (unit == null) {
        errors.put("unitCode", "没有单位 " + unitCode);
      } else if (!user.keepsRegistersOf(unit.govCode())) {
        throw ApiException.forbidden("只有本级机关事务管理部门可以编制" + unit.name() + "的保障年度计划");
      } else if (!unit.isAgency()) {
        errors.put("unitCode", unit.name() + "不是申请单位，没有保障年度计划");
      }
    }
    Integer year = current != null ? Integer.valueOf(current.planYear()) : null;
    if (current != null
        && !blank(in.year())
        && !in.year().trim().equals(String.valueOf(current.planYear()))) {
      errors.put("year", "计划年度不能修改");
    } else if (current == null) {
      if (blank(in.year())) {
        errors.put("year", "请填写计划年度");
      } else {
        try {
          year = Integer.valueOf(in.year().trim());
          if (year < 2000 || year > 2100) {
            errors.put("year", "计划年度应在2000至2100之间");
          }
        } catch (NumberFormatException e) {
          errors.put("year", "计划年度应为四位年份，例如 2026");
        }
      }
    }
    BigDecimal ceiling = null;
    if (blank(in.ceiling())) {
      errors.put("ceiling", "请填写预算控制数（万元）：计划须有预算上限");
    } else {
      ceiling = decimal(in.ceiling(), "预算控制数", true, errors, "ceiling");
    }
    List<AnnualPlans.ItemCorrection> items = new ArrayList<>();
    List<ItemInput> given = in.items() == null ? List.of() : in.items();
    List<PlanItem> currentItems = current == null ? List.of() : plans.items(current);
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < given.size(); i++) {
      ItemInput item = given.get(i);
      String prefix = "items[" + i + "].";
      if (item == null) {
        errors.put("items[" + i + "]", "计划项目不能为空");
        continue;
      }
      if (item.id() != null && currentItems.stream().noneMatch(c -> c.id().equals(item.id()))) {
        errors.put(prefix + "id", "项目 " + item.id() + " 不在本计划中");
      }
      String category = trim(item.category());
      if (category == null || !PlanCategories.known(category)) {
        errors.put(
            prefix + "category", "项目类别应为" + String.join("、", PlanCategories.all().values()) + "之一");
      }
      String description = trim(item.description());
      if (description == null) {
        errors.put(prefix + "description", "请填写项目说明");
      } else if (description.length() > 256) {
        errors.put(prefix + "description", "项目说明不能超过256个字");
      }
      BigDecimal amount = null;
      if (blank(item.amount())) {
        errors.put(prefix + "amount", "请填写金额（万元）");
      } else {
        amount = decimal(item.amount(), "金额", false, errors, prefix + "amount");
      }
      if (amount != null) {
        total = total.add(amount);
      }
      items.add(new AnnualPlans.ItemCorrection(item.id(), category, description, amount));
    }
    for (PlanItem old : currentItems) {
      boolean kept = given.stream().anyMatch(g -> g != null && old.id().equals(g.id()));
      if (!kept && (old.sourceApplication() != null || plans.adjustedByACase(old.id()))) {
        errors.put(
            "items",
            "项目「"
                + old.description()
                + "」由申请"
                + (old.sourceApplication() == null ? "" : " " + old.sourceApplication())
                + "调整或纳入计划，不能删除；可修改其金额");
      }
    }
    if (ceiling != null && !errors.containsKey("ceiling") && total.compareTo(ceiling) > 0) {
      errors.put(
          "ceiling",
          "计划项目合计 " + amount(total) + " 万元，超过预算控制数 " + amount(ceiling) + " 万元（条例 第三十七条：不得超出计划）");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Valid(unit, year, ceiling, items);
  }

  private PlanRow row(AnnualPlan plan) {
    List<PlanItem> items = plans.items(plan);
    return new PlanRow(
        plan.id(),
        plan.unitCode(),
        plan.planYear(),
        plan.ceiling(),
        AnnualPlans.total(items),
        plan.version(),
        items.stream()
            .map(
                i ->
                    new ItemRow(
                        i.id(),
                        i.category(),
                        PlanCategories.name(i.category()),
                        i.description(),
                        i.amount(),
                        i.sourceApplication()))
            .toList());
  }

  private Unit readable(CurrentUser user, String unitCode) {
    Unit unit = org.unit(unitCode);
    if (unit == null) {
      throw ApiException.notFound("没有单位 " + unitCode);
    }
    if (!user.readsRegistersOf(unit)) {
      throw ApiException.forbidden("无权查看" + unit.name() + "的保障年度计划");
    }
    return unit;
  }

  /** The plan, locked, when the user keeps its government's registers; 404 or 403 otherwise. */
  private AnnualPlan keptPlan(CurrentUser user, long id) {
    AnnualPlan plan = plans.lock(id);
    if (plan == null) {
      throw ApiException.notFound("没有该保障年度计划");
    }
    if (!user.keepsRegistersOf(org.unit(plan.unitCode()).govCode())) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以修改保障年度计划");
    }
    return plan;
  }

  private static String subject(AnnualPlan plan) {
    return "plan:" + plan.unitCode() + ":" + plan.planYear();
  }

  static String amount(BigDecimal value) {
    return Numbers.plain(value);
  }

  private static BigDecimal decimal(
      String text, String label, boolean positive, Map<String, String> errors, String field) {
    try {
      BigDecimal value = new BigDecimal(text.trim());
      if (value.scale() > 2) {
        errors.put(field, label + "最多两位小数（万元）");
      } else if (positive ? value.signum() <= 0 : value.signum() < 0) {
        errors.put(field, label + (positive ? "应大于0万元" : "不能为负数"));
      } else if (value.compareTo(MAX_AMOUNT) > 0) {
        errors.put(field, label + "超出可登记的范围");
      } else {
        return value;
      }
    } catch (NumberFormatException e) {
      errors.put(field, label + "应为数字（万元）");
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
