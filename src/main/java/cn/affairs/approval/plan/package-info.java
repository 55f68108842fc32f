/**
 * 保障年度计划: annual plans, their items and every version (tables {@code annual_plan}, {@code
 * plan_item}, {@code plan_version}); every change goes through {@link AnnualPlans}.
 */
package cn.affairs.approval.plan;
