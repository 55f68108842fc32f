/**
 * 保障年度计划调整 ({@code plan-change}; 条例 第三十三至三十九条, 第四十六条): the family, its checks (ceiling, items), the
 * change applied to the plan as a new version, the emergency 先行调整 with its 备案 timer and 督办, and the
 * reversal of a change that is returned or rejected.
 */
package cn.affairs.approval.planchange;
