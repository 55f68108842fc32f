package cn.affairs.approval.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.core.io.Resource;

/**
 * Reads a YAML configuration file into a record and validates it (jakarta.validation constraints on
 * the record's components). Every problem is reported at once, named by its key in the file ({@code
 * sections[6].figures.taskDueWorkingDays}) and by what the caller calls it (the figure {@code
 * localPolicy.taskDueWorkingDays}). Spring's own {@code Binder} is not used for the files' content:
 * it drops map keys that are not lower-case ASCII, and the figures' keys are Chinese ({@code
 * PROVINCE.正处级}).
 */
public final class ConfigurationFiles {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);

  private static final Validator VALIDATOR;

  static {
    ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    VALIDATOR = factory.getValidator();
  }

  private ConfigurationFiles() {}

  /**
   * The file bound to {@code type} and validated.
   *
   * @param title what the file is, in Chinese ("标准目录")
   * @param label what the caller calls the value at a key, given the file's tree and the key; null
   *     when the key says it all
   * @throws InvalidConfigurationFile naming every wrong key
   */
  public static <T> T read(
      Resource file, Class<T> type, String title, BiFunction<JsonNode, String, String> label) {
    JsonNode tree;
    try (InputStream in = file.getInputStream()) {
      tree = YAML.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidConfigurationFile(
          title,
          file.getDescription(),
          List.of("不是有效的 YAML（第 " + e.getLocation().getLineNr() + " 行）：" + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(title + "文件无法读取: " + file.getDescription(), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      tree = YAML.createObjectNode();
    }
    T value;
    try {
      value = YAML.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      StringBuilder key = new StringBuilder();
      JsonNode at = tree;
      for (JsonMappingException.Reference ref : e.getPath()) {
        if (ref.getIndex() >= 0) {
          key.append('[').append(ref.getIndex()).append(']');
          at = at.path(ref.getIndex());
        } else if (ref.getFieldName() != null) {
          key.append(key.isEmpty() ? "" : ".").append(ref.getFieldName());
          at = at.path(ref.getFieldName());
        }
      }
      String shown = at.isValueNode() ? at.asText() : null;
      throw new InvalidConfigurationFile(
          title,
          file.getDescription(),
          List.of(problem(key.toString(), label.apply(tree, key.toString()), reason(e), shown)));
    } catch (JsonProcessingException e) {
      throw new InvalidConfigurationFile(
          title, file.getDescription(), List.of(e.getOriginalMessage()));
    }
    JsonNode parsed = tree;
    List<String> problems =
        VALIDATOR.validate(value).stream()
            .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
            .map(
                v -> {
                  String key = key(v);
                  return problem(key, label.apply(parsed, key), v.getMessage(), shown(v));
                })
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidConfigurationFile(title, file.getDescription(), problems);
    }
    return value;
  }

  private static String problem(String key, String label, String reason, String value) {
    return (key.isEmpty() ? "文件" : key)
        + (label == null ? "" : "（" + label + "）")
        + "："
        + reason
        + (value == null ? "" : "（现为「" + value + "」）");
  }

  /** The key of a violation as it is written in the file. */
  private static String key(ConstraintViolation<?> violation) {
    StringBuilder key = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          key.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
          key.append('.').append(node.getKey());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        key.append('.').append(node.getName());
      }
    }
    return key.length() > 0 && key.charAt(0) == '.' ? key.substring(1) : key.toString();
  }

  private static String shown(ConstraintViolation<?> violation) {
    Object value = violation.getInvalidValue();
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Record) {
      return null;
    }
    return String.valueOf(value);
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "没有这个键（可用的键："
          + String.join("、", u.getKnownPropertyIds().stream().map(String::valueOf).toList())
          + "）";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException f) {
      return "应为" + kind(f.getTargetType());
    }
    if (e instanceof MismatchedInputException m) {
      return "应为" + kind(m.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "其他类型";
    }
    if (Number.class.isAssignableFrom(type)
        || type == int.class
        || type == long.class
        || type == double.class) {
      return "数";
    }
    if (type == boolean.class || type == Boolean.class) {
      return " true 或 false";
    }
    if (type == String.class) {
      return "文字";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "列表";
    }
    return "键值表";
  }
}
