package cn.affairs.approval.repair;

import java.math.BigDecimal;
import java.util.List;

/** The form of an office repair application (办公用房维修改造). Areas in ㎡, costs in 万元. */
public record RepairForm(String building, String repairType, List<String> reasons, String items,
    BigDecimal affectedArea, BigDecimal estimatedCost, int buildingCompletedYear, Integer lastMajorRepairYear) {

  static final String ROUTINE = "ROUTINE";
  static final String MAJOR = "MAJOR";

  /** 日常维修: the unit's own duty of 办法 第二十条第一款. */
  public boolean isRoutine() {
    return ROUTINE.equals(repairType);
  }
}
