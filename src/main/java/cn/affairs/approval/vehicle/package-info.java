/**
 * 公务用车配备更新 ({@code vehicle-purchase}; 办法 第二十二至二十五条, 条例 第二十四条): the family, its checks (quota, caps,
 * made in China, domestic brand, new energy, luxury options, source, renewal age), 集中采购 with the
 * final price checked again (its result in {@code vehicle_procurement}), and the vehicle register.
 */
package cn.affairs.approval.vehicle;
