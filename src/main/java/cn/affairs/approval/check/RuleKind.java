package cn.affairs.approval.check;

/**
 * What a FAIL of a rule means for the approvers. A {@link #PROHIBITION} is a 不得 of the regulations
 * (e.g. 办法 第二十四条: no luxury options): its FAIL blocks approval at every step, whatever the comment.
 * A {@link #FIGURE} is a standard's figure exceeded: only the body the article names (e.g. 本级人民政府,
 * {@link StandardsRule#overridableBy()}) may approve over it, with a reason, and that override is
 * recorded ({@link CheckOverrides}).
 */
public enum RuleKind {
  PROHIBITION("禁止性规定"),
  FIGURE("标准指标");

  private final String label;

  RuleKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
