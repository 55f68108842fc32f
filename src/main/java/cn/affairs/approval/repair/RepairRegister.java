package cn.affairs.approval.repair;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.plan.AnnualPlan;
import cn.affairs.approval.plan.AnnualPlans;
import cn.affairs.approval.plan.PlanItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The repair register and the repair items of the annual plans, changed by the steps of
 * office-repair.bpmn. One register row per application: a resubmitted case updates its row and its
 * plan item instead of adding new ones.
 */
@Service
public class RepairRegister {

  /** Category of a major repair's item in the annual plan. */
  public static final String PLAN_CATEGORY = "OFFICE_REPAIR";

  private final RepairProjectMapper projects;
  private final AnnualPlans plans;
  private final Clock clock;

  RepairRegister(RepairProjectMapper projects, AnnualPlans plans, Clock clock) {
    this.projects = projects;
    this.plans = plans;
    this.clock = clock;
  }

  public RepairProject ofApplication(String applicationId) {
    return projects.ofApplication(applicationId);
  }

  /**
   * 记录日常维修: the unit head approved a routine repair (办法 第二十条第一款). Should the case have been a major
   * repair in the plan before it was revised to ROUTINE, its plan item is released.
   */
  void recordRoutine(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    RepairProject existing = projects.ofApplication(file.id());
    if (existing != null && RepairProject.PLANNED.equals(existing.status())) {
      releasePlanItem(existing);
    }
    save(
        existing,
        new RepairProject(
            existing == null ? null : existing.id(),
            file.unit().govCode(),
            file.unit().code(),
            form.building(),
            RepairForm.ROUTINE,
            form.affectedArea(),
            form.estimatedCost(),
            null,
            RepairProject.RECORDED,
            null,
            null,
            null,
            file.id(),
            now()));
  }

  /**
   * 纳入年度维修计划: the estimated cost becomes an item of the unit's annual plan of the year of approval
   * (办法 第十二条、第二十条; 条例 第三十三、三十四条). A resubmitted case changes the amount of its item; an item left
   * in an earlier year's plan is released and a new one entered.
   */
  RepairProject enterPlan(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    String unit = file.unit().code();
    int year = LocalDate.now(clock).getYear();
    RepairProject existing = projects.ofApplication(file.id());
    PlanItem item =
        existing == null || existing.planYear() == null
            ? null
            : planItem(unit, existing.planYear(), file.id());
    if (item != null && existing.planYear() == year) {
      plans.apply(
          unit,
          year,
          List.of(new AnnualPlans.Change(item.id(), null, null, form.estimatedCost())),
          file.id());
    } else {
      if (item != null) {
        plans.apply(
            unit,
            existing.planYear(),
            List.of(new AnnualPlans.Change(item.id(), null, null, BigDecimal.ZERO)),
            file.id());
      }
      plans.apply(
          unit,
          year,
          List.of(
              new AnnualPlans.Change(
                  null,
                  PLAN_CATEGORY,
                  "办公用房维修改造：" + form.building() + "（" + file.id() + "）",
                  form.estimatedCost())),
          file.id());
    }
    return save(
        existing,
        new RepairProject(
            existing == null ? null : existing.id(),
            file.unit().govCode(),
            unit,
            form.building(),
            RepairForm.MAJOR,
            form.affectedArea(),
            form.estimatedCost(),
            year,
            RepairProject.PLANNED,
            null,
            null,
            null,
            file.id(),
            now()));
  }

  /**
   * 撤出年度维修计划: a planned repair that will not be carried out (本级政府 did not approve it, the applicant
   * withdrew it, the unit abandoned it) gives its plan amount back: the item is set to 0 in a new
   * plan version. Works already reported complete keep their plan amount (the money was spent) and
   * are recorded as not accepted. Nothing happens for a case that never entered the plan.
   */
  void release(String applicationId) {
    RepairProject project = projects.ofApplication(applicationId);
    if (project == null) {
      return;
    }
    if (RepairProject.PLANNED.equals(project.status())) {
      releasePlanItem(project);
      update(project, RepairProject.CANCELLED, project.completedOn(), project.actualCost(), null);
    } else if (RepairProject.COMPLETED.equals(project.status())) {
      update(
          project, RepairProject.NOT_ACCEPTED, project.completedOn(), project.actualCost(), null);
    }
  }

  /** 登记竣工情况: the unit reported the works complete (实施). */
  void recordCompletion(String applicationId, LocalDate completedOn, BigDecimal actualCost) {
    update(required(applicationId), RepairProject.COMPLETED, completedOn, actualCost, null);
  }

  /** 登记验收: the bureau accepted the works. */
  void accept(String applicationId) {
    RepairProject project = required(applicationId);
    update(
        project,
        RepairProject.ACCEPTED,
        project.completedOn(),
        project.actualCost(),
        LocalDate.now(clock));
  }

  /** 登记验收不合格: the bureau refused to accept the works. */
  void refuseAcceptance(String applicationId) {
    RepairProject project = required(applicationId);
    update(project, RepairProject.NOT_ACCEPTED, project.completedOn(), project.actualCost(), null);
  }

  /** The plan item a case entered in the plan of {@code year}, or null. */
  PlanItem planItem(String unitCode, int year, String applicationId) {
    AnnualPlan plan = plans.find(unitCode, year);
    if (plan == null) {
      return null;
    }
    return plans.items(plan).stream()
        .filter(
            i -> applicationId.equals(i.sourceApplication()) && PLAN_CATEGORY.equals(i.category()))
        .reduce((first, second) -> second)
        .orElse(null);
  }

  private void releasePlanItem(RepairProject project) {
    if (project.planYear() == null) {
      return;
    }
    PlanItem item = planItem(project.unitCode(), project.planYear(), project.sourceApplication());
    if (item != null && item.amount().signum() != 0) {
      plans.apply(
          project.unitCode(),
          project.planYear(),
          List.of(new AnnualPlans.Change(item.id(), null, null, BigDecimal.ZERO)),
          project.sourceApplication());
    }
  }

  private RepairProject required(String applicationId) {
    RepairProject project = projects.ofApplication(applicationId);
    if (project == null) {
      throw new IllegalStateException("repair of " + applicationId + " is not in the register");
    }
    return project;
  }

  private void update(
      RepairProject p,
      String status,
      LocalDate completedOn,
      BigDecimal actualCost,
      LocalDate acceptedOn) {
    projects.update(
        new RepairProject(
            p.id(),
            p.govCode(),
            p.unitCode(),
            p.building(),
            p.repairType(),
            p.affectedArea(),
            p.estimatedCost(),
            p.planYear(),
            status,
            completedOn,
            actualCost,
            acceptedOn,
            p.sourceApplication(),
            now()));
  }

  private RepairProject save(RepairProject existing, RepairProject row) {
    if (existing == null) {
      projects.insert(row);
    } else {
      projects.update(row);
    }
    return projects.ofApplication(row.sourceApplication());
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
