package cn.affairs.approval.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies are read: bounded (nesting, number and string length, so that {@code [[[[…}
 * 100,000 deep or a number of a million digits is a 400 before anything reads it) and without
 * control characters in any text of a typed body (comments, names, reasons: a line break and a tab
 * are kept, a NUL, a bell or an escape sequence is refused naming the field), and a yes/no field
 * only true or false (not a number). Forms are read as JSON trees and held to their schema's
 * pattern instead ({@code FormSchema}).
 */
@Configuration
class RequestJson {

  /** Deeper than any body of the API (a form with a list of items is 4 levels). */
  static final int MAX_NESTING = 64;

  /** Digits of one number: more than any column holds (DECIMAL(18,2) and the like). */
  static final int MAX_NUMBER_LENGTH = 64;

  /** Characters of one string: above any field's own limit, so that field gets its message. */
  static final int MAX_STRING_LENGTH = 4 * 1024 * 1024;

  static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

  @Bean
  Jackson2ObjectMapperBuilderCustomizer boundedRequests() {
    return builder ->
        builder.postConfigurer(
            mapper -> {
              mapper
                  .getFactory()
                  .setStreamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_NESTING)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .maxStringLength(MAX_STRING_LENGTH)
                          .build());
              // a yes/no field is true or false: 2 is no "yes" (Jackson would read any number)
              mapper
                  .coercionConfigFor(LogicalType.Boolean)
                  .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            });
  }

  @Bean
  Module textWithoutControlCharacters() {
    SimpleModule module = new SimpleModule("textWithoutControlCharacters");
    module.addDeserializer(String.class, new PlainText());
    return module;
  }

  /** A string as Jackson reads it, refused when it holds a control character. */
  static final class PlainText extends StdScalarDeserializer<String> {

    PlainText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = StringDeserializer.instance.deserialize(p, ctxt);
      if (text != null && CONTROL.matcher(text).find()) {
        throw InvalidFormatException.from(p, "control character", text, String.class);
      }
      return text;
    }
  }
}
