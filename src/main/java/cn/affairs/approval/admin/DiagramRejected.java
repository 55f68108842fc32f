package cn.affairs.approval.admin;

import java.util.List;

/** A diagram with problems: nothing was deployed; the admin sees every problem at once. */
class DiagramRejected extends RuntimeException {

  private final transient List<DiagramValidator.Finding> problems;
  private final transient List<DiagramValidator.Finding> warnings;

  DiagramRejected(
      List<DiagramValidator.Finding> problems, List<DiagramValidator.Finding> warnings) {
    super("流程图有 " + problems.size() + " 处问题，未部署");
    this.problems = problems;
    this.warnings = warnings;
  }

  List<DiagramValidator.Finding> problems() {
    return problems;
  }

  List<DiagramValidator.Finding> warnings() {
    return warnings;
  }
}
