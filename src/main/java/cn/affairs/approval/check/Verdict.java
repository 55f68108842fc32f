package cn.affairs.approval.check;

/**
 * PASS within the standard; WARN allowed, but the approver must see why; FAIL against the standard;
 * NOT_APPLICABLE the rule does not concern this case (不适用: recorded, so the approver sees it was
 * considered, but never counted as a pass).
 */
public enum Verdict {
  PASS("符合"),
  WARN("提示"),
  FAIL("不符合"),
  NOT_APPLICABLE("不适用");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The Chinese word users read. */
  public String label() {
    return label;
  }
}
