package cn.affairs.approval.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Annual guarantee plans (条例 第三十三至三十九条). Every change writes a new version that keeps the whole
 * item list, so each earlier version can be shown as it was.
 */
@Service
public class AnnualPlans {

  /** A change to one plan: an existing item's new amount, or a new item (itemId null). */
  public record Change(Long itemId, String category, String description, BigDecimal newAmount) {}

  private final AnnualPlanMapper plans;
  private final PlanItemUseMapper uses;
  private final ObjectMapper json;
  private final Clock clock;

  AnnualPlans(AnnualPlanMapper plans, PlanItemUseMapper uses, ObjectMapper json, Clock clock) {
    this.plans = plans;
    this.uses = uses;
    this.json = json;
    this.clock = clock;
  }

  public AnnualPlan find(String unitCode, int year) {
    return plans.find(unitCode, year);
  }

  public PlanItem item(long id) {
    return plans.item(id);
  }

  public List<PlanItem> items(AnnualPlan plan) {
    return plans.items(plan.id());
  }

  public BigDecimal total(AnnualPlan plan) {
    return total(plans.items(plan.id()));
  }

  public static BigDecimal total(List<PlanItem> items) {
    return items.stream().map(PlanItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Creates the plan of a year when there is none yet (the ceiling then is 0 until finance sets
   * it), as version 1.
   */
  public AnnualPlan findOrCreate(String unitCode, int year) {
    AnnualPlan plan = plans.find(unitCode, year);
    if (plan != null) {
      return plan;
    }
    plans.insert(new AnnualPlan(null, unitCode, year, BigDecimal.ZERO, 1));
    plan = plans.find(unitCode, year);
    snapshot(plan, 1, null);
    return plan;
  }

  /**
   * Locks the plan row until the transaction ends, so that changes to one plan run one after
   * another.
   */
  public AnnualPlan lock(long planId) {
    return plans.lock(planId);
  }

  /** Creates a plan with its items as version 1 (demo data, a new year's plan). */
  public AnnualPlan create(String unitCode, int year, BigDecimal ceiling, List<PlanItem> items) {
    plans.insert(new AnnualPlan(null, unitCode, year, ceiling, 1));
    AnnualPlan plan = plans.find(unitCode, year);
    for (PlanItem item : items) {
      plans.insertItem(
          new PlanItem(
              null,
              plan.id(),
              item.category(),
              item.description(),
              item.amount(),
              item.sourceApplication()));
    }
    snapshot(plan, 1, null);
    return plans.find(unitCode, year);
  }

  /**
   * Applies changes to a plan as one new version, recorded against the application that made them.
   */
  public AnnualPlan apply(String unitCode, int year, List<Change> changes, String applicationId) {
    AnnualPlan plan = plans.lock(findOrCreate(unitCode, year).id());
    for (Change change : changes) {
      if (change.itemId() != null) {
        PlanItem item = plans.item(change.itemId());
        if (item == null || !item.planId().equals(plan.id())) {
          throw new IllegalStateException(
              "plan item " + change.itemId() + " is not in plan " + plan.id());
        }
        plans.updateItemAmount(item.id(), change.newAmount());
      } else {
        plans.insertItem(
            new PlanItem(
                null,
                plan.id(),
                change.category(),
                change.description(),
                change.newAmount(),
                applicationId));
      }
    }
    int version = plan.version() + 1;
    plans.updateVersion(plan.id(), version);
    snapshot(plan, version, applicationId);
    return plans.find(unitCode, year);
  }

  /** Removes every plan, item and version (used to restore the demo registers in tests). */
  public void deleteAll() {
    uses.deleteAll();
    plans.deleteAllVersions();
    plans.deleteAllItems();
    plans.deleteAllPlans();
  }

  public List<PlanVersion> versions(AnnualPlan plan) {
    return plans.versions(plan.id());
  }

  private void snapshot(AnnualPlan plan, int version, String applicationId) {
    List<PlanItem> items = plans.items(plan.id());
    try {
      plans.insertVersion(
          plan.id(),
          version,
          total(items),
          json.writeValueAsString(items),
          applicationId,
          LocalDateTime.now(clock));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- 计划执行: spending cases linked to the items they use (条例 第三十七条) ---------------------------

  /** What approved spending cases used of an item (万元). */
  public BigDecimal usedOf(PlanItem item) {
    return uses.usedOfItem(item.id());
  }

  /** What approved spending cases used of a plan, all items together (万元). */
  public BigDecimal usedOf(AnnualPlan plan) {
    return uses.usedOfPlan(plan.id());
  }

  /** The plan item an approved spending case uses; null when it uses none (yet). */
  public PlanItemUse useOf(String applicationId) {
    return uses.ofApplication(applicationId);
  }

  public List<PlanItemUse> uses(AnnualPlan plan) {
    return uses.ofPlan(plan.id());
  }

  /**
   * Links an approved spending case to the plan item it uses. The caller holds the plan's lock
   * ({@link #lock}) and has checked the amount against the item and the ceiling.
   */
  public PlanItemUse recordUse(PlanItem item, String applicationId, BigDecimal amount) {
    uses.insert(
        new PlanItemUse(
            null, applicationId, item.planId(), item.id(), amount, LocalDateTime.now(clock)));
    return uses.ofApplication(applicationId);
  }
}
