package cn.affairs.approval.application;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user reads when a field is wrong, by JSON Schema keyword, in Chinese with the field's
 * label. The server reports these, and the served schema carries them ({@code x-messages}) so that
 * the portal says the same before anything is sent.
 */
public final class FormMessages {

  private FormMessages() {}

  public static Map<String, String> of(FormField field) {
    String label = field.label();
    String unit = field.unit() == null ? "" : field.unit();
    Map<String, String> messages = new LinkedHashMap<>();
    messages.put("required", label + "为必填项");
    messages.put(
        "type",
        switch (field.type()) {
          case TEXT, TEXTAREA -> label + "必须是文字";
          case NUMBER, INTEGER -> label + "必须是数字";
          case BOOLEAN -> label + "必须为是或否";
          case DATE -> label + "必须是日期（如 2026-10-12）";
          case ENUM -> label + "的取值无效，可选：" + optionList(field);
          case MULTI_ENUM, TEXT_LIST -> label + "必须是列表";
          case LIST -> label + "格式不正确";
        });
    switch (field.type()) {
      case INTEGER, NUMBER -> {
        // what the portal says when the text typed is not a number at all
        messages.put("number", label + "：请输入数字");
        if (field.type() == FieldType.INTEGER) {
          messages.put("integer", label + "必须是整数");
        }
        if (field.min() != null) {
          messages.put(
              Boolean.TRUE.equals(field.minExclusive()) ? "exclusiveMinimum" : "minimum",
              label
                  + (Boolean.TRUE.equals(field.minExclusive()) ? "必须大于" : "不能小于")
                  + field.min().toPlainString()
                  + unit);
        }
        messages.put(
            "maximum",
            label
                + "不能大于"
                + (field.max() != null ? field.max() : FormSchema.DEFAULT_MAX).toPlainString()
                + unit);
      }
      case TEXT, TEXTAREA -> {
        if (field.maxLength() != null) {
          messages.put("maxLength", label + "不能超过" + field.maxLength() + "个字");
        }
        messages.put("pattern", label + "不能包含控制字符");
      }
      case TEXT_LIST -> {
        messages.put(
            "maxLength",
            label + "中的每一项不能超过" + (field.maxLength() == null ? 64 : field.maxLength()) + "个字");
        messages.put("minLength", label + "中的每一项都必须是非空文字");
        messages.put("uniqueItems", label + "中有重复项：");
        messages.put("pattern", label + "不能包含控制字符");
      }
      case ENUM, MULTI_ENUM -> messages.put("enum", label + "的取值无效，可选：" + optionList(field));
      case DATE -> messages.put("format", label + "必须是日期（如 2026-10-12）");
      case LIST -> messages.put("item", label + "第{n}项格式不正确");
      default -> {
        // a yes/no has no other rule
      }
    }
    return messages;
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
}
