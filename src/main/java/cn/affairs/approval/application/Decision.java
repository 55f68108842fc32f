package cn.affairs.approval.application;

/** What a person did at a step; SUBMIT is the applicant's first submission. */
public enum Decision {
  SUBMIT("提交申请"),
  APPROVE("同意"),
  REJECT("不同意"),
  RETURN("退回修改"),
  RESUBMIT("重新提交"),
  WITHDRAW("撤回");

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Decisions an approver takes; the others are the applicant's. */
  public boolean byApprover() {
    return this == APPROVE || this == REJECT || this == RETURN;
  }
}
