package cn.affairs.approval.repair;

import java.math.BigDecimal;
import java.util.List;

/** The form of an office repair application (办公用房维修改造). Areas in ㎡, costs in 万元. */
public record RepairForm(
    String building,
    String repairType,
    List<String> reasons,
    String items,
    BigDecimal affectedArea,
    BigDecimal estimatedCost,
    int buildingCompletedYear,
    Integer lastMajorRepairYear) {

  static final String ROUTINE = "ROUTINE";
  static final String MAJOR = "MAJOR";

  /** The reasons 办法 第二十条第二款 names (设施设备老化、功能不全等), and 安全隐患 with them. */
  static final List<String> SECOND_PARAGRAPH_REASONS = List.of("AGING", "FUNCTION", "SAFETY");

  /** The reasons of the form that 办法 第二十条第二款 names. */
  public List<String> secondParagraphReasons() {
    return reasons == null
        ? List.of()
        : reasons.stream().filter(SECOND_PARAGRAPH_REASONS::contains).toList();
  }

  /**
   * Whether the repair goes to the bureau (评估论证 → 造价审核 → 年度维修计划, 办法 第二十条第二款): a 维修改造, or whatever
   * its label a repair for ageing, function or safety reasons, or one whose cost reaches {@code
   * amount} (the configured amount, 本级规定).
   */
  public boolean needsBureau(BigDecimal amount) {
    return !isRoutine()
        || !secondParagraphReasons().isEmpty()
        || estimatedCost.compareTo(amount) >= 0;
  }

  /** 日常维修 as the applicant labels it (办法 第二十条第一款); the route is {@link #needsBureau}. */
  public boolean isRoutine() {
    return ROUTINE.equals(repairType);
  }
}
