package cn.affairs.approval.construction;

import java.math.BigDecimal;

/** The form of an office-space construction application (办公用房新建、扩建、改建、购置). */
public record ConstructionForm(
    String projectType,
    String projectName,
    String location,
    BigDecimal addedOfficeRoomArea,
    BigDecimal addedBasicOfficeArea,
    BigDecimal addedBuildingArea,
    BigDecimal estimatedCost,
    String fundingSource,
    String necessity,
    boolean usesAgencyLand,
    Boolean highRise) {

  public boolean isHighRise() {
    return Boolean.TRUE.equals(highRise);
  }
}
