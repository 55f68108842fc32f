package cn.affairs.approval.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
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
 * names every wrong field at once, in Chinese, with the form's own labels. Before that the input is
 * read as a person typed it: text trimmed, blank fields left out (so that a required one is
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
  private static final Map<FormSpec, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private FormValidator() {}

  public static Result validate(FormSpec spec, JsonNode input) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (input != null && !input.isNull() && !input.isObject()) {
      errors.put("form", "表单必须是对象");
      return new Result(NODES.objectNode(), errors);
    }
    ObjectNode clean = normalise(spec, input);
    Schema schema = SCHEMAS.computeIfAbsent(spec, s -> FormSchema.compile(FormSchema.of(s)));
    List<Error> found = FormSchema.validate(schema, clean);
    List<FormRule> broken = new ArrayList<>();
    for (Error error : found) {
      FormRule rule = rule(spec, error);
      if (rule != null) {
        broken.add(rule);
        continue;
      }
      Located at = locate(spec, error);
      if (at != null && !errors.containsKey(at.path())) {
        errors.put(
            at.path(), at.path().endsWith("]") ? itemMessage(at) : message(at.field(), error));
      }
    }
    // a field that is wrong in itself is reported as such; a rule across fields comes after
    broken.forEach(rule -> errors.putIfAbsent(rule.field(), rule.message()));
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
        case BOOLEAN ->
            "true".equals(text) || "false".equals(text)
                ? NODES.booleanNode(Boolean.parseBoolean(text))
                : value;
        default -> NODES.textNode(text);
      };
    }
    if (value.isNumber()
        && (field.type() == FieldType.NUMBER || field.type() == FieldType.INTEGER)) {
      if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
        // 1e999999999 read as a double is infinite: the range refuses it as it stands
        return value;
      }
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
          case LIST ->
              out.add(item.isObject() ? normalise(new FormSpec(field.fields()), item) : item);
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

  /**
   * Whole numbers as integers, the others as decimals; far too large ones stay decimals the range
   * refuses.
   */
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
    JsonNode value = error.getInstanceNode();
    Map<String, String> messages = FormMessages.of(field);
    return switch (error.getKeyword()) {
      case "minItems" -> messages.get("required");
      case "type" -> typeMessage(field, value, messages);
      case "uniqueItems" -> messages.get("uniqueItems") + duplicate(value);
      default -> messages.getOrDefault(error.getKeyword(), field.label() + "格式不正确");
    };
  }

  /** A list item that is not an object: {@code 变更第2项格式不正确}. */
  private static String itemMessage(Located at) {
    String index = at.path().substring(at.path().lastIndexOf('[') + 1, at.path().length() - 1);
    return FormMessages.of(at.field())
        .get("item")
        .replace("{n}", String.valueOf(Integer.parseInt(index) + 1));
  }

  /** The form's rule an error comes from: the schema states rule i as {@code allOf[i]}. */
  private static FormRule rule(FormSpec spec, Error error) {
    NodePath path = error.getEvaluationPath();
    if (path.getNameCount() >= 2
        && "allOf".equals(path.getName(0))
        && path.getElement(1) instanceof Integer i
        && i < spec.rules().size()) {
      return spec.rules().get(i);
    }
    return null;
  }

  /** The type messages that depend on what was given: a list of wrong items, or no list at all. */
  private static String typeMessage(FormField field, JsonNode value, Map<String, String> messages) {
    boolean list = value != null && value.isArray();
    return switch (field.type()) {
      // a text that is not a number: the portal's words for it (请输入数字), not a wrong 必填
      case INTEGER ->
          value != null && value.isNumber()
              ? messages.get("integer")
              : value != null && value.isTextual() ? messages.get("number") : messages.get("type");
      case NUMBER ->
          value != null && value.isTextual() ? messages.get("number") : messages.get("type");
      case MULTI_ENUM -> list ? messages.get("enum") : messages.get("type");
      case TEXT_LIST -> list ? messages.get("minLength") : messages.get("type");
      case LIST -> list ? field.label() + "必须是列表" : messages.get("type");
      default -> messages.get("type");
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
}
