package cn.affairs.approval.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a check found: the verdict, a Chinese message that states the numbers compared, the facts it
 * used, and (rarely) a basis that replaces the rule's default, e.g. 办法 第十九条 for a unit already over
 * its standard.
 */
public record CheckOutcome(
    Verdict verdict, String message, Map<String, Object> facts, String basis) {

  public static CheckOutcome pass(String message, Map<String, Object> facts) {
    return new CheckOutcome(Verdict.PASS, message, facts, null);
  }

  public static CheckOutcome warn(String message, Map<String, Object> facts) {
    return new CheckOutcome(Verdict.WARN, message, facts, null);
  }

  public static CheckOutcome fail(String message, Map<String, Object> facts) {
    return new CheckOutcome(Verdict.FAIL, message, facts, null);
  }

  /** The rule does not concern this case (不适用); the message says why. */
  public static CheckOutcome notApplicable(String message, Map<String, Object> facts) {
    return new CheckOutcome(Verdict.NOT_APPLICABLE, message, facts, null);
  }

  public CheckOutcome citing(String otherBasis) {
    return new CheckOutcome(verdict, message, facts, otherBasis);
  }

  /** Ordered facts map: {@code facts("standard", 882, "after", 890)}. */
  public static Map<String, Object> facts(Object... keysAndValues) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      facts.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return facts;
  }
}
