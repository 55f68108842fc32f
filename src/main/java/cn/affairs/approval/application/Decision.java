package cn.affairs.approval.application;

/**
 * What a person did at a step; SUBMIT is the applicant's first submission, TRANSFER and after are
 * task actions.
 */
public enum Decision {
  SUBMIT("提交申请"),
  APPROVE("同意"),
  REJECT("不同意"),
  RETURN("退回修改"),
  RESUBMIT("重新提交"),
  WITHDRAW("撤回"),
  /** The engine ended the case's process outside our API (Cockpit); see EngineEndedCases. */
  TERMINATE("流程终止"),
  /** A check sent the case back by itself (e.g. a final price over the cap); by {@link #SYSTEM}. */
  AUTO_RETURN("自动退回"),
  // The task actions (api.md, Task actions): recorded in the timeline, never a decision on the
  // step.
  TRANSFER("转办"),
  REASSIGN("改派"),
  UNCLAIM("放弃认领"),
  DELEGATE("委派"),
  RESOLVE("答复委派"),
  ADD_SIGNER("加签"),
  REMOVE_SIGNER("减签"),
  CC("抄送"),
  REMIND("催办"),
  TAKE_BACK("撤回审批");

  /** The user id of what the engine records by itself. */
  public static final String SYSTEM = "system";

  private final String label;

  Decision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The task actions (转办 ... 撤回审批): recorded at a step without deciding it. */
  public boolean isTaskAction() {
    return compareTo(TRANSFER) >= 0;
  }

  /** Decisions an approver takes; the others are the applicant's. */
  public boolean byApprover() {
    return this == APPROVE || this == REJECT || this == RETURN;
  }
}
