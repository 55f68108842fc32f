package cn.affairs.approval.lease;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.officespace.OfficeSpace;
import cn.affairs.approval.officespace.OfficeSpaceMapper;
import cn.affairs.approval.org.Role;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Idle office space comes before leasing: the bureau allocates the government's office space
 * centrally (办法 第十七条 统一调配), excess and vacated space is handed to it for allocation (办法 第十九条), and
 * idle space is to be allocated where needed (条例 第二十二条 统筹调剂使用). When the bureau's register holds
 * one idle space at least as large as the requested area, the case gets a WARN naming it, so that
 * the bureau considers 调剂 before the unit leases, borrows or swaps.
 */
@Component("idleSpaceFirstCheck")
@StandardsRule(
    id = "idleSpaceFirst",
    fields = {"mode", "area"},
    name = "优先调剂闲置办公用房",
    basis = "《山西省机关事务管理办法》第十七条、第十九条；《山西省机关运行保障条例（草案）》第二十二条",
    articles = {"办法 第十七条第一款", "办法 第十九条第一款", "办法 第十九条第三款", "条例 第二十二条第二款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class IdleSpaceFirstCheck extends StandardsCheck {

  private final OfficeSpaceMapper register;

  IdleSpaceFirstCheck(OfficeSpaceMapper register) {
    this.register = register;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    LeaseForm form = file.form(LeaseForm.class);
    String mode = form.leaseMode().label();
    List<OfficeSpace> idle = register.idle(file.government().code());
    List<OfficeSpace> fitting =
        idle.stream().filter(s -> s.area().compareTo(form.area()) >= 0).toList();
    var facts =
        facts(
            "requestedArea",
            form.area(),
            "mode",
            form.mode(),
            "government",
            file.government().code(),
            "idleSpaces",
            idle.stream().map(IdleSpaceFirstCheck::describe).toList(),
            "fittingSpaces",
            fitting.stream().map(IdleSpaceFirstCheck::describe).toList());
    if (!fitting.isEmpty()) {
      String names =
          fitting.stream()
              .map(s -> s.building() + " " + plain(s.area()) + "㎡")
              .collect(Collectors.joining("、"));
      return CheckOutcome.warn(
          "本级机关事务管理部门登记有闲置办公用房 "
              + names
              + "，不小于申请"
              + mode
              + "面积 "
              + plain(form.area())
              + "㎡；应先由机关事务管理部门调剂使用闲置办公用房，无法调剂的方可"
              + mode,
          facts);
    }
    if (idle.isEmpty()) {
      return CheckOutcome.pass(file.government().name() + "机关事务管理部门未登记闲置办公用房，无可调剂房屋", facts);
    }
    OfficeSpace largest = idle.get(0);
    return CheckOutcome.pass(
        "本级闲置办公用房最大一处为 "
            + largest.building()
            + " "
            + plain(largest.area())
            + "㎡，小于申请"
            + mode
            + "面积 "
            + plain(form.area())
            + "㎡，无可整体调剂的房屋",
        facts);
  }

  private static Map<String, Object> describe(OfficeSpace space) {
    return facts("building", space.building(), "area", space.area());
  }
}
