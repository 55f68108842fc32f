package cn.affairs.approval.application;

import java.util.List;

/**
 * The fields of a form, in the order the portal shows them, the rules across fields that its JSON
 * Schema states ({@link FormSchema}), and the registers whose figures the form shows beside its
 * fields ({@code context}: names of {@link FormOptionsSource}s, e.g. the unit's office area against
 * its standard), served as {@code x-context}.
 */
public record FormSpec(List<FormField> fields, List<FormRule> rules, List<String> context) {

  public static final FormSpec EMPTY = new FormSpec(List.of(), List.of());

  public FormSpec {
    fields = List.copyOf(fields);
    rules = List.copyOf(rules);
    context = List.copyOf(context);
  }

  public FormSpec(List<FormField> fields, List<FormRule> rules) {
    this(fields, rules, List.of());
  }

  public FormSpec(List<FormField> fields) {
    this(fields, List.of());
  }

  public static FormSpec of(FormField... fields) {
    return new FormSpec(List.of(fields));
  }

  public FormSpec withRules(FormRule... more) {
    return new FormSpec(fields, List.of(more), context);
  }

  /** The form shows the figures of these option sources beside its fields. */
  public FormSpec withContext(String... sources) {
    return new FormSpec(fields, rules, List.of(sources));
  }

  public FormField field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
