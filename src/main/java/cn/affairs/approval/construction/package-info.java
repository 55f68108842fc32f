/**
 * 办公用房新建、扩建、改建、购置 ({@code office-space-construction}; 办法 第十八条, 条例 第二十一、二十三条): the family, its form
 * and checks (office-room area, usable-area coefficient, agency land), and the entry of an approved
 * project into the annual plan.
 */
package cn.affairs.approval.construction;
