package cn.affairs.approval.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The diagrams shipped with this release ({@code processes/*.bpmn}, or {@code
 * affairs.processes.locations}), by process key. A packaged diagram that cannot be read fails the
 * start, naming the file.
 */
@Component
class PackagedDiagrams {

  /** One shipped diagram: its key, file name, bytes and their SHA-256. */
  record Packaged(String key, String fileName, byte[] bytes, String sha256) {

    BpmnModelInstance model() {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    }
  }

  private final Map<String, Packaged> byKey = new LinkedHashMap<>();

  PackagedDiagrams(
      @Value("${affairs.processes.locations:classpath*:processes/*.bpmn}") String locations) {
    try {
      for (String location : locations.split(",")) {
        for (Resource resource :
            new PathMatchingResourcePatternResolver().getResources(location.trim())) {
          byte[] bytes;
          try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
          }
          String key;
          try {
            List<Process> processes =
                Bpmn.readModelFromStream(new ByteArrayInputStream(bytes))
                    .getModelElementsByType(Process.class)
                    .stream()
                    .filter(Process::isExecutable)
                    .toList();
            if (processes.size() != 1) {
              throw new IllegalStateException("须恰好有一个可执行流程");
            }
            key = processes.get(0).getId();
          } catch (RuntimeException e) {
            throw new IllegalStateException(
                "随版本发布的流程图 " + resource.getFilename() + " 无法读取：" + e.getMessage(), e);
          }
          byKey.put(key, new Packaged(key, resource.getFilename(), bytes, sha256(bytes)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Packaged find(String key) {
    return byKey.get(key);
  }

  List<Packaged> all() {
    return List.copyOf(byKey.values());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
