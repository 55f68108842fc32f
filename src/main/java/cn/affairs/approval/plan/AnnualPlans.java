package cn.affairs.approval.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private final ObjectMapper json;
  private final Clock clock;

  AnnualPlans(AnnualPlanMapper plans, ObjectMapper json, Clock clock) {
    this.plans = plans;
    this.json = json;
    this.clock = clock;
  }

  public AnnualPlan find(String unitCode, int year) {
    return plans.find(unitCode, year);
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
   * Locks the plan row until the transaction ends, so that changes to one plan run one after
   * another.
   */
  public AnnualPlan lock(long planId) {
    return plans.lock(planId);
  }

  /**
   * Creates a plan with its items as version 1 (demo data, the bureau's plan register). A plan
   * always has its budget ceiling (预算控制数, 条例 第三十六条): there is no plan without one.
   */
  public AnnualPlan create(String unitCode, int year, BigDecimal ceiling, List<PlanItem> items) {
    if (ceiling == null || ceiling.signum() <= 0) {
      throw new IllegalArgumentException("a plan needs a ceiling above 0, not " + ceiling);
    }
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
    AnnualPlan found = plans.find(unitCode, year);
    if (found == null) {
      // a plan is created by the bureau with its ceiling, never on the fly with none
      throw new IllegalStateException("no plan of " + unitCode + " for " + year);
    }
    AnnualPlan plan = plans.lock(found.id());
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

  /** One item of a correction: an existing item (id) or a new one (id null). */
  public record ItemCorrection(Long id, String category, String description, BigDecimal amount) {}

  /**
   * The bureau's correction of a plan (plan register): the new ceiling and the whole item list;
   * items of the plan that are not in the list are removed. One new version, with no application.
   * The caller has locked the plan and validated the correction.
   */
  public AnnualPlan correct(long planId, BigDecimal ceiling, List<ItemCorrection> items) {
    if (ceiling == null || ceiling.signum() <= 0) {
      throw new IllegalArgumentException("a plan needs a ceiling above 0, not " + ceiling);
    }
    AnnualPlan plan = plans.lock(planId);
    Set<Long> removed = new HashSet<>();
    plans.items(plan.id()).forEach(item -> removed.add(item.id()));
    for (ItemCorrection item : items) {
      if (item.id() == null) {
        plans.insertItem(
            new PlanItem(
                null, plan.id(), item.category(), item.description(), item.amount(), null));
      } else if (removed.remove(item.id())) {
        plans.updateItem(item.id(), item.category(), item.description(), item.amount());
      } else {
        throw new IllegalStateException("plan item " + item.id() + " is not in plan " + planId);
      }
    }
    removed.forEach(plans::deleteItem);
    int version = plan.version() + 1;
    plans.updateCeilingAndVersion(plan.id(), ceiling, version);
    snapshot(plan, version, null);
    return plans.find(plan.unitCode(), plan.planYear());
  }

  /** Whether a case's change is recorded against the item (it may then not be removed). */
  public boolean adjustedByACase(long itemId) {
    return plans.adjustmentsOfItem(itemId) > 0;
  }

  public AnnualPlan byId(long id) {
    return plans.byId(id);
  }

  public List<AnnualPlan> ofUnit(String unitCode, int limit, int offset) {
    return plans.ofUnit(unitCode, limit, offset);
  }

  public long countOfUnit(String unitCode) {
    return plans.countOfUnit(unitCode);
  }

  /**
   * The plan's items read with row locks, after {@link #lock}: what other transactions committed
   * last, even under MySQL's REPEATABLE READ.
   */
  public List<PlanItem> lockedItems(AnnualPlan plan) {
    return plans.itemsForUpdate(plan.id());
  }

  /** Removes every plan, item and version (used to restore the demo registers in tests). */
  public void deleteAll() {
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
}
