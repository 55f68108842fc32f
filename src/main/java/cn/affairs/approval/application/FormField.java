package cn.affairs.approval.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a form: what the portal renders and what the API validates, from one description.
 * {@code min} is inclusive unless {@code minExclusive}; {@code unit} is shown after the input (㎡,
 * 万元).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FormField(
    String name,
    String label,
    FieldType type,
    boolean required,
    String unit,
    List<Option> options,
    BigDecimal min,
    Boolean minExclusive,
    BigDecimal max,
    Integer maxLength,
    List<FormField> fields,
    String help,
    OptionsSource optionsSource) {

  public record Option(String value, String label) {}

  /**
   * The register rows a field offers, read from {@code GET /api/form-options/{source}} with the
   * values of the form's top-level fields named in {@code parameters} (e.g. the plan's {@code
   * year}); served as {@code x-options-source}; {@code compare} names the sibling field that holds
   * the chosen row's new figure, if any.
   */
  public record OptionsSource(String source, List<String> parameters, String compare) {

    /**
     * The chosen row's current figure is compared with the sibling field {@code field} (its new
     * figure): the form shows before → after and the difference.
     */
    public OptionsSource comparedWith(String field) {
      return new OptionsSource(source, parameters, field);
    }
  }

  /** A field without register options. */
  public FormField(
      String name,
      String label,
      FieldType type,
      boolean required,
      String unit,
      List<Option> options,
      BigDecimal min,
      Boolean minExclusive,
      BigDecimal max,
      Integer maxLength,
      List<FormField> fields,
      String help) {
    this(
        name,
        label,
        type,
        required,
        unit,
        options,
        min,
        minExclusive,
        max,
        maxLength,
        fields,
        help,
        null);
  }

  /**
   * The field offers the rows of a register, e.g. {@code withOptionsFrom("plan-items", "year")}.
   */
  public FormField withOptionsFrom(String source, String... parameters) {
    return new FormField(
        name,
        label,
        type,
        required,
        unit,
        options,
        min,
        minExclusive,
        max,
        maxLength,
        fields,
        help,
        new OptionsSource(source, List.of(parameters), null));
  }

  /** The chosen row's figure is compared with the sibling field {@code after} (before → after). */
  public FormField comparedWith(String after) {
    return new FormField(
        name,
        label,
        type,
        required,
        unit,
        options,
        min,
        minExclusive,
        max,
        maxLength,
        fields,
        help,
        optionsSource.comparedWith(after));
  }

  public static FormField text(String name, String label, int maxLength) {
    return new FormField(
        name, label, FieldType.TEXT, true, null, null, null, null, null, maxLength, null, null);
  }

  public static FormField textarea(String name, String label, int maxLength) {
    return new FormField(
        name, label, FieldType.TEXTAREA, true, null, null, null, null, null, maxLength, null, null);
  }

  /** A number greater than zero. */
  public static FormField positive(String name, String label, String unit) {
    return new FormField(
        name,
        label,
        FieldType.NUMBER,
        true,
        unit,
        null,
        BigDecimal.ZERO,
        true,
        null,
        null,
        null,
        null);
  }

  /** A number of zero or more (an area or an amount that may be none). */
  public static FormField nonNegative(String name, String label, String unit) {
    return new FormField(
        name,
        label,
        FieldType.NUMBER,
        true,
        unit,
        null,
        BigDecimal.ZERO,
        false,
        null,
        null,
        null,
        null);
  }

  public static FormField integer(String name, String label, String unit, int min, int max) {
    return new FormField(
        name,
        label,
        FieldType.INTEGER,
        true,
        unit,
        null,
        BigDecimal.valueOf(min),
        false,
        BigDecimal.valueOf(max),
        null,
        null,
        null);
  }

  public static FormField bool(String name, String label) {
    return new FormField(
        name, label, FieldType.BOOLEAN, true, null, null, null, null, null, null, null, null);
  }

  public static FormField date(String name, String label) {
    return new FormField(
        name, label, FieldType.DATE, true, null, null, null, null, null, null, null, null);
  }

  /**
   * One of the options, given as code and label pairs: {@code choice("mode", "方式", "LEASE", "租用",
   * ...)}.
   */
  public static FormField choice(String name, String label, String... codesAndLabels) {
    return new FormField(
        name,
        label,
        FieldType.ENUM,
        true,
        null,
        options(codesAndLabels),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static FormField choices(String name, String label, String... codesAndLabels) {
    return new FormField(
        name,
        label,
        FieldType.MULTI_ENUM,
        true,
        null,
        options(codesAndLabels),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  public static FormField textList(String name, String label) {
    return new FormField(
        name, label, FieldType.TEXT_LIST, true, null, null, null, null, null, 64, null, null);
  }

  public static FormField list(String name, String label, FormField... itemFields) {
    return new FormField(
        name,
        label,
        FieldType.LIST,
        true,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(itemFields),
        null);
  }

  public FormField optional() {
    return new FormField(
        name,
        label,
        type,
        false,
        unit,
        options,
        min,
        minExclusive,
        max,
        maxLength,
        fields,
        help,
        optionsSource);
  }

  public FormField withHelp(String text) {
    return new FormField(
        name,
        label,
        type,
        required,
        unit,
        options,
        min,
        minExclusive,
        max,
        maxLength,
        fields,
        text,
        optionsSource);
  }

  public FormField withMax(BigDecimal maximum) {
    return new FormField(
        name,
        label,
        type,
        required,
        unit,
        options,
        min,
        minExclusive,
        maximum,
        maxLength,
        fields,
        help,
        optionsSource);
  }

  public String optionLabel(String value) {
    if (options == null) {
      return value;
    }
    return options.stream()
        .filter(o -> o.value().equals(value))
        .map(Option::label)
        .findFirst()
        .orElse(value);
  }

  private static List<Option> options(String... codesAndLabels) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < codesAndLabels.length; i += 2) {
      map.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return map.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList();
  }
}
