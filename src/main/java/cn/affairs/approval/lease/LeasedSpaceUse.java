package cn.affairs.approval.lease;

/**
 * What the unit declares it will use the leased, borrowed or swapped space for (办法 第十九条第二款: 不得出租、
 * 出借办公用房或者改变办公用房使用功能). Only {@link #OFFICE} is allowed; the others are declared honestly and
 * refused by {@link LeasedSpaceUseCheck}.
 */
public enum LeasedSpaceUse {
  /** 本单位办公自用. */
  OFFICE("本单位办公自用"),
  /** 转租: letting the space, or part of it, to another party. */
  SUBLET("转租他人"),
  /** 出借: letting another party use the space, or part of it, without rent. */
  LEND("出借他人"),
  /** 改变使用功能: e.g. business premises, housing, storage for others. */
  OTHER("改作其他用途");

  private final String label;

  LeasedSpaceUse(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
