package cn.affairs.approval.check;

/** PASS within the standard; WARN allowed, but the approver must see why; FAIL against the standard. */
public enum Verdict {
  PASS,
  WARN,
  FAIL
}
