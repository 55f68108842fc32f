package cn.affairs.approval.standards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

/** The standards figures in force (config/standards.yml), each with its source. */
@Service
public class StandardsCatalogue {

  /** One figure as the catalogue serves it. */
  public record Figure(
      String section,
      String key,
      String name,
      BigDecimal value,
      String unit,
      String source,
      boolean localPolicy) {
    /** 本级规定 for a figure no public document fixes, else the document it rests on. */
    public String sourceLabel() {
      return localPolicy ? "本级规定（可配置）" : source;
    }
  }

  private final Map<String, Figure> figures = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<String> order = new ArrayList<>();
  private final Map<String, BigDecimal> fileValues = new LinkedHashMap<>();
  private final Map<String, String> sectionSources = new LinkedHashMap<>();

  public StandardsCatalogue(@Value("${affairs.standards.location}") Resource file) {
    try (InputStream in = file.getInputStream()) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      for (JsonNode section : root.path("sections")) {
        String key = section.path("key").asText("");
        String source = section.path("source").asText("");
        if (key.isBlank() || source.isBlank() || section.path("name").asText("").isBlank()) {
          throw new IllegalStateException(
              "标准目录 "
                  + file.getDescription()
                  + " 中有一节缺少 key、name 或 source（"
                  + (key.isBlank() ? "未命名" : key)
                  + "）：每个数值须注明来源");
        }
        sectionSources.put(key, source);
        boolean sectionLocal = section.path("localPolicy").asBoolean(false);
        Set<String> localFigures = new HashSet<>();
        section.path("localPolicyFigures").forEach(f -> localFigures.add(f.asText()));
        section
            .path("figures")
            .properties()
            .forEach(
                f -> {
                  String figureKey = key + "." + f.getKey();
                  if (!f.getValue().isNumber() || f.getValue().decimalValue().signum() < 0) {
                    throw new IllegalStateException(
                        "标准目录 "
                            + file.getDescription()
                            + " 中指标 "
                            + figureKey
                            + " 的值「"
                            + f.getValue().asText()
                            + "」不是非负数");
                  }
                  order.add(figureKey);
                  fileValues.put(figureKey, f.getValue().decimalValue());
                  figures.put(
                      figureKey,
                      new Figure(
                          key,
                          f.getKey(),
                          section.get("name").asText(),
                          f.getValue().decimalValue(),
                          section.path("unit").asText(""),
                          source,
                          sectionLocal || localFigures.contains(f.getKey())));
                });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("标准目录文件无法读取: " + file, e);
    }
  }

  /** The figure {@code section.key}, e.g. {@code officeRoomArea.PROVINCE.正处级}; fails if unknown. */
  public Figure figure(String key) {
    Figure figure = figures.get(key);
    if (figure == null) {
      throw new IllegalStateException("标准目录中没有该指标: " + key);
    }
    return figure;
  }

  public BigDecimal value(String key) {
    return figure(key).value();
  }

  public boolean has(String key) {
    return figures.containsKey(key);
  }

  public String source(String section) {
    return sectionSources.get(section);
  }

  public List<Figure> all() {
    return order.stream().map(figures::get).toList();
  }

  /** The value config/standards.yml gives, before any admin edit. */
  public BigDecimal fileValue(String key) {
    figure(key);
    return fileValues.get(key);
  }

  /** An admin's edit of a 本级规定 figure, in force at once (StandardsAdministration keeps it). */
  void apply(String key, BigDecimal value) {
    Figure f = figure(key);
    if (!f.localPolicy()) {
      throw new IllegalStateException(key + " is not local policy");
    }
    figures.put(key, new Figure(f.section(), f.key(), f.name(), value, f.unit(), f.source(), true));
  }
}
