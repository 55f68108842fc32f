package cn.affairs.approval.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code affairs.documents.*}: where the bytes are kept, what may be uploaded, and the documents
 * each family requires (process key → documents).
 */
@ConfigurationProperties("affairs.documents")
public record DocumentProperties(Path store, DataSize maxSize, List<String> types,
    Map<String, List<RequiredDocument>> required) {

  public DocumentProperties {
    store = store == null ? Path.of("data", "documents") : store;
    maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    types = types == null || types.isEmpty()
        ? List.of("pdf", "ofd", "jpg", "png", "doc", "docx", "xls", "xlsx") : List.copyOf(types);
    required = required == null ? Map.of() : Map.copyOf(required);
  }

  public List<RequiredDocument> requiredFor(String processKey) {
    return required.getOrDefault(processKey, List.of());
  }
}
