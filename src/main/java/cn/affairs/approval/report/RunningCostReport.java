package cn.affairs.approval.report;

import cn.affairs.approval.application.FormJson;
import cn.affairs.approval.officespace.OfficeAreaStandard;
import cn.affairs.approval.org.StaffingEntry;
import cn.affairs.approval.standards.StandardsCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 机关运行成本统计 (条例 第十七条) per unit and year, from the registers and the cases:
 *
 * <ul>
 *   <li>office space: the office-room area in use (owned, and leased or borrowed space not ended)
 *       on the last day of the year (today for the current year), per person of the staffing,
 *       against the standard of 《党政机关办公用房建设标准》;
 *   <li>vehicles in use against the unit's quota (编制, 办法 第二十二条) and the price of the cars bought in
 *       the year;
 *   <li>repair spending: the actual cost of the repairs completed in the year, and the estimated
 *       cost of the routine repairs approved in it (a routine repair reports no actual cost);
 *   <li>leased office space (租用, 办法 第十九条): the leases in force in the year, their area and the rent
 *       that falls in the year, pro rata by day of the term (approval day to end day, inclusive);
 *   <li>assets: those held now, those bought in the year, those received from the warehouse (调剂) in
 *       the year, at original value;
 *   <li>the plan totals of the year: ceiling, planned, what is left.
 * </ul>
 *
 * Vehicles and assets held are as the registers stand today: the registers keep no history.
 */
@Service
class RunningCostReport {

  static final String BASIS = "山西省机关运行保障条例（草案） 第十七条";
  static final String VEHICLE_QUOTA_BASIS = "《山西省机关事务管理办法》第二十二条（公务用车编制管理）";

  record OfficeSpace(
      BigDecimal areaInUse,
      BigDecimal standardArea,
      BigDecimal perPersonInUse,
      BigDecimal perPersonStandard,
      boolean overStandard,
      BigDecimal excess,
      LocalDate asOf,
      String basis) {}

  record Vehicles(
      long inUse,
      int quota,
      long toDispose,
      boolean overQuota,
      long boughtInYear,
      BigDecimal purchaseSpending,
      String basis) {}

  record Repairs(
      long majorCompleted,
      BigDecimal majorActualCost,
      long routineApproved,
      BigDecimal routineEstimatedCost,
      BigDecimal spending) {}

  record Assets(
      long held,
      BigDecimal heldValue,
      long boughtInYear,
      BigDecimal purchaseSpending,
      long receivedFromWarehouse,
      BigDecimal receivedValue,
      long handedToWarehouse,
      long disposed) {}

  record Leases(long inForce, BigDecimal area, BigDecimal annualRent, BigDecimal rentInYear) {}

  record Plan(boolean exists, BigDecimal ceiling, BigDecimal planned, BigDecimal remaining) {}

  record UnitCost(
      String code,
      String name,
      int headcount,
      OfficeSpace officeSpace,
      Vehicles vehicles,
      Repairs repairs,
      Leases leases,
      Assets assets,
      Plan plan) {}

  record Summary(
      int units,
      int headcount,
      BigDecimal areaInUse,
      BigDecimal standardArea,
      BigDecimal perPersonInUse,
      BigDecimal perPersonStandard,
      long vehiclesInUse,
      long vehicleQuota,
      BigDecimal vehiclePurchaseSpending,
      BigDecimal repairSpending,
      BigDecimal leaseRent,
      BigDecimal assetPurchaseSpending,
      BigDecimal ceiling,
      BigDecimal planned,
      BigDecimal remaining) {}

  record Result(
      int year,
      Named government,
      String unit,
      String basis,
      List<UnitCost> units,
      Summary summary) {}

  private final ReportMapper reports;
  private final FormJson forms;
  private final OfficeAreaStandard standard;
  private final StandardsCatalogue catalogue;
  private final Clock clock;

  RunningCostReport(
      ReportMapper reports,
      FormJson forms,
      OfficeAreaStandard standard,
      StandardsCatalogue catalogue,
      Clock clock) {
    this.reports = reports;
    this.forms = forms;
    this.standard = standard;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** One read-only transaction: every figure from the same moment. */
  @Transactional(readOnly = true)
  Result of(ReportScope scope, int year) {
    String gov = scope.govCode();
    String unit = scope.unitCode();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = today.isBefore(to) ? today : to.minusDays(1);

    Map<String, BigDecimal> area = values(reports.occupiedArea(gov, unit, asOf));
    Map<String, Map<String, ReportMapper.KindCount>> vehicles =
        byUnit(reports.vehiclesByStatus(gov, unit));
    Map<String, ReportMapper.KindCount> bought = first(reports.vehiclesBought(gov, unit, from, to));
    Map<String, Map<String, ReportMapper.KindCount>> repairs =
        byUnit(reports.repairsCompleted(gov, unit, from, to));
    Map<String, ReportMapper.KindCount> routine =
        first(reports.routineRepairs(gov, unit, from.atStartOfDay(), to.atStartOfDay()));
    Map<String, ReportMapper.KindCount> held = first(reports.assetsHeld(gov, unit));
    Map<String, ReportMapper.KindCount> assetsBought =
        first(reports.assetsBought(gov, unit, from, to));
    LocalDateTime start = from.atStartOfDay();
    Map<String, Map<String, ReportMapper.KindCount>> moved =
        byUnit(reports.assetsMoved(gov, unit, start, to.atStartOfDay()));
    Map<String, Leases> leases =
        leases(reports.leasesInForce(gov, unit, from, to.atStartOfDay()), from, to);
    Map<String, ReportMapper.PlanRow> plans = new HashMap<>();
    reports.plans(gov, unit, year).forEach(p -> plans.put(p.unitCode(), p));
    Map<String, BigDecimal> planned = new HashMap<>();
    reports
        .planned(gov, unit, year)
        .forEach(p -> planned.merge(p.unitCode(), p.amount(), BigDecimal::add));
    String spaceBasis = catalogue.source("officeRoomArea");
    Map<String, List<StaffingEntry>> staffing = new HashMap<>();
    reports
        .staffing(gov, unit)
        .forEach(
            r ->
                staffing
                    .computeIfAbsent(r.unitCode(), k -> new ArrayList<>())
                    .add(new StaffingEntry(r.rankName(), r.headcount())));

    List<UnitCost> units = new ArrayList<>();
    for (ReportMapper.UnitRow u : reports.units(gov, unit)) {
      BigDecimal inUse = area.getOrDefault(u.code(), BigDecimal.ZERO);
      BigDecimal std =
          standard
              .of(u.code(), scope.government().level(), staffing.getOrDefault(u.code(), List.of()))
              .area();
      OfficeSpace space =
          new OfficeSpace(
              inUse,
              std,
              perPerson(inUse, u.headcount()),
              perPerson(std, u.headcount()),
              inUse.compareTo(std) > 0,
              inUse.subtract(std).max(BigDecimal.ZERO),
              asOf,
              spaceBasis);

      Map<String, ReportMapper.KindCount> v = vehicles.getOrDefault(u.code(), Map.of());
      long active = count(v.get("ACTIVE"));
      ReportMapper.KindCount b = bought.get(u.code());
      Vehicles cars =
          new Vehicles(
              active,
              u.vehicleQuota(),
              count(v.get("TO_DISPOSE")),
              active > u.vehicleQuota(),
              count(b),
              value(b),
              VEHICLE_QUOTA_BASIS);

      Map<String, ReportMapper.KindCount> r = repairs.getOrDefault(u.code(), Map.of());
      ReportMapper.KindCount major = r.get("MAJOR");
      ReportMapper.KindCount small = routine.get(u.code());
      Repairs repair =
          new Repairs(
              count(major),
              value(major),
              count(small),
              value(small),
              value(major).add(value(small)));

      Map<String, ReportMapper.KindCount> m = moved.getOrDefault(u.code(), Map.of());
      ReportMapper.KindCount h = held.get(u.code());
      ReportMapper.KindCount ab = assetsBought.get(u.code());
      ReportMapper.KindCount received = m.get("FROM_WAREHOUSE");
      Assets assets =
          new Assets(
              count(h),
              value(h),
              count(ab),
              value(ab),
              count(received),
              value(received),
              count(m.get("TO_WAREHOUSE")),
              count(m.get("DISPOSAL")));

      ReportMapper.PlanRow p = plans.get(u.code());
      BigDecimal plannedTotal = planned.getOrDefault(u.code(), BigDecimal.ZERO);
      BigDecimal ceiling = p == null ? BigDecimal.ZERO : p.ceiling();
      units.add(
          new UnitCost(
              u.code(),
              u.name(),
              u.headcount(),
              space,
              cars,
              repair,
              leases.getOrDefault(u.code(), NO_LEASES),
              assets,
              new Plan(p != null, ceiling, plannedTotal, ceiling.subtract(plannedTotal))));
    }
    Named government = new Named(scope.government().code(), scope.government().name());
    return new Result(year, government, unit, BASIS, units, summary(units));
  }

  private static Summary summary(List<UnitCost> units) {
    int headcount = units.stream().mapToInt(UnitCost::headcount).sum();
    BigDecimal area = sum(units, u -> u.officeSpace().areaInUse());
    BigDecimal std = sum(units, u -> u.officeSpace().standardArea());
    return new Summary(
        units.size(),
        headcount,
        area,
        std,
        perPerson(area, headcount),
        perPerson(std, headcount),
        units.stream().mapToLong(u -> u.vehicles().inUse()).sum(),
        units.stream().mapToLong(u -> u.vehicles().quota()).sum(),
        sum(units, u -> u.vehicles().purchaseSpending()),
        sum(units, u -> u.repairs().spending()),
        sum(units, u -> u.leases().rentInYear()),
        sum(units, u -> u.assets().purchaseSpending()),
        sum(units, u -> u.plan().ceiling()),
        sum(units, u -> u.plan().planned()),
        sum(units, u -> u.plan().remaining()));
  }

  private static final Leases NO_LEASES =
      new Leases(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

  /**
   * The leases of each unit in force in [from, to): the rent of the year is the annual rent times
   * the days of the term in the year over the days of the year, in 万元 to two decimals.
   */
  private Map<String, Leases> leases(
      List<ReportMapper.LeaseInForce> rows, LocalDate from, LocalDate to) {
    BigDecimal daysOfYear = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
    Map<String, Leases> byUnit = new HashMap<>();
    for (ReportMapper.LeaseInForce lease : rows) {
      JsonNode rent = forms.read(lease.formJson()).path("annualRent");
      BigDecimal annual = rent.isNumber() ? rent.decimalValue() : BigDecimal.ZERO;
      BigDecimal area = forms.read(lease.formJson()).path("area").decimalValue();
      LocalDate start = lease.decidedAt().toLocalDate();
      LocalDate first = start.isAfter(from) ? start : from;
      LocalDate end = lease.endDate() == null ? to : lease.endDate().plusDays(1);
      LocalDate last = end.isBefore(to) ? end : to;
      long days = Math.max(0, ChronoUnit.DAYS.between(first, last));
      BigDecimal inYear =
          annual.multiply(BigDecimal.valueOf(days)).divide(daysOfYear, 2, RoundingMode.HALF_UP);
      byUnit.merge(
          lease.unitCode(),
          new Leases(1, area, annual, inYear),
          (a, b) ->
              new Leases(
                  a.inForce() + b.inForce(),
                  a.area().add(b.area()),
                  a.annualRent().add(b.annualRent()),
                  a.rentInYear().add(b.rentInYear())));
    }
    return byUnit;
  }

  /** ㎡ per person, two decimals; null for a unit without staffing. */
  static BigDecimal perPerson(BigDecimal area, int headcount) {
    return headcount == 0
        ? null
        : area.divide(BigDecimal.valueOf(headcount), 2, RoundingMode.HALF_UP);
  }

  private static BigDecimal sum(List<UnitCost> units, Function<UnitCost, BigDecimal> figure) {
    return units.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static long count(ReportMapper.KindCount c) {
    return c == null ? 0 : c.count();
  }

  private static BigDecimal value(ReportMapper.KindCount c) {
    return c == null || c.value() == null ? BigDecimal.ZERO : c.value();
  }

  private static Map<String, BigDecimal> values(List<ReportMapper.UnitValue> rows) {
    Map<String, BigDecimal> values = new HashMap<>();
    rows.forEach(r -> values.put(r.unitCode(), r.value()));
    return values;
  }

  private static Map<String, ReportMapper.KindCount> first(List<ReportMapper.KindCount> rows) {
    Map<String, ReportMapper.KindCount> values = new HashMap<>();
    rows.forEach(r -> values.put(r.unitCode(), r));
    return values;
  }

  private static Map<String, Map<String, ReportMapper.KindCount>> byUnit(
      List<ReportMapper.KindCount> rows) {
    Map<String, Map<String, ReportMapper.KindCount>> values = new HashMap<>();
    rows.forEach(r -> values.computeIfAbsent(r.unitCode(), k -> new HashMap<>()).put(r.kind(), r));
    return values;
  }
}
