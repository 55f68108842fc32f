package cn.affairs.approval.org;

/** 编制定员: how many posts of one rank a unit has. */
public record StaffingEntry(String rankName, int headcount) {}
