package cn.affairs.approval.plan;

import java.math.BigDecimal;

/** 保障年度计划 of one unit and year, with its budget ceiling (万元) and current version. */
public record AnnualPlan(Long id, String unitCode, int planYear, BigDecimal ceiling, int version) {}
