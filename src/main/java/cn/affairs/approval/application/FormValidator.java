package cn.affairs.approval.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a submitted form against its {@link FormSchema} with networknt's JSON Schema validator and
 * names every wrong field at once, in Chinese, with the form's own labels. Before that the input
 * is read as a person typed it: text trimmed, blank fields left out (so that a required one is
 * reported as missing), numbers and yes/no given as text read as such, repeated choices kept once,
 * fields the form does not have dropped. Returns that normalised form.
 */
public final class FormValidator {

  /** The outcome: the clean form, and the field errors (empty when valid). */
  public record Result(ObjectNode form, Map<String, String> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<FormSpec, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private FormValidator() {}

  public static Result validate(FormSpec spec, JsonNode input) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (input != null && !input.isNull() && !input.isObject()) {
      errors.put("form", "表单必须是对象");
      return new Result(NODES.objectNode(), errors);
    }
    ObjectNode clean = normalise(spec, input);
    Schema schema = SCHEMAS.computeIfAbsent(spec, s -> REGISTRY.getSchema(FormSchema.of(s)));
    List<Error> found = schema.validate(clean, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
    for (Error error : found) {
      Located at = locate(spec, error);
      if (at != null && !errors.containsKey(at.path())) {
        errors.put(at.path(), at.path().endsWith("]") ? itemMessage(at) : message(at.field(), error));
      }
    }
    return new Result(clean, errors);
  }

  // ---- reading the input as typed ------------------------------------------------------------

  private static ObjectNode normalise(FormSpec spec, JsonNode input) {
    ObjectNode clean = NODES.objectNode();
    for (FormField field : spec.fields()) {
      JsonNode value = input == null ? null : input.get(field.name());
      JsonNode normal = value == null ? null : normalise(field, value);
      if (normal != null) {
        clean.set(field.name(), normal);
      }
    }
    return clean;
  }

  /** The value as the schema should see it, or null for a blank one. */
  private static JsonNode normalise(FormField field, JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isTextual()) {
      String text = value.asText().trim();
      if (text.isEmpty()) {
        return null;
      }
      return switch (field.type()) {
        case NUMBER, INTEGER -> number(text, value);
        case BOOLEAN -> "true".equals(text) || "false".equals(text) ? NODES.booleanNode(Boolean.parseBoolean(text)) : value;
        default -> NODES.textNode(text);
      };
    }
    if (value.isNumber() && (field.type() == FieldType.NUMBER || field.type() == FieldType.INTEGER)) {
      return number(value.decimalValue());
    }
    if (value.isArray()) {
      if (value.isEmpty()) {
        return null;
      }
      ArrayNode out = NODES.arrayNode();
      Set<String> seen = new LinkedHashSet<>();
      for (JsonNode item : value) {
        switch (field.type()) {
          case MULTI_ENUM -> {
            if (!item.isTextual() || seen.add(item.asText())) {
              out.add(item);
            }
          }
          case TEXT_LIST -> out.add(item.isTextual() ? NODES.textNode(item.asText().trim()) : item);
          case LIST -> out.add(item.isObject() ? normalise(new FormSpec(field.fields()), item) : item);
          default -> out.add(item);
        }
      }
      return out;
    }
    return value;
  }

  private static JsonNode number(String text, JsonNode original) {
    try {
      return number(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return original;
    }
  }

  /** Whole numbers as integers, the others as decimals; far too large ones stay decimals the range refuses. */
  private static JsonNode number(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 18) {
      return NODES.numberNode(stripped.longValueExact());
    }
    return NODES.numberNode(number);
  }

  // ---- naming the errors ----------------------------------------------------------------------

  private record Located(String path, FormField field) {}

  /**
   * The field an error concerns and its path in the form ({@code changes[1].itemId}); an error on
   * an element of a choice or text list concerns the list itself.
   */
  private static Located locate(FormSpec spec, Error error) {
    List<Object> elements = new ArrayList<>();
    NodePath location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      elements.add(location.getElement(i));
    }
    if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
      elements.add(error.getProperty());
    }
    StringBuilder path = new StringBuilder();
    FormSpec current = spec;
    FormField field = null;
    for (Object element : elements) {
      if (element instanceof Integer index) {
        if (field == null || field.type() != FieldType.LIST) {
          break; // an element of a choice or text list: the list is the field
        }
        path.append('[').append(index).append(']');
        current = new FormSpec(field.fields());
        if (elements.indexOf(element) == elements.size() - 1) {
          return new Located(path.toString(), field); // the item itself is not an object
        }
      } else {
        FormField next = current.field(String.valueOf(element));
        if (next == null) {
          return null;
        }
        if (field != null && field.type() == FieldType.LIST) {
          path.append('.');
        }
        path.append(next.name());
        field = next;
      }
    }
    return field == null ? null : new Located(path.toString(), field);
  }

  private static String message(FormField field, Error error) {
    String label = field.label();
    JsonNode value = error.getInstanceNode();
    return switch (error.getKeyword()) {
      case "required", "minItems" -> label + "为必填项";
      case "type" -> typeMessage(field, value);
      case "minimum" -> label + "不能小于" + field.min().toPlainString() + unit(field);
      case "exclusiveMinimum" -> label + "必须大于" + field.min().toPlainString() + unit(field);
      case "maximum" -> label + "不能大于" + (field.max() != null ? field.max() : FormSchema.DEFAULT_MAX).toPlainString()
          + unit(field);
      case "maxLength" -> field.type() == FieldType.TEXT_LIST
          ? label + "中的每一项不能超过" + (field.maxLength() == null ? 64 : field.maxLength()) + "个字"
          : label + "不能超过" + field.maxLength() + "个字";
      case "minLength" -> label + "中的每一项都必须是非空文字";
      case "enum" -> label + "的取值无效，可选：" + optionList(field);
      case "uniqueItems" -> label + "中有重复项：" + duplicate(value);
      case "pattern" -> label + "不能包含控制字符";
      case "format" -> label + "必须是日期（如 2026-10-12）";
      default -> label + "格式不正确";
    };
  }

  /** A list item that is not an object: {@code 变更第2项格式不正确}. */
  private static String itemMessage(Located at) {
    String index = at.path().substring(at.path().lastIndexOf('[') + 1, at.path().length() - 1);
    return at.field().label() + "第" + (Integer.parseInt(index) + 1) + "项格式不正确";
  }

  private static String typeMessage(FormField field, JsonNode value) {
    String label = field.label();
    return switch (field.type()) {
      case TEXT, TEXTAREA -> label + "必须是文字";
      case NUMBER -> label + "必须是数字";
      case INTEGER -> value != null && value.isNumber() ? label + "必须是整数" : label + "必须是数字";
      case BOOLEAN -> label + "必须为是或否";
      case DATE -> label + "必须是日期（如 2026-10-12）";
      case ENUM -> label + "的取值无效，可选：" + optionList(field);
      case MULTI_ENUM -> value != null && value.isArray() ? label + "的取值无效，可选：" + optionList(field)
          : label + "必须是列表";
      case TEXT_LIST -> value != null && value.isArray() ? label + "中的每一项都必须是非空文字" : label + "必须是列表";
      case LIST -> value != null && value.isArray() ? label + "必须是列表" : label + "格式不正确";
    };
  }

  private static String duplicate(JsonNode list) {
    Set<String> seen = new LinkedHashSet<>();
    if (list != null) {
      for (JsonNode item : list) {
        if (!seen.add(item.asText())) {
          return item.asText();
        }
      }
    }
    return "";
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
