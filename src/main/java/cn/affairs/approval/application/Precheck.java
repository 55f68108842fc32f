package cn.affairs.approval.application;

import cn.affairs.approval.check.Verdict;
import java.util.List;
import java.util.Map;

/**
 * 预审: what a submission of the form as it stands would meet. {@code errors} are the field errors
 * the submission would refuse (field → message); {@code checks} the verdicts of the standards
 * checks that can be judged on what is filled in; {@code pending} the checks that wait for fields
 * still missing or wrong. {@code valid} is true when the form would be accepted as it is.
 */
public record Precheck(
    String processKey,
    boolean valid,
    Map<String, String> errors,
    List<CheckVerdict> checks,
    List<Pending> pending) {

  /** One verdict, as a submission would record it, with the form fields it concerns. */
  public record CheckVerdict(
      String rule,
      String ruleName,
      Verdict verdict,
      String message,
      String basis,
      Map<String, Object> facts,
      List<String> fields) {}

  /** A check not judged yet, and the fields it waits for. */
  public record Pending(String rule, String ruleName, List<String> fields) {}
}
