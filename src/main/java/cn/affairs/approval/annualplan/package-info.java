/**
 * 机关运行保障年度计划编制 ({@code annual-plan}; 条例 第三十三至三十六条, 办法 第十二条): the unit files its needs for the next
 * year by category (需求提报, 第三十五条), each line with the 实物定额 or 服务标准 it rests on; the unit head
 * approves; the bureau reviews and consolidates them against the standards (汇总审核, 第三十六条: the
 * vehicle quota, the office-room area standard, the office-equipment quantity caps); 财政部门 sets the
 * budget ceiling (预算控制数, 第三十六条第二款); 本级人民政府 approves (办法 第十二条); the approved needs become the unit's
 * plan of that year through {@code plan.AnnualPlans} (table {@code annual_plan_ceiling} keeps the
 * ceiling finance set until then).
 */
package cn.affairs.approval.annualplan;
