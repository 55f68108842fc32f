package cn.affairs.approval.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every standards check the system has, by rule id. */
@Component
public class Checks {

  private final Map<String, StandardsCheck> byRule = new LinkedHashMap<>();

  Checks(List<StandardsCheck> checks) {
    for (StandardsCheck check : checks) {
      StandardsCheck previous = byRule.put(check.rule().id(), check);
      if (previous != null) {
        throw new IllegalStateException("two checks declare rule " + check.rule().id());
      }
    }
  }

  public List<StandardsCheck> all() {
    return List.copyOf(byRule.values());
  }

  /**
   * Of the failed rules, those an approval at {@code taskKey} overrides: all but the rules that are
   * checked again right after that task.
   */
  public List<String> overriddenAt(String taskKey, List<String> failedRules) {
    return failedRules.stream()
        .filter(
            rule -> {
              StandardsCheck check = byRule.get(rule);
              return check == null || !check.rule().recheckedAfter().equals(taskKey);
            })
        .toList();
  }

  /** The declaration of a rule, if the system has it. */
  public java.util.Optional<StandardsRule> rule(String ruleId) {
    return java.util.Optional.ofNullable(byRule.get(ruleId)).map(StandardsCheck::rule);
  }

  public String ruleName(String ruleId) {
    StandardsCheck check = byRule.get(ruleId);
    return check == null ? ruleId : check.rule().name();
  }
}
