package cn.affairs.approval.org;

/**
 * What a user may do. Roles are data (table {@code user_role}); the Camunda group a role puts its
 * holder in ({@link #group}) follows from the role and the holder's unit or government.
 */
public enum Role {
  UNIT_STAFF("经办人"),
  UNIT_HEAD("单位负责人"),
  BUREAU_REVIEWER("机关事务综合审核"),
  BUREAU_VEHICLE("公务用车管理"),
  BUREAU_ASSET("资产与公物仓管理"),
  BUREAU_DIRECTOR("机关事务局领导"),
  FINANCE("财政部门"),
  DRC("发展改革部门"),
  GOVERNMENT("本级政府"),
  ADMIN("系统管理员");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Unit roles are held per unit; the others per government. */
  public boolean perUnit() {
    return this == UNIT_STAFF || this == UNIT_HEAD;
  }

  /** The roles of the bureau (机关事务管理部门), which keeps its government's registers. */
  public boolean bureau() {
    return this == BUREAU_REVIEWER
        || this == BUREAU_VEHICLE
        || this == BUREAU_ASSET
        || this == BUREAU_DIRECTOR;
  }

  /** Roles that see every application of their government (scope=all). */
  public boolean seesGovernment() {
    return !perUnit();
  }

  /**
   * The Camunda group that carries this role: {@code <unit or government code>.<ROLE>}, for example
   * {@code sx.BUREAU_REVIEWER} or {@code sx-jyt.UNIT_HEAD}. BPMN candidate groups use the same form
   * with the case's codes, so a task reaches the applicant's own government.
   */
  public String group(String scope) {
    return this == ADMIN ? "camunda-admin" : scope + "." + name();
  }

  /** The role of this code, or null when there is none. */
  public static Role ofCode(String code) {
    try {
      return code == null ? null : Role.valueOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static Role ofGroup(String groupId) {
    if ("camunda-admin".equals(groupId)) {
      return ADMIN;
    }
    int dot = groupId.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    try {
      return Role.valueOf(groupId.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
