package cn.affairs.approval.org;

import org.apache.ibatis.annotations.AutomapConstructor;

/** A government (省、市、县) with its level; a deactivated one takes no new units. */
public record Government(String code, String name, Level level, boolean active)
    implements java.io.Serializable {

  @AutomapConstructor
  public Government {}

  /** An active government. */
  public Government(String code, String name, Level level) {
    this(code, name, level, true);
  }
}
