package cn.affairs.approval.application;

import java.util.List;

/**
 * A rule across two fields of a form that a JSON Schema can state ({@code if}/{@code then}): when
 * field {@code when} has one of {@code values}, field {@code field} must be given (or must not be),
 * else {@code message} is reported on {@code field}. Rules that need the registers or today's date
 * stay in {@link ProcessFamily#crossValidate}.
 */
public record FormRule(
    String when, List<Object> values, String field, boolean required, String message) {

  public FormRule {
    values = List.copyOf(values);
  }

  /** Starts a rule: {@code FormRule.when("mode", "LEASE").requires("annualRent", "…")}. */
  public static Condition when(String field, Object... values) {
    return new Condition(field, List.of(values));
  }

  /** The first half of a rule. */
  public record Condition(String field, List<Object> values) {

    public FormRule requires(String other, String message) {
      return new FormRule(field, values, other, true, message);
    }

    public FormRule forbids(String other, String message) {
      return new FormRule(field, values, other, false, message);
    }
  }
}
