package cn.affairs.approval.application;

import cn.affairs.approval.check.Numbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A form's values as a reader reads them: the form's labels, option names, 是/否, units, register
 * rows by name ({@code valueLabels}: field name → value → name), lists item by item. Fields the
 * form does not describe are left out, so that no field key reaches a page.
 */
public final class FormTexts {

  /** One field: its label and its value in words. */
  public record Labelled(String label, String value) {}

  private FormTexts() {}

  public static List<Labelled> of(
      List<FormField> fields, JsonNode form, Map<String, Map<String, String>> valueLabels) {
    List<Labelled> result = new ArrayList<>();
    if (form == null || !form.isObject()) {
      return result;
    }
    for (FormField field : fields) {
      JsonNode value = form.get(field.name());
      if (present(value)) {
        result.add(new Labelled(field.label(), text(field, value, valueLabels)));
      }
    }
    return result;
  }

  /** A value in words. */
  public static String text(
      FormField field, JsonNode value, Map<String, Map<String, String>> valueLabels) {
    Map<String, String> names = valueLabels.getOrDefault(field.name(), Map.of());
    String unit = field.unit() == null ? "" : " " + field.unit();
    return switch (field.type()) {
      case BOOLEAN -> value.asBoolean() ? "是" : "否";
      case ENUM -> field.optionLabel(value.asText());
      case MULTI_ENUM, TEXT_LIST -> {
        List<String> parts = new ArrayList<>();
        value.forEach(
            v ->
                parts.add(
                    field.type() == FieldType.MULTI_ENUM
                        ? field.optionLabel(v.asText())
                        : names.getOrDefault(v.asText(), v.asText())));
        yield String.join("、", parts);
      }
      case LIST -> list(field, value, valueLabels);
      case NUMBER, INTEGER ->
          names.containsKey(value.asText())
              ? names.get(value.asText())
              : (value.isNumber() ? Numbers.plain(value.decimalValue()) : value.asText()) + unit;
      default -> names.getOrDefault(value.asText(), value.asText()) + unit;
    };
  }

  private static String list(
      FormField field, JsonNode value, Map<String, Map<String, String>> valueLabels) {
    List<String> rows = new ArrayList<>();
    int n = 0;
    for (JsonNode item : value) {
      n++;
      List<String> cells = new ArrayList<>();
      for (FormField sub : field.fields()) {
        JsonNode v = item.get(sub.name());
        if (present(v)) {
          cells.add(sub.label() + " " + text(sub, v, valueLabels));
        }
      }
      rows.add("第 " + n + " 项：" + String.join("，", cells));
    }
    return String.join("\n", rows);
  }

  private static boolean present(JsonNode value) {
    return value != null
        && !value.isNull()
        && !(value.isTextual() && value.asText().isEmpty())
        && !(value.isArray() && value.isEmpty());
  }
}
