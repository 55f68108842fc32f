package cn.affairs.approval.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The articles of the two regulations the system implements, read from their texts in
 * config/regulations/: 《山西省机关事务管理办法》 (cited 办法) and 《山西省机关运行保障条例（草案）》 (条例).
 */
@Component
public class RegulationArticles {

  /** One article: its key as the code cites it ({@code 办法 第十九条}), chapter and text. */
  public record Article(String key, String document, String number, String chapter, String text) {
    /** The 【title】 of a 条例 article, else the start of its text. */
    public String title() {
      Matcher m = Pattern.compile("^【([^】]+)】").matcher(text);
      if (m.find()) {
        return m.group(1);
      }
      return text.length() > 36 ? text.substring(0, 36) + "…" : text;
    }
  }

  public record Document(String shortName, String fullName, String file) {}

  public static final List<Document> DOCUMENTS =
      List.of(
          new Document("办法", "《山西省机关事务管理办法》(省政府令第253号, 2018)", "config/regulations/banfa-2018.txt"),
          new Document("条例", "《山西省机关运行保障条例（草案）》", "config/regulations/tiaoli-draft.txt"));

  /** An article reference as code writes it, e.g. {@code 办法 第十九条} or {@code 办法 第十九条第三款}. */
  private static final Pattern REFERENCE = Pattern.compile("^(办法|条例) (第[一二三四五六七八九十百零]+条)");

  private static final Pattern ARTICLE_START = Pattern.compile("^\\s*(第[一二三四五六七八九十百零]+条)\\s*(.*)$");
  private static final Pattern CHAPTER = Pattern.compile("^\\s*第[一二三四五六七八九十]+章\\s*(.*)$");

  private final Map<String, Article> articles = new LinkedHashMap<>();

  public RegulationArticles() {
    for (Document document : DOCUMENTS) {
      read(document);
    }
  }

  private void read(Document document) {
    String text;
    try (InputStream in = new ClassPathResource(document.file()).getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("法规文本无法读取: " + document.file(), e);
    }
    String chapter = "";
    String number = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\\R")) {
      Matcher chapterLine = CHAPTER.matcher(line);
      Matcher articleLine = ARTICLE_START.matcher(line);
      if (chapterLine.matches() || articleLine.matches()) {
        if (number != null) {
          put(document, number, chapter, body);
        }
        number = null;
        body.setLength(0);
        if (chapterLine.matches()) {
          chapter = line.trim().replaceAll("\\s+", " ");
        } else {
          number = articleLine.group(1);
          body.append(articleLine.group(2).trim());
        }
      } else if (number != null && !line.isBlank()) {
        body.append('\n').append(line.trim());
      }
    }
    if (number != null) {
      put(document, number, chapter, body);
    }
  }

  private void put(Document document, String number, String chapter, StringBuilder body) {
    String key = document.shortName() + " " + number;
    articles.put(
        key, new Article(key, document.shortName(), number, chapter, body.toString().trim()));
  }

  public List<Article> all() {
    return new ArrayList<>(articles.values());
  }

  public boolean exists(String key) {
    return articles.containsKey(key);
  }

  /** The article a reference points to ({@code 办法 第十九条第三款} → {@code 办法 第十九条}), or null. */
  public static String articleOf(String reference) {
    Matcher m = REFERENCE.matcher(reference.trim());
    return m.find() ? m.group(1) + " " + m.group(2) : null;
  }
}
