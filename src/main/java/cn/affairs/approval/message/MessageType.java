package cn.affairs.approval.message;

/** What a message is about; the label is what the portal shows. */
public enum MessageType {
  TASK("待办"),
  RETURNED("退回修改"),
  DECIDED("审批结果"),
  CC("抄送"),
  REMIND("催办"),
  OVERDUE("超期提醒");

  private final String label;

  MessageType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
