package cn.affairs.approval.report;

import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;

/** 年度计划执行情况 as a workbook: a summary sheet (汇总) by unit, then one sheet per unit by category. */
@Component
class PlanExecutionWorkbook {

  static final String[] SUMMARY_HEADERS = {
    "单位", "年度预算上限（万元）", "计划数（万元）", "申请批准数（万元）", "执行数（万元）", "执行率（%）", "剩余额度（万元）"
  };

  static final String[] UNIT_HEADERS = {
    "计划类别",
    "计划数（万元）",
    "申请批准数（万元）",
    "执行数（万元）",
    "执行率（%）",
    "批准申请（件）",
    "投入使用面积（㎡）",
    "调剂资产（件）",
    "调剂资产原值（万元）"
  };

  byte[] write(PlanExecutionReport.Result report) {
    Workbook book = new Workbook();
    Sheet summary = book.sheet("汇总", SUMMARY_HEADERS);
    book.wideFirstColumn(summary, 24);
    for (PlanExecutionReport.UnitReport u : report.units()) {
      book.row(
          summary,
          u.name(),
          u.ceiling(),
          u.planned(),
          u.approved(),
          u.executed(),
          u.executionRate(),
          u.remaining());
    }
    PlanExecutionReport.Summary s = report.summary();
    book.totalRow(
        summary,
        "合计",
        s.ceiling(),
        s.planned(),
        s.approved(),
        s.executed(),
        s.executionRate(),
        s.remaining());
    // the government's figures by category, under the units
    summary.createRow(summary.getLastRowNum() + 2);
    book.totalRow(
        summary, "按计划类别", "计划数（万元）", "申请批准数（万元）", "执行数（万元）", "执行率（%）", "投入使用面积（㎡）", "调剂资产（件）");
    for (PlanExecutionReport.Line l : s.categories()) {
      book.row(
          summary,
          l.categoryName(),
          l.planned(),
          l.approved(),
          l.executed(),
          l.executionRate(),
          l.areaTakenIntoUse(),
          l.assetsMoved());
    }
    book.row(summary);
    book.row(
        summary,
        "依据：" + report.basis() + "；" + report.year() + " 年度，" + report.government().name());

    for (PlanExecutionReport.UnitReport u : report.units()) {
      Sheet sheet = book.sheet(u.name(), UNIT_HEADERS);
      book.wideFirstColumn(sheet, 20);
      for (PlanExecutionReport.Line l : u.categories()) {
        book.row(
            sheet,
            l.categoryName(),
            l.planned(),
            l.approved(),
            l.executed(),
            l.executionRate(),
            l.approvedCases(),
            l.areaTakenIntoUse(),
            l.assetsMoved(),
            l.assetsMovedValue());
      }
      book.totalRow(sheet, "合计", u.planned(), u.approved(), u.executed(), u.executionRate());
      book.row(sheet);
      book.row(sheet, "年度预算上限（万元）", u.ceiling());
      book.row(sheet, "剩余额度（万元）", u.remaining());
    }
    return book.bytes();
  }
}
