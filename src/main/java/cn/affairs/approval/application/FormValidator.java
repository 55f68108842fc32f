package cn.affairs.approval.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a submitted form against its {@link FormSpec}: every wrong field is named at once, in
 * Chinese. Returns the form normalised (known fields only, numbers as numbers, text trimmed).
 */
public final class FormValidator {

  /** The outcome: the clean form, and the field errors (empty when valid). */
  public record Result(ObjectNode form, Map<String, String> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private FormValidator() {}

  public static Result validate(FormSpec spec, JsonNode input) {
    Map<String, String> errors = new LinkedHashMap<>();
    ObjectNode clean = JsonNodeFactory.instance.objectNode();
    if (input != null && !input.isNull() && !input.isObject()) {
      errors.put("form", "表单必须是对象");
      return new Result(clean, errors);
    }
    validateObject(spec, input, "", clean, errors);
    return new Result(clean, errors);
  }

  private static void validateObject(FormSpec spec, JsonNode input, String prefix, ObjectNode clean,
      Map<String, String> errors) {
    for (FormField field : spec.fields()) {
      JsonNode value = input == null ? null : input.get(field.name());
      String path = prefix + field.name();
      if (isBlank(value)) {
        if (field.required()) {
          errors.put(path, field.label() + "为必填项");
        }
        continue;
      }
      String error = validateValue(field, value, path, clean, errors);
      if (error != null) {
        errors.put(path, error);
      }
    }
  }

  private static boolean isBlank(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        || (value.isTextual() && value.asText().isBlank())
        || (value.isArray() && value.isEmpty());
  }

  private static String validateValue(FormField field, JsonNode value, String path, ObjectNode clean,
      Map<String, String> errors) {
    String label = field.label();
    switch (field.type()) {
      case TEXT, TEXTAREA -> {
        if (!value.isTextual()) {
          return label + "必须是文字";
        }
        String text = value.asText().trim();
        if (field.maxLength() != null && text.length() > field.maxLength()) {
          return label + "不能超过" + field.maxLength() + "个字";
        }
        clean.put(field.name(), text);
      }
      case NUMBER, INTEGER -> {
        BigDecimal number = number(value);
        if (number == null) {
          return label + "必须是数字";
        }
        if (field.type() == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
          return label + "必须是整数";
        }
        if (field.min() != null) {
          boolean exclusive = Boolean.TRUE.equals(field.minExclusive());
          int cmp = number.compareTo(field.min());
          if (exclusive ? cmp <= 0 : cmp < 0) {
            return label + (exclusive ? "必须大于" : "不能小于") + field.min().toPlainString() + unit(field);
          }
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
          return label + "不能大于" + field.max().toPlainString() + unit(field);
        }
        if (field.type() == FieldType.INTEGER) {
          clean.put(field.name(), number.intValueExact());
        } else {
          clean.put(field.name(), number);
        }
      }
      case BOOLEAN -> {
        if (value.isBoolean()) {
          clean.put(field.name(), value.booleanValue());
        } else if (value.isTextual() && ("true".equals(value.asText()) || "false".equals(value.asText()))) {
          clean.put(field.name(), Boolean.parseBoolean(value.asText()));
        } else {
          return label + "必须为是或否";
        }
      }
      case DATE -> {
        if (!value.isTextual()) {
          return label + "必须是日期（如 2026-10-12）";
        }
        try {
          clean.put(field.name(), LocalDate.parse(value.asText().trim()).toString());
        } catch (DateTimeParseException e) {
          return label + "必须是日期（如 2026-10-12）";
        }
      }
      case ENUM -> {
        if (!value.isTextual() || !hasOption(field, value.asText())) {
          return label + "的取值无效，可选：" + optionList(field);
        }
        clean.put(field.name(), value.asText());
      }
      case MULTI_ENUM -> {
        if (!value.isArray()) {
          return label + "必须是列表";
        }
        ArrayNode out = clean.putArray(field.name());
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
          if (!item.isTextual() || !hasOption(field, item.asText())) {
            return label + "的取值无效，可选：" + optionList(field);
          }
          if (seen.add(item.asText())) {
            out.add(item.asText());
          }
        }
      }
      case TEXT_LIST -> {
        if (!value.isArray()) {
          return label + "必须是列表";
        }
        ArrayNode out = clean.putArray(field.name());
        Set<String> seen = new HashSet<>();
        for (JsonNode item : value) {
          if (!item.isTextual() || item.asText().isBlank()) {
            return label + "中的每一项都必须是非空文字";
          }
          if (!seen.add(item.asText().trim())) {
            return label + "中有重复项：" + item.asText().trim();
          }
          out.add(item.asText().trim());
        }
      }
      case LIST -> {
        if (!value.isArray()) {
          return label + "必须是列表";
        }
        ArrayNode out = clean.putArray(field.name());
        FormSpec itemSpec = new FormSpec(field.fields());
        int i = 0;
        for (JsonNode item : value) {
          ObjectNode cleanItem = out.addObject();
          if (!item.isObject()) {
            errors.put(path + "[" + i + "]", label + "第" + (i + 1) + "项格式不正确");
          } else {
            validateObject(itemSpec, item, path + "[" + i + "].", cleanItem, errors);
          }
          i++;
        }
      }
      default -> throw new IllegalStateException("unknown field type " + field.type());
    }
    return null;
  }

  private static BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean hasOption(FormField field, String value) {
    return field.options().stream().anyMatch(o -> o.value().equals(value));
  }

  private static String optionList(FormField field) {
    StringBuilder text = new StringBuilder();
    for (FormField.Option o : field.options()) {
      if (!text.isEmpty()) {
        text.append("、");
      }
      text.append(o.label()).append("(").append(o.value()).append(")");
    }
    return text.toString();
  }

  private static String unit(FormField field) {
    return field.unit() == null ? "" : field.unit();
  }
}
