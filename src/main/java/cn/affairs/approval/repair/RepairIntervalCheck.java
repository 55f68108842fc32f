package cn.affairs.approval.repair;

import static cn.affairs.approval.check.CheckOutcome.facts;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A 维修改造 (办法 第二十条第二款) so soon after the building was completed, or after its last major repair,
 * that the interval is below the minimum the bureau sets (本级规定 localPolicy.repairMinIntervalYears)
 * needs the bureau's 评估论证 to look at why: WARN. The last major repair is the later of the year the
 * applicant states and the last accepted major repair of the same building in the repair register.
 * Routine upkeep (第一款) has no interval.
 */
@Component("repairIntervalCheck")
@StandardsRule(
    id = "repairInterval",
    fields = {"repairType", "building", "buildingCompletedYear", "lastMajorRepairYear"},
    name = "维修改造间隔年限",
    basis = "本级规定（可配置）：办公用房维修改造最短间隔年限；《山西省机关事务管理办法》第二十条第二款",
    articles = {"办法 第二十条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.BUREAU_REVIEWER)
class RepairIntervalCheck extends StandardsCheck {

  private final StandardsCatalogue catalogue;
  private final RepairProjectMapper register;
  private final Clock clock;

  RepairIntervalCheck(StandardsCatalogue catalogue, RepairProjectMapper register, Clock clock) {
    this.catalogue = catalogue;
    this.register = register;
    this.clock = clock;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    RepairForm form = file.form(RepairForm.class);
    int minimum = catalogue.value("localPolicy.repairMinIntervalYears").intValueExact();
    if (!form.needsBureau(catalogue.value(RepairScopeCheck.BUREAU_AMOUNT))) {
      return CheckOutcome.notApplicable(
          "日常维修属本单位日常维护，不受维修改造最短间隔" + minimum + "年的限制",
          facts("repairType", form.repairType(), "minimumYears", minimum));
    }
    int currentYear = LocalDate.now(clock).getYear();
    RepairProject registered = register.lastAcceptedMajor(file.unit().code(), form.building());
    Integer registeredYear = registered == null ? null : registered.completedOn().getYear();

    int referenceYear = form.buildingCompletedYear();
    String since = "建成";
    if (form.lastMajorRepairYear() != null && form.lastMajorRepairYear() > referenceYear) {
      referenceYear = form.lastMajorRepairYear();
      since = "上次维修改造";
    }
    if (registeredYear != null && registeredYear > referenceYear) {
      referenceYear = registeredYear;
      since =
          "维修台账记载的上次维修改造"
              + (registered.sourceApplication() == null
                  ? ""
                  : "（" + registered.sourceApplication() + "）");
    }
    int interval = currentYear - referenceYear;
    var facts =
        facts(
            "buildingCompletedYear",
            form.buildingCompletedYear(),
            "lastMajorRepairYear",
            form.lastMajorRepairYear(),
            "registeredLastMajorRepairYear",
            registeredYear,
            "referenceYear",
            referenceYear,
            "currentYear",
            currentYear,
            "intervalYears",
            interval,
            "minimumYears",
            minimum);
    String text = "距" + since + "（" + referenceYear + "年）" + interval + "年";
    if (interval < minimum) {
      return CheckOutcome.warn(text + "，不足本级规定的维修改造最短间隔" + minimum + "年，评估论证须说明提前维修改造的理由", facts);
    }
    return CheckOutcome.pass(text + "，达到本级规定的维修改造最短间隔" + minimum + "年", facts);
  }
}
