/**
 * 办公用房维修改造 ({@code office-repair}, business keys WX-yyyy-nnnn; 办法 第二十条).
 *
 * <p>Checks, in this order, on submission and on every resubmission: {@link RepairScopeCheck}
 * (which paragraph of 第二十条 applies), {@link RepairIntervalCheck} (本级规定 minimum years since
 * completion or the last major repair), {@link RepairCostPerAreaCheck} (本级规定 cap in 万元/㎡), and the
 * shared {@code tenderingThresholdCheck} (400 万元 works).
 *
 * <p>ROUTINE (日常维修, 第一款): 单位负责人审核 → 记录日常维修 (register row RECORDED) → APPROVED.
 *
 * <p>MAJOR (维修改造, 第二款): 单位负责人审核 → 机关事务管理部门评估论证 → 造价审核 → 纳入年度维修计划 (plan item OFFICE_REPAIR =
 * estimated cost in the plan of the year of approval; register row PLANNED) → 本级政府批准 when the cost
 * reaches localPolicy.governmentApprovalCost → 实施 (the applicant reports completedOn and
 * actualCost; due on the last working day of the plan year) → 登记竣工情况 (COMPLETED) → 验收 by the bureau
 * → 登记验收 (ACCEPTED) → APPROVED.
 *
 * <p>Decisions after the plan entry, where domain.md is silent:
 *
 * <ul>
 *   <li>本级政府 REJECT: the plan item is set to 0 in a new plan version, the row is CANCELLED, the
 *       case ends REJECTED. RETURN goes to 修改申请 as everywhere.
 *   <li>实施 APPROVE means "completion reported"; REJECT means the unit abandons the works: the plan
 *       item is released and the case ends WITHDRAWN (EndEvent_Abandoned, the applicant's own
 *       decision); RETURN sends the case to 修改申请 (the application itself must change) and a
 *       resubmission goes through every approval again.
 *   <li>验收 RETURN sends the works back to 实施 for rework (整改), not to 修改申请; the unit reports
 *       completion again. 验收 REJECT ends the case REJECTED with the row NOT_ACCEPTED; the plan item
 *       stays, since the money was spent.
 *   <li>A withdrawal from 修改申请 releases a plan item the case holds (a no-op before the plan entry).
 *       Works already reported complete are never released: they become NOT_ACCEPTED.
 *   <li>A resubmitted case keeps one register row and one plan item (its amount follows the new
 *       estimate); revised to ROUTINE, its plan item is released.
 *   <li>The route follows 办法 第二十条, not the label: a repair labelled ROUTINE whose reasons are
 *       设施设备老化、功能不全 or 安全隐患, or whose cost reaches the configured amount
 *       (localPolicy.governmentApprovalCost), takes the bureau's path (评估论证 → 造价审核 → 年度维修计划) like a
 *       MAJOR one; the scope check WARNs why. Only upkeep (日常损耗) below the amount stays the unit's
 *       own.
 * </ul>
 */
package cn.affairs.approval.repair;
