package cn.affairs.approval.application;

import java.util.List;

/**
 * The fields of a form, in the order the portal shows them, and the rules across fields that its
 * JSON Schema states ({@link FormSchema}).
 */
public record FormSpec(List<FormField> fields, List<FormRule> rules) {

  public static final FormSpec EMPTY = new FormSpec(List.of(), List.of());

  public FormSpec {
    fields = List.copyOf(fields);
    rules = List.copyOf(rules);
  }

  public FormSpec(List<FormField> fields) {
    this(fields, List.of());
  }

  public static FormSpec of(FormField... fields) {
    return new FormSpec(List.of(fields));
  }

  public FormSpec withRules(FormRule... more) {
    return new FormSpec(fields, List.of(more));
  }

  public FormField field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
