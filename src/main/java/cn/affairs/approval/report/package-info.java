/**
 * 报告: the bureau's year seen from the data the approval processes produce — the plan view of a unit
 * (条例 第三十三条), plan execution (条例 第三十九条), running-cost statistics (条例 第十七条), approval statistics and
 * the dashboard's figures. Owns no table: it reads our tables through its own read-only {@link
 * ReportMapper} and Camunda's history and runtime tables, and the registers' figures through their
 * packages' services ({@code AnnualPlans}, {@code OfficeAreaStandard}). Workbooks are written with
 * Apache POI.
 */
package cn.affairs.approval.report;
