/**
 * 闲置资产调剂与公物仓 ({@code asset-transfer}; 办法 第十四、十五条, 条例 第十五、二十二、二十六条): the family, its checks, and the
 * asset register and the 公物仓 (tables {@code asset}, {@code asset_movement}, reservations; what 资产审核
 * allocated and who received the assets at 交接 in {@code asset_allocation} and {@code
 * asset_handover}), with the read-only register views of a unit and a government.
 */
package cn.affairs.approval.asset;
