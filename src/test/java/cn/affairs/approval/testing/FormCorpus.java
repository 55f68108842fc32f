package cn.affairs.approval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wrong forms generated from a served form schema and one valid form: each field missing, of the
 * wrong type, out of its range, too long, with a control character, not one of its options, a bad
 * date; each rule across fields broken. Each comes with the field it is wrong in and the message
 * the schema carries for that.
 */
public class FormCorpus {

  /** A wrong form, the field it is wrong in, and what the schema says for that. */
  public record Wrong(String what, ObjectNode form, String path, String message) {}

  private final ObjectMapper json;

  public FormCorpus(ObjectMapper json) {
    this.json = json;
  }

  /**
   * For each property of {@code schema} (an object's, at {@code prefix} in the form), the ways to
   * get it wrong, each in a copy of {@code root}; a list of objects is entered at its first item.
   */
  public List<Wrong> wrongForms(JsonNode schema, ObjectNode valid) {
    return wrongForms(schema, valid, "", valid);
  }

  private List<Wrong> wrongForms(JsonNode schema, ObjectNode root, String prefix, ObjectNode at) {
    List<Wrong> corpus = new ArrayList<>();
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(n -> required.add(n.asText()));
    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
      String name = property.getKey();
      JsonNode s = property.getValue();
      JsonNode m = s.get("x-messages");
      String path = prefix + name;
      if (required.contains(name)) {
        corpus.add(
            wrong(root, prefix, name, null, path + " missing", path, m.get("required").asText()));
      }
      String kind = s.get("x-field").asText();
      switch (kind) {
        case "TEXT", "TEXTAREA" -> {
          corpus.add(
              wrong(
                  root,
                  prefix,
                  name,
                  json.getNodeFactory().numberNode(12345),
                  path + " a number",
                  path,
                  m.get("type").asText()));
          if (s.has("maxLength")) {
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    text("字".repeat(s.get("maxLength").asInt() + 1)),
                    path + " too long",
                    path,
                    m.get("maxLength").asText()));
          }
          corpus.add(
              wrong(
                  root,
                  prefix,
                  name,
                  text("办公\u0007用房"),
                  path + " a control character",
                  path,
                  m.get("pattern").asText()));
        }
        case "NUMBER", "INTEGER" -> {
          corpus.add(
              wrong(
                  root,
                  prefix,
                  name,
                  text("很多"),
                  path + " not a number",
                  path,
                  m.has("number") ? m.get("number").asText() : m.get("type").asText()));
          BigDecimal max = s.get("maximum").decimalValue();
          corpus.add(
              wrong(
                  root,
                  prefix,
                  name,
                  number(max.add(BigDecimal.ONE)),
                  path + " above its range",
                  path,
                  m.get("maximum").asText()));
          if (s.has("exclusiveMinimum")) {
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    number(s.get("exclusiveMinimum").decimalValue()),
                    path + " at its bound",
                    path,
                    m.get("exclusiveMinimum").asText()));
          } else if (s.has("minimum")) {
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    number(s.get("minimum").decimalValue().subtract(BigDecimal.ONE)),
                    path + " below its range",
                    path,
                    m.get("minimum").asText()));
          }
          if (kind.equals("INTEGER")) {
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    number(new BigDecimal("2.5")),
                    path + " not whole",
                    path,
                    m.get("integer").asText()));
          }
        }
        case "BOOLEAN" ->
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    text("也许"),
                    path + " not yes or no",
                    path,
                    m.get("type").asText()));
        case "DATE" ->
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    text("2026-13-45"),
                    path + " not a date",
                    path,
                    m.get("format").asText()));
        case "ENUM" ->
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    text("NO_SUCH_OPTION"),
                    path + " not an option",
                    path,
                    m.get("enum").asText()));
        case "MULTI_ENUM" ->
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    json.createArrayNode().add("NO_SUCH_OPTION"),
                    path + " not an option",
                    path,
                    m.get("enum").asText()));
        case "TEXT_LIST" ->
            corpus.add(
                wrong(
                    root,
                    prefix,
                    name,
                    json.createArrayNode().add("甲").add("甲"),
                    path + " repeated",
                    path,
                    m.get("uniqueItems").asText() + "甲"));
        case "LIST" -> {
          corpus.add(
              wrong(
                  root,
                  prefix,
                  name,
                  text("一项"),
                  path + " not a list",
                  path,
                  m.get("type").asText()));
          if (at.path(name).path(0).isObject()) {
            corpus.addAll(
                wrongForms(s.get("items"), root, path + "[0].", (ObjectNode) at.get(name).get(0)));
          }
        }
        default -> throw new AssertionError("unknown field kind " + kind);
      }
    }
    for (JsonNode rule : schema.path("allOf")) {
      String when = rule.get("if").get("properties").fieldNames().next();
      JsonNode value = rule.get("if").get("properties").get(when).get("enum").get(0);
      String field = rule.get("x-rule").get("field").asText();
      ObjectNode form = root.deepCopy();
      form.set(when, value);
      if (rule.get("then").has("required")) {
        form.remove(field);
      } else {
        form.set(field, sample(schema.get("properties").get(field)));
      }
      corpus.add(
          new Wrong(
              "rule " + when + "=" + value + " → " + field,
              form,
              field,
              rule.get("x-rule").get("message").asText()));
    }
    return corpus;
  }

  /**
   * A copy of {@code root} with field {@code name} of the object at {@code prefix} set (or removed,
   * for null).
   */
  private Wrong wrong(
      ObjectNode root,
      String prefix,
      String name,
      JsonNode value,
      String what,
      String path,
      String message) {
    ObjectNode form = root.deepCopy();
    ObjectNode target = form;
    if (!prefix.isEmpty()) {
      String list = prefix.substring(0, prefix.indexOf('['));
      target = (ObjectNode) form.get(list).get(0);
    }
    if (value == null) {
      target.remove(name);
    } else {
      target.set(name, value);
    }
    return new Wrong(what, form, path, message);
  }

  /** A value a field takes on its own: the rule, not the field, makes it wrong. */
  private JsonNode sample(JsonNode s) {
    return switch (s.get("x-field").asText()) {
      case "NUMBER", "INTEGER" -> number(BigDecimal.ONE.max(s.path("minimum").decimalValue()));
      case "DATE" -> text(LocalDate.now().minusDays(1).toString());
      case "BOOLEAN" -> json.getNodeFactory().booleanNode(true);
      case "ENUM" -> s.get("enum").get(0);
      case "MULTI_ENUM" -> json.createArrayNode().add(s.get("items").get("enum").get(0));
      case "TEXT_LIST" -> json.createArrayNode().add("晋A·J0001");
      case "LIST" -> {
        ObjectNode item = json.createObjectNode();
        s.get("items")
            .get("properties")
            .properties()
            .forEach(p -> item.set(p.getKey(), sample(p.getValue())));
        yield json.createArrayNode().add(item);
      }
      default -> text("晋A·J0001");
    };
  }

  private JsonNode text(String value) {
    return json.getNodeFactory().textNode(value);
  }

  private JsonNode number(BigDecimal value) {
    return json.getNodeFactory().numberNode(value);
  }
}
