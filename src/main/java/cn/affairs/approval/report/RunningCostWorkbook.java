package cn.affairs.approval.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

/**
 * 机关运行成本统计 as a workbook: a summary sheet (汇总) by unit, then one sheet per unit, one figure a row.
 */
@Component
class RunningCostWorkbook {

  static final String[] SUMMARY_HEADERS = {
    "单位",
    "编制定员（人）",
    "办公用房使用面积（㎡）",
    "核定面积（㎡）",
    "人均使用面积（㎡/人）",
    "人均核定面积（㎡/人）",
    "在用公务用车（辆）",
    "车辆编制（辆）",
    "购车支出（万元）",
    "维修支出（万元）",
    "租金支出（万元）",
    "资产购置（万元）",
    "年度预算上限（万元）",
    "计划总额（万元）",
    "剩余额度（万元）"
  };

  static final String[] UNIT_HEADERS = {"指标", "数值", "标准或上限", "依据"};

  byte[] write(RunningCostReport.Result report) {
    Workbook book = new Workbook();
    Sheet summary = book.sheet("汇总", SUMMARY_HEADERS);
    book.wideFirstColumn(summary, 24);
    for (RunningCostReport.UnitCost u : report.units()) {
      book.row(
          summary,
          u.name(),
          u.headcount(),
          u.officeSpace().areaInUse(),
          u.officeSpace().standardArea(),
          u.officeSpace().perPersonInUse(),
          u.officeSpace().perPersonStandard(),
          u.vehicles().inUse(),
          u.vehicles().quota(),
          u.vehicles().purchaseSpending(),
          u.repairs().spending(),
          u.leases().rentInYear(),
          u.assets().purchaseSpending(),
          u.plan().ceiling(),
          u.plan().planned(),
          u.plan().remaining());
    }
    RunningCostReport.Summary s = report.summary();
    book.totalRow(
        summary,
        "合计",
        s.headcount(),
        s.areaInUse(),
        s.standardArea(),
        s.perPersonInUse(),
        s.perPersonStandard(),
        s.vehiclesInUse(),
        s.vehicleQuota(),
        s.vehiclePurchaseSpending(),
        s.repairSpending(),
        s.leaseRent(),
        s.assetPurchaseSpending(),
        s.ceiling(),
        s.planned(),
        s.remaining());
    book.row(summary);
    book.row(
        summary,
        "依据：" + report.basis() + "；" + report.year() + " 年度，" + report.government().name());

    for (RunningCostReport.UnitCost u : report.units()) {
      Sheet sheet = book.sheet(u.name(), UNIT_HEADERS);
      book.wideFirstColumn(sheet, 30);
      sheet.setColumnWidth(3, 70 * 256);
      RunningCostReport.OfficeSpace space = u.officeSpace();
      book.row(sheet, "编制定员（人）", u.headcount());
      book.row(sheet, "办公用房使用面积（㎡）", space.areaInUse(), space.standardArea(), space.basis());
      book.row(
          sheet,
          "人均办公用房使用面积（㎡/人）",
          space.perPersonInUse(),
          space.perPersonStandard(),
          space.basis());
      book.row(sheet, "超标面积（㎡）", space.excess());
      book.row(
          sheet, "在用公务用车（辆）", u.vehicles().inUse(), u.vehicles().quota(), u.vehicles().basis());
      book.row(sheet, "待处置公务用车（辆）", u.vehicles().toDispose());
      book.row(sheet, "本年购置公务用车（辆）", u.vehicles().boughtInYear());
      book.row(sheet, "购车支出（万元）", u.vehicles().purchaseSpending());
      book.row(sheet, "维修改造竣工（项）", u.repairs().majorCompleted());
      book.row(sheet, "维修改造实际支出（万元）", u.repairs().majorActualCost());
      book.row(sheet, "日常维修（项）", u.repairs().routineApproved());
      book.row(sheet, "日常维修估算支出（万元）", u.repairs().routineEstimatedCost());
      book.row(sheet, "维修支出合计（万元）", u.repairs().spending());
      book.row(sheet, "租用办公用房（处）", u.leases().inForce());
      book.row(sheet, "租用办公用房面积（㎡）", u.leases().area());
      book.row(sheet, "年租金（万元）", u.leases().annualRent());
      book.row(sheet, "本年租金支出（万元）", u.leases().rentInYear());
      book.row(sheet, "在用及闲置资产（件）", u.assets().held());
      book.row(sheet, "在用及闲置资产原值（万元）", u.assets().heldValue());
      book.row(sheet, "本年购置资产（件）", u.assets().boughtInYear());
      book.row(sheet, "本年购置资产原值（万元）", u.assets().purchaseSpending());
      book.row(sheet, "公物仓调剂领用（件）", u.assets().receivedFromWarehouse());
      book.row(sheet, "公物仓调剂领用原值（万元）", u.assets().receivedValue());
      book.row(sheet, "移交公物仓（件）", u.assets().handedToWarehouse());
      book.row(sheet, "处置资产（件）", u.assets().disposed());
      book.row(
          sheet, "计划总额（万元）", u.plan().planned(), u.plan().ceiling(), PlanExecutionReport.BASIS);
      book.row(sheet, "剩余额度（万元）", u.plan().remaining());
    }
    return book.bytes();
  }
}
