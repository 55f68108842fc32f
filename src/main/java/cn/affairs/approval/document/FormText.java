package cn.affairs.approval.document;

import cn.affairs.approval.application.FormField;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A form value as a reader of the 审批单 reads it: option labels, 是/否, units. */
final class FormText {

  private FormText() {}

  static String of(FormField field, JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    String unit = field.unit() == null ? "" : " " + field.unit();
    return switch (field.type()) {
      case BOOLEAN -> value.asBoolean() ? "是" : "否";
      case ENUM -> label(field, value.asText());
      case MULTI_ENUM, TEXT_LIST -> {
        List<String> parts = new ArrayList<>();
        value.forEach(
            v ->
                parts.add(
                    field.type() == cn.affairs.approval.application.FieldType.MULTI_ENUM
                        ? label(field, v.asText())
                        : v.asText()));
        yield String.join("、", parts);
      }
      case LIST -> list(field, value);
      default -> value.asText() + unit;
    };
  }

  private static String label(FormField field, String value) {
    if (field.options() != null) {
      for (FormField.Option o : field.options()) {
        if (o.value().equals(value)) {
          return o.label();
        }
      }
    }
    return value;
  }

  private static String list(FormField field, JsonNode value) {
    List<String> rows = new ArrayList<>();
    for (JsonNode item : value) {
      List<String> cells = new ArrayList<>();
      if (field.fields() != null && item.isObject()) {
        for (FormField sub : field.fields()) {
          JsonNode v = item.get(sub.name());
          if (v != null && !v.isNull()) {
            cells.add(sub.label() + " " + of(sub, v));
          }
        }
      } else {
        cells.add(item.asText());
      }
      rows.add(String.join("，", cells));
    }
    return String.join("；", rows);
  }
}
