package cn.affairs.approval.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * A form as a JSON Schema (draft 2020-12): what the server validates submissions against and what
 * the portal renders and validates from. Our labels, units, help and option labels travel as
 * annotations ({@code title}, {@code x-unit}, {@code description}, {@code x-options}; {@code
 * x-context}: the option sources whose figures the form shows beside it), the field kind as {@code
 * x-field} (text, textarea, number, ...), the order of the fields as the order of {@code
 * properties}.
 *
 * <p>Every number has a range its database column holds ({@link #DEFAULT_MAX} where the form names
 * none), and text refuses control characters (a text area keeps line breaks and tabs).
 */
public final class FormSchema {

  /**
   * The largest number a form field takes unless it names its own maximum: DECIMAL(14,2) holds it.
   */
  public static final BigDecimal DEFAULT_MAX = new BigDecimal("100000000");

  /** No control character at all: a one-line text. */
  static final String ONE_LINE = "^[^\\x00-\\x1F\\x7F]*$";

  /** No control character but line feed, carriage return and tab: a text area. */
  static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Draft 2020-12, knowing our annotations so that it neither warns about them nor checks them. */
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          Dialect.builder(Dialects.getDraft202012())
              .keywords(
                  Stream.of(
                          "x-field",
                          "x-unit",
                          "x-options",
                          "x-messages",
                          "x-rule",
                          "x-options-source",
                          "x-context")
                      .map(AnnotationKeyword::new)
                      .toList())
              .build());

  private FormSchema() {}

  /** A schema ready to validate with, from its JSON (ours, or as the portal received it). */
  public static Schema compile(JsonNode schema) {
    return REGISTRY.getSchema(schema);
  }

  /** The errors of a form against a schema, dates checked as dates. */
  public static List<Error> validate(Schema schema, JsonNode form) {
    return schema.validate(
        form, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  public static ObjectNode of(FormSpec spec) {
    ObjectNode schema = object(spec);
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    if (!spec.context().isEmpty()) {
      ArrayNode context = schema.putArray("x-context");
      spec.context().forEach(context::add);
    }
    return schema;
  }

  private static ObjectNode object(FormSpec spec) {
    ObjectNode schema = NODES.objectNode();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (FormField field : spec.fields()) {
      properties.set(field.name(), field(field));
      if (field.required()) {
        required.add(field.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    if (!spec.rules().isEmpty()) {
      ArrayNode rules = schema.putArray("allOf");
      spec.rules().forEach(rule -> rules.add(rule(rule)));
    }
    return schema;
  }

  /**
   * {@code if when ∈ values then field given / not given}; the message travels as {@code x-rule}.
   */
  private static ObjectNode rule(FormRule rule) {
    ObjectNode schema = NODES.objectNode();
    ObjectNode condition = schema.putObject("if");
    ArrayNode values = condition.putObject("properties").putObject(rule.when()).putArray("enum");
    rule.values()
        .forEach(
            value ->
                values.add(
                    value instanceof Boolean b
                        ? NODES.booleanNode(b)
                        : NODES.textNode(String.valueOf(value))));
    condition.putArray("required").add(rule.when());
    ObjectNode then = schema.putObject("then");
    if (rule.required()) {
      then.putArray("required").add(rule.field());
    } else {
      then.putObject("not").putArray("required").add(rule.field());
    }
    schema.putObject("x-rule").put("field", rule.field()).put("message", rule.message());
    return schema;
  }

  private static ObjectNode field(FormField field) {
    ObjectNode schema = NODES.objectNode();
    schema.put("title", field.label());
    schema.put("x-field", field.type().name());
    if (field.unit() != null) {
      schema.put("x-unit", field.unit());
    }
    if (field.help() != null) {
      schema.put("description", field.help());
    }
    if (field.optionsSource() != null) {
      ObjectNode source = schema.putObject("x-options-source");
      source.put("source", field.optionsSource().source());
      ArrayNode parameters = source.putArray("parameters");
      field.optionsSource().parameters().forEach(parameters::add);
      if (field.optionsSource().compare() != null) {
        source.put("compare", field.optionsSource().compare());
      }
    }
    ObjectNode messages = schema.putObject("x-messages");
    FormMessages.of(field).forEach(messages::put);
    switch (field.type()) {
      case TEXT -> text(schema, field, ONE_LINE);
      case TEXTAREA -> text(schema, field, MULTI_LINE);
      case NUMBER, INTEGER -> {
        schema.put("type", field.type() == FieldType.INTEGER ? "integer" : "number");
        if (field.min() != null) {
          schema.put(
              Boolean.TRUE.equals(field.minExclusive()) ? "exclusiveMinimum" : "minimum",
              field.min());
        }
        schema.put("maximum", field.max() != null ? field.max() : DEFAULT_MAX);
      }
      case BOOLEAN -> schema.put("type", "boolean");
      case DATE -> {
        schema.put("type", "string");
        schema.put("format", "date");
      }
      case ENUM -> {
        schema.put("type", "string");
        options(schema, field);
      }
      case MULTI_ENUM -> {
        schema.put("type", "array");
        schema.put("minItems", field.required() ? 1 : 0);
        options(schema.putObject("items").put("type", "string"), field);
      }
      case TEXT_LIST -> {
        schema.put("type", "array");
        schema.put("minItems", field.required() ? 1 : 0);
        schema.put("uniqueItems", true);
        ObjectNode items = schema.putObject("items");
        items.put("type", "string");
        items.put("minLength", 1);
        items.put("maxLength", field.maxLength() == null ? 64 : field.maxLength());
        items.put("pattern", ONE_LINE);
      }
      case LIST -> {
        schema.put("type", "array");
        schema.put("minItems", field.required() ? 1 : 0);
        schema.set("items", object(new FormSpec(field.fields())));
      }
      default -> throw new IllegalStateException("unknown field type " + field.type());
    }
    return schema;
  }

  private static void text(ObjectNode schema, FormField field, String pattern) {
    schema.put("type", "string");
    if (field.maxLength() != null) {
      schema.put("maxLength", field.maxLength());
    }
    schema.put("pattern", pattern);
  }

  private static void options(ObjectNode schema, FormField field) {
    ArrayNode values = schema.putArray("enum");
    ArrayNode labelled = schema.putArray("x-options");
    for (FormField.Option option : field.options()) {
      values.add(option.value());
      labelled.addObject().put("value", option.value()).put("label", option.label());
    }
  }
}
