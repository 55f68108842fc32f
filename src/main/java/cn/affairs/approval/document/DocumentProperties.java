package cn.affairs.approval.document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code affairs.documents.*}: where the bytes are kept, what may be uploaded, the documents each
 * family requires (process key → documents), and how long an upload for a form that is never
 * submitted is kept.
 */
@ConfigurationProperties("affairs.documents")
public record DocumentProperties(
    Path store,
    DataSize maxSize,
    List<String> types,
    Map<String, List<RequiredDocument>> required,
    Duration stagedRetention) {

  public DocumentProperties {
    store = store == null ? Path.of("data", "documents") : store;
    maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    types =
        types == null || types.isEmpty()
            ? List.of("pdf", "ofd", "jpg", "png", "doc", "docx", "xls", "xlsx")
            : List.copyOf(types);
    required = required == null ? Map.of() : Map.copyOf(required);
    stagedRetention = stagedRetention == null ? Duration.ofDays(7) : stagedRetention;
  }

  public List<RequiredDocument> requiredFor(String processKey) {
    return required.getOrDefault(processKey, List.of());
  }
}
