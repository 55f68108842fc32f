package cn.affairs.approval.application;

import java.util.List;

/** The fields of a form, in the order the portal shows them. */
public record FormSpec(List<FormField> fields) {

  public static final FormSpec EMPTY = new FormSpec(List.of());

  public static FormSpec of(FormField... fields) {
    return new FormSpec(List.of(fields));
  }

  public FormField field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
  }
}
