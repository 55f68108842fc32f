package cn.affairs.approval.org;

/** The three levels of government the system serves. */
public enum Level {
  PROVINCE("省级"),
  CITY("市级"),
  COUNTY("县级");

  private final String label;

  Level(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
