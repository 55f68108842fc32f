package cn.affairs.approval.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every process family the system knows, by BPMN key. */
@Component
public class ProcessFamilies {

  /** The order users see them in. */
  public static final List<String> ORDER =
      List.of(
          "office-space-construction",
          "office-space-lease",
          "office-repair",
          "vehicle-purchase",
          "plan-change",
          "asset-transfer");

  private final Map<String, ProcessFamily> byKey = new LinkedHashMap<>();

  ProcessFamilies(List<ProcessFamily> families) {
    families.stream()
        .sorted((a, b) -> Integer.compare(rank(a.key()), rank(b.key())))
        .forEach(f -> byKey.put(f.key(), f));
  }

  private static int rank(String key) {
    int i = ORDER.indexOf(key);
    return i < 0 ? ORDER.size() : i;
  }

  public Optional<ProcessFamily> find(String key) {
    return Optional.ofNullable(key == null ? null : byKey.get(key));
  }

  public List<ProcessFamily> all() {
    return List.copyOf(byKey.values());
  }
}
