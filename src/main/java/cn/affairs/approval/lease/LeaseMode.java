package cn.affairs.approval.lease;

/** How a unit obtains office space from another party (办法 第十九条第三款). */
public enum LeaseMode {
  /** 租用: paying rent. */
  LEASE("租用"),
  /** 借用: using another's space without rent. */
  BORROW("借用"),
  /** 置换: using another's space in exchange for space or other assets, without rent. */
  SWAP("置换");

  private final String label;

  LeaseMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The ownership the office-space register records. A swap brings the unit the use of the
   * counterparty's space for the term without paying rent, so it is recorded as BORROWED; the
   * register row's source application (and the building suffix 置换) tell it apart from a loan.
   */
  public String registerOwnership() {
    return this == LEASE ? "LEASED" : "BORROWED";
  }
}
