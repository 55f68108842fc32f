package cn.affairs.approval.asset;

/** What a transfer does with the assets. */
public enum TransferType {
  /** 移交公物仓: the unit hands idle assets over to its government's warehouse (办法 第十五条). */
  TO_WAREHOUSE("移交公物仓"),
  /** 调剂领用: the unit takes assets from the warehouse instead of buying them (条例 第二十六条). */
  FROM_WAREHOUSE("调剂领用"),
  /** 处置: the assets leave the register (条例 第十五条). */
  DISPOSAL("处置");

  private final String label;

  TransferType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
