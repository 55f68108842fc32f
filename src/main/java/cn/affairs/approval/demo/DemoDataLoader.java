package cn.affairs.approval.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data set into an empty database, once, in one transaction. */
@Component
@Order(0)
public class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final List<DemoDataSection> sections;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DemoDataProperties properties;
  private volatile boolean settled;

  DemoDataLoader(
      List<DemoDataSection> sections,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      DemoDataProperties properties) {
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(DemoDataSection::order)).toList();
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!properties.enabled()) {
      settled = true;
      return;
    }
    Integer governments = jdbc.queryForObject("SELECT COUNT(*) FROM government", Integer.class);
    if (governments != null && governments > 0) {
      settled = true;
      return;
    }
    JsonNode demo = read();
    transaction.executeWithoutResult(status -> sections.forEach(section -> section.load(demo)));
    settled = true;
    log.info("演示数据已载入 ({} 部分)", sections.size());
  }

  /** Whether the demo data is on. */
  public boolean enabled() {
    return properties.enabled();
  }

  /**
   * Whether the start-up load is over: loaded now, found already loaded, or not wanted. Until then
   * the system is not ready (its accounts may not exist yet).
   */
  public boolean settled() {
    return settled;
  }

  /**
   * Puts the registers (office space, plans, vehicles, assets, ...) back to the demo state, leaving
   * the organisation and the applications as they are. For tests that need known register figures.
   */
  public void reloadRegisters() throws IOException {
    JsonNode demo = read();
    transaction.executeWithoutResult(
        status -> {
          for (int i = sections.size() - 1; i >= 0; i--) {
            sections.get(i).clearRegisters();
          }
          sections.stream().filter(s -> s.order() > 0).forEach(section -> section.load(demo));
        });
  }

  /**
   * The demo data set, merged from its files; refused, naming every wrong key, when it breaks its
   * schema.
   */
  JsonNode read() throws IOException {
    JsonNode demo = merged();
    List<String> problems = problems(demo);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "演示数据不符合 " + properties.schema() + "：" + String.join("；", problems));
    }
    return demo;
  }

  /**
   * Where the demo data breaks its schema: JSON pointer and what is wrong, e.g. {@code
   * /units/3/vehicleQuota: ...}.
   */
  List<String> problems(JsonNode demo) throws IOException {
    Resource file = new PathMatchingResourcePatternResolver().getResource(properties.schema());
    JsonNode schema;
    try (InputStream in = file.getInputStream()) {
      schema = new ObjectMapper().readTree(in);
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema)
        .validate(demo, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .toList();
  }

  private JsonNode merged() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    ObjectNode merged = yaml.createObjectNode();
    Resource[] files =
        new PathMatchingResourcePatternResolver().getResources(properties.locations());
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    for (Resource file : files) {
      try (InputStream in = file.getInputStream()) {
        JsonNode tree = yaml.readTree(in);
        if (tree == null) {
          continue;
        }
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
          JsonNode existing = merged.get(entry.getKey());
          if (existing != null && existing.isArray() && entry.getValue().isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) existing)
                .addAll((com.fasterxml.jackson.databind.node.ArrayNode) entry.getValue());
          } else {
            merged.set(entry.getKey(), entry.getValue());
          }
        }
      }
    }
    return merged;
  }
}
