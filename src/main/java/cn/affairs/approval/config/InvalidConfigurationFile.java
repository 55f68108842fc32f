package cn.affairs.approval.config;

import java.util.List;

/** A configuration file with wrong values: every one is named by its key, and the start stops. */
public class InvalidConfigurationFile extends IllegalStateException {

  private final transient List<String> problems;

  InvalidConfigurationFile(String title, String file, List<String> problems) {
    super(title + " " + file + " 有误，系统不能启动：" + String.join("；", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each wrong key with what is wrong with it. */
  public List<String> problems() {
    return problems;
  }
}
