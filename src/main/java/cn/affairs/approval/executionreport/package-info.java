/**
 * 年度计划执行情况报告 (条例 第三十九条): every agency reports the execution of its annual guarantee plan of a year
 * to the bureau by the end of March of the next year; the bureau reports the government's
 * consolidated execution to 本级人民政府 (copied to 财政部门) by the end of June. The reports are recorded
 * with the day they were submitted; a report not submitted by its day, or submitted after it, is
 * flagged for 督办 with the article cited. Owns table {@code plan_execution_report}; the months come
 * from the standards catalogue ({@code executionReport.*}).
 */
package cn.affairs.approval.executionreport;
