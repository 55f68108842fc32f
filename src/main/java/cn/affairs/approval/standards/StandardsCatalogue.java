package cn.affairs.approval.standards;

import cn.affairs.approval.config.ConfigurationFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
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

  @Autowired
  public StandardsCatalogue(StandardsProperties properties) {
    this(properties.location());
  }

  /** The catalogue of one file; fails at once, naming every wrong key, when the file is wrong. */
  public StandardsCatalogue(Resource file) {
    StandardsFile content =
        ConfigurationFiles.read(file, StandardsFile.class, "标准目录", StandardsCatalogue::label);
    for (StandardsFile.Section section : content.sections()) {
      sectionSources.put(section.key(), section.source());
      section
          .figures()
          .forEach(
              (figure, value) -> {
                String figureKey = section.key() + "." + figure;
                order.add(figureKey);
                fileValues.put(figureKey, value);
                figures.put(
                    figureKey,
                    new Figure(
                        section.key(),
                        figure,
                        section.name(),
                        value,
                        section.unit() == null ? "" : section.unit(),
                        section.source(),
                        section.localPolicy() || section.localPolicyFigures().contains(figure)));
              });
    }
  }

  private static final Pattern SECTION_KEY =
      Pattern.compile("^sections\\[(\\d+)](?:\\.figures\\.(.+))?.*$");

  /** A wrong key named as the catalogue names it: the figure, or the section. */
  private static String label(JsonNode file, String key) {
    Matcher m = SECTION_KEY.matcher(key);
    if (!m.matches()) {
      return null;
    }
    String section =
        file.path("sections").path(Integer.parseInt(m.group(1))).path("key").asText("");
    if (section.isBlank()) {
      return "第 " + (Integer.parseInt(m.group(1)) + 1) + " 节";
    }
    return m.group(2) == null ? "节 " + section : "指标 " + section + "." + m.group(2);
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
