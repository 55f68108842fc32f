package cn.affairs.approval.application;

public enum ApplicationStatus {
  RUNNING("审批中"),
  RETURNED("已退回待修改"),
  APPROVED("已批准"),
  REJECTED("未批准"),
  WITHDRAWN("已撤回"),
  /**
   * The process instance was ended outside our API (cancelled in Cockpit, deleted through the
   * engine): {@link EngineEndedCases} notes it when the engine ends the instance.
   */
  TERMINATED("已终止");

  private final String label;

  ApplicationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == RUNNING || this == RETURNED;
  }
}
