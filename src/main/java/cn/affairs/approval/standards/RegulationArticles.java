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

  /**
   * One clause of an article as the code cites it: a 款 (paragraph) {@code 办法 第十九条第三款}, a 项 (item
   * （一）（二）) {@code 办法 第二十四条第一项} or {@code 条例 第二十六条第二款第一项}, or the article itself when it has one
   * paragraph and no items. A paragraph with items is cited by its items.
   */
  public record Clause(String key, String text) {}

  /** One article: its key as the code cites it ({@code 办法 第十九条}), chapter, text and clauses. */
  public record Article(
      String key,
      String document,
      String number,
      String chapter,
      String text,
      List<Clause> clauses) {
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
  private static final Pattern ITEM = Pattern.compile("^（[一二三四五六七八九十]+）");
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
    String text = body.toString().trim();
    articles.put(
        key, new Article(key, document.shortName(), number, chapter, text, clauses(key, text)));
  }

  /**
   * The clauses of an article: each line of its text is a paragraph (款) unless it starts with an
   * item number （一）, which makes it an item (项) of the paragraph before it.
   */
  static List<Clause> clauses(String key, String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (ITEM.matcher(trimmed).find() && !paragraphs.isEmpty()) {
        paragraphs.get(paragraphs.size() - 1).add(trimmed);
      } else {
        List<String> paragraph = new ArrayList<>();
        paragraph.add(trimmed);
        paragraphs.add(paragraph);
      }
    }
    List<Clause> clauses = new ArrayList<>();
    boolean one = paragraphs.size() == 1;
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> paragraph = paragraphs.get(p);
      String paragraphKey = one ? key : key + "第" + Numerals.chinese(p + 1) + "款";
      if (paragraph.size() == 1) {
        clauses.add(new Clause(paragraphKey, paragraph.get(0)));
        continue;
      }
      for (int i = 1; i < paragraph.size(); i++) {
        clauses.add(
            new Clause(
                paragraphKey + "第" + Numerals.chinese(i) + "项",
                paragraph.get(0) + "\n" + paragraph.get(i)));
      }
    }
    return List.copyOf(clauses);
  }

  /** The article or clause a reference names, or null when the regulations have none. */
  public boolean clauseExists(String reference) {
    return clausesOf(reference) != null;
  }

  /**
   * The clauses a reference covers: those of the named paragraph (its items), the named item, or
   * all of an article that has a single clause; null when the reference names nothing, and empty
   * when it names an article of several clauses (too broad to enforce any one of them).
   */
  public List<Clause> clausesOf(String reference) {
    String articleKey = articleOf(reference);
    Article article = articleKey == null ? null : articles.get(articleKey);
    if (article == null) {
      return null;
    }
    String ref = reference.trim();
    if (ref.equals(article.key())) {
      return article.clauses().size() == 1 ? article.clauses() : List.of();
    }
    List<Clause> covered =
        article.clauses().stream()
            .filter(c -> c.key().equals(ref) || c.key().startsWith(ref + "第"))
            .toList();
    return covered.isEmpty() ? null : covered;
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
