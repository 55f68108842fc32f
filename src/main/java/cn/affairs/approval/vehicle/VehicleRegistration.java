package cn.affairs.approval.vehicle;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.check.RegisterConflict;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记入册: the purchased car enters the vehicle register (ACTIVE, bought today, at the final price,
 * under the plate 集中采购 recorded), and a replaced car is marked TO_DISPOSE (办法 第二十二条: 配备、
 * 更新、处置全过程管理; 条例 第二十四条). Both writes run in the transaction of the step that reached this task, so
 * either both happen or neither.
 */
@Component("vehicleRegistration")
class VehicleRegistration implements JavaDelegate {

  private final CaseFiles caseFiles;
  private final CentralProcurement procurement;
  private final VehicleMapper register;
  private final OrganisationRegistry org;
  private final PendingVehicles pending;
  private final Clock clock;

  VehicleRegistration(
      CaseFiles caseFiles,
      CentralProcurement procurement,
      VehicleMapper register,
      OrganisationRegistry org,
      PendingVehicles pending,
      Clock clock) {
    this.caseFiles = caseFiles;
    this.procurement = procurement;
    this.register = register;
    this.org = org;
    this.pending = pending;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseFile file = caseFiles.load(execution.getProcessBusinessKey());
    VehicleForm form = file.form(VehicleForm.class);
    ProcurementMapper.Result bought = procurement.latest(file.id());
    String unit = file.unit().code();
    // Another case may have taken the plate or the replaced car since the procurement step was
    // validated: refuse the whole step (409), nothing is written.
    if (register.byPlate(bought.plate()) != null) {
      throw new RegisterConflict("号牌 " + bought.plate() + " 已在公务用车登记簿中，请在集中采购环节更正新车号牌");
    }
    if (form.replacement() && register.markToDispose(form.replacedPlate(), unit, file.id()) != 1) {
      throw new RegisterConflict(
          "被更新车辆 "
              + form.replacedPlate()
              + " 已不是本单位在用车辆（可能已由其他申请更新），"
              + "不能登记本次更新；请退回申请人修改或作不同意处理");
    }
    if (!form.replacement()) {
      // The quota check ran when the case was submitted; other cases of the unit may have
      // registered
      // a car since. Evaluated again here under the unit's row lock, so two racing cases run one
      // after the other and only the cars the quota has room for are registered.
      // New cars approved but never registered count as in use.
      Unit locked = org.lockUnit(unit);
      int active = register.activeIdsForUpdate(unit).size();
      int approved = pending.newCars(unit).size();
      if (active + approved + 1 > locked.vehicleQuota()) {
        throw new RegisterConflict(
            VehicleQuotaCheck.overQuota(active, approved, locked.vehicleQuota())
                + "，不能登记入册（本单位其他申请已先登记）；请作不同意处理或待有车辆处置后再办理");
      }
    }
    register.insert(
        new Vehicle(
            null,
            bought.plate(),
            unit,
            form.category(),
            form.brand(),
            form.model(),
            form.energyType(),
            form.displacement(),
            bought.finalPrice(),
            LocalDate.now(clock),
            0,
            Vehicle.ACTIVE,
            file.id(),
            null));
    register.insertEntry(file.id(), LocalDateTime.now(clock));
  }
}
