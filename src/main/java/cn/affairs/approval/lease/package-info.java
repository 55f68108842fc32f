/**
 * 办公用房租用、借用、置换 ({@code office-space-lease}; 办法 第十九条第三款, 条例 第二十二条): the family, its checks (idle
 * space first, office area with the leased space counted), and the register entry of the approved
 * space.
 */
package cn.affairs.approval.lease;
