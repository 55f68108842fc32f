package cn.affairs.approval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 年度计划执行情况 (条例 第三十三、三十九条): per unit and category of the annual guarantee plan,
 *
 * <ul>
 *   <li>planned: what the plan of the year holds now (万元);
 *   <li>approved by applications: the items approved office-space-construction cases entered, what
 *       approved plan-change cases added or took (still in force), the estimated cost of the
 *       approved major repairs of the year's repair plan, the price applied for in the vehicle
 *       purchases approved in the year (万元);
 *   <li>executed: the actual cost the units reported for those repairs, the final price of the
 *       vehicles registered (万元); and, not in money, the office space taken into use (㎡) by the
 *       cases approved in the year — leased, borrowed or swapped (办公用房配置维修), and the office-room
 *       area of new builds, expansions and purchases registered at 登记办公用房 (办公用房建设) — and the assets
 *       the transfers of the year moved (件);
 *   <li>the rate of execution: executed ÷ planned, in per cent (none when nothing is planned).
 * </ul>
 *
 * Office-space construction records no final cost, so no money is executed for it yet: its
 * execution is the area it brought into use.
 */
@Service
class PlanExecutionReport {

  static final String BASIS = "山西省机关运行保障条例（草案） 第三十三、三十九条";

  private static final String CONSTRUCTION = "office-space-construction";

  /** One category of one unit (or of the summary). */
  record Line(
      String category,
      String categoryName,
      BigDecimal planned,
      BigDecimal approved,
      BigDecimal executed,
      BigDecimal executionRate,
      long approvedCases,
      BigDecimal areaTakenIntoUse,
      long assetsMoved,
      BigDecimal assetsMovedValue) {}

  record UnitReport(
      String code,
      String name,
      boolean hasPlan,
      Integer planVersion,
      BigDecimal ceiling,
      BigDecimal planned,
      BigDecimal approved,
      BigDecimal executed,
      BigDecimal executionRate,
      BigDecimal remaining,
      List<Line> categories) {}

  record Summary(
      int units,
      BigDecimal ceiling,
      BigDecimal planned,
      BigDecimal approved,
      BigDecimal executed,
      BigDecimal executionRate,
      BigDecimal remaining,
      List<Line> categories) {}

  record Result(
      int year,
      Named government,
      String unit,
      String basis,
      List<UnitReport> units,
      Summary summary) {}

  private final ReportMapper reports;
  private final ObjectMapper json;

  PlanExecutionReport(ReportMapper reports, ObjectMapper json) {
    this.reports = reports;
    this.json = json;
  }

  @Transactional(readOnly = true)
  Result of(ReportScope scope, int year) {
    String gov = scope.govCode();
    String unit = scope.unitCode();
    LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
    LocalDateTime to = from.plusYears(1);

    Map<String, Map<String, Acc>> byUnit = new LinkedHashMap<>();
    Function<String, Map<String, Acc>> of =
        u ->
            byUnit.computeIfAbsent(
                u,
                k ->
                    new TreeMap<>(
                        Comparator.comparingInt(PlanCategories::order)
                            .thenComparing(Function.identity())));

    for (ReportMapper.CategoryAmount a : reports.planned(gov, unit, year)) {
      acc(of, a.unitCode(), a.category()).planned = a.amount();
    }
    for (ReportMapper.CategoryAmount a : reports.approvedConstruction(gov, unit, year)) {
      Acc acc = acc(of, a.unitCode(), a.category());
      acc.approved = acc.approved.add(a.amount());
      acc.cases += a.count();
    }
    for (ReportMapper.CategoryAmount a : reports.approvedPlanChanges(gov, unit, year)) {
      Acc acc = acc(of, a.unitCode(), a.category());
      acc.approved = acc.approved.add(a.amount());
      acc.cases += a.count();
    }
    for (ReportMapper.UnitFigures r : reports.majorRepairs(gov, unit, year)) {
      Acc acc = acc(of, r.unitCode(), PlanCategories.REPAIR);
      acc.approved = acc.approved.add(r.approved());
      acc.executed = acc.executed.add(r.executed());
      acc.cases += r.count();
    }
    for (ReportMapper.VehicleCase v : reports.approvedVehicles(gov, unit, from, to)) {
      Acc acc = acc(of, v.unitCode(), PlanCategories.VEHICLES);
      acc.approved = acc.approved.add(priceAppliedFor(v));
      if (v.finalPrice() != null) {
        acc.executed = acc.executed.add(v.finalPrice());
      }
      acc.cases++;
    }
    for (ReportMapper.KindCount s : reports.spaceTakenIntoUse(gov, unit, from, to)) {
      String category =
          CONSTRUCTION.equals(s.kind()) ? PlanCategories.CONSTRUCTION : PlanCategories.OFFICE_SPACE;
      Acc acc = acc(of, s.unitCode(), category);
      acc.area = acc.area.add(s.value());
    }
    for (ReportMapper.KindCount m : reports.assetsMoved(gov, unit, from, to)) {
      Acc acc = acc(of, m.unitCode(), PlanCategories.ASSETS);
      acc.assets += m.count();
      acc.assetsValue = acc.assetsValue.add(m.value());
    }

    Map<String, ReportMapper.PlanRow> plans = new LinkedHashMap<>();
    reports.plans(gov, unit, year).forEach(p -> plans.put(p.unitCode(), p));
    List<UnitReport> units = new ArrayList<>();
    Map<String, Acc> total =
        new TreeMap<>(
            Comparator.comparingInt(PlanCategories::order).thenComparing(Function.identity()));
    BigDecimal ceilings = BigDecimal.ZERO;
    for (ReportMapper.UnitRow u : reports.units(gov, unit)) {
      Map<String, Acc> lines = byUnit.getOrDefault(u.code(), Map.of());
      ReportMapper.PlanRow plan = plans.get(u.code());
      BigDecimal ceiling = plan == null ? BigDecimal.ZERO : plan.ceiling();
      ceilings = ceilings.add(ceiling);
      lines.forEach((category, acc) -> total.computeIfAbsent(category, Acc::new).add(acc));
      Acc sum = sum(lines.values());
      units.add(
          new UnitReport(
              u.code(),
              u.name(),
              plan != null,
              plan == null ? null : plan.version(),
              ceiling,
              sum.planned,
              sum.approved,
              sum.executed,
              rate(sum.executed, sum.planned),
              ceiling.subtract(sum.planned),
              lines.values().stream().map(Acc::line).toList()));
    }
    Acc all = sum(total.values());
    Summary summary =
        new Summary(
            units.size(),
            ceilings,
            all.planned,
            all.approved,
            all.executed,
            rate(all.executed, all.planned),
            ceilings.subtract(all.planned),
            total.values().stream().map(Acc::line).toList());
    Named government = new Named(scope.government().code(), scope.government().name());
    return new Result(year, government, unit, BASIS, units, summary);
  }

  /** Executed ÷ planned in per cent, one decimal; null when nothing is planned. */
  static BigDecimal rate(BigDecimal executed, BigDecimal planned) {
    if (planned == null || planned.signum() == 0) {
      return null;
    }
    return executed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
  }

  private BigDecimal priceAppliedFor(ReportMapper.VehicleCase v) {
    try {
      JsonNode form = json.readTree(v.formJson());
      return form.path("price").isNumber() ? form.get("price").decimalValue() : BigDecimal.ZERO;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("form of " + v.applicationId() + " is not JSON", e);
    }
  }

  private static Acc acc(Function<String, Map<String, Acc>> of, String unit, String category) {
    return of.apply(unit).computeIfAbsent(category, Acc::new);
  }

  private static Acc sum(Iterable<Acc> lines) {
    Acc sum = new Acc(null);
    lines.forEach(sum::add);
    return sum;
  }

  /** The figures of one category while they are being added up. */
  private static final class Acc {
    final String category;
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal approved = BigDecimal.ZERO;
    BigDecimal executed = BigDecimal.ZERO;
    BigDecimal area = BigDecimal.ZERO;
    BigDecimal assetsValue = BigDecimal.ZERO;
    long cases;
    long assets;

    Acc(String category) {
      this.category = category;
    }

    void add(Acc other) {
      planned = planned.add(other.planned);
      approved = approved.add(other.approved);
      executed = executed.add(other.executed);
      area = area.add(other.area);
      assetsValue = assetsValue.add(other.assetsValue);
      cases += other.cases;
      assets += other.assets;
    }

    Line line() {
      return new Line(
          category,
          PlanCategories.name(category),
          planned,
          approved,
          executed,
          rate(executed, planned),
          cases,
          area,
          assets,
          assetsValue);
    }
  }
}
