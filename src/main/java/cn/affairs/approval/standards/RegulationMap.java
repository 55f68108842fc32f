package cn.affairs.approval.standards;

import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The regulation map, clause by clause (款, 项): for each article of the two regulations and each of
 * its clauses, the BPMN steps and the checks that enforce it — derived from the code (each check's
 * {@link StandardsRule#articles()}, each family's {@link ProcessFamily#stepArticles()}, and the
 * deployed BPMN that calls the check) — or the reason the system deliberately does not enforce it
 * (config/regulations/not-enforced.yml).
 */
@Service
public class RegulationMap {

  public record StepRef(
      String processKey, String processName, String activityId, String activityName) {}

  /**
   * A check enforcing an article: {@code kind} PROHIBITION (its FAIL is never approved) or FIGURE
   * (approved over only by {@code overridableBy}, the bodies the article names; empty: by none).
   */
  public record CheckRef(
      String rule,
      String name,
      String basis,
      String kind,
      List<String> overridableBy,
      List<StepRef> usedAt) {}

  /**
   * One clause: enforced by the steps and checks that cite it (or cite the paragraph it is an item
   * of, or the article when it has this one clause), or excused with the reason.
   */
  public record ClauseEntry(
      String clause,
      String text,
      boolean enforced,
      List<StepRef> steps,
      List<CheckRef> checks,
      String reason) {}

  /**
   * One article: enforced when a step or check cites it or one of its clauses; {@code clauses} says
   * which clause is enforced by what, or why not.
   */
  public record Entry(
      String article,
      String document,
      String chapter,
      String title,
      boolean enforced,
      List<StepRef> steps,
      List<CheckRef> checks,
      String reason,
      List<ClauseEntry> clauses) {}

  /** A reference in code that names no article of the regulations, or a step that no BPMN has. */
  public record Problem(String where, String reference, String message) {}

  private final RegulationArticles articles;
  private final ProcessFamilies families;
  private final Map<String, StandardsCheck> checks;
  private final RepositoryService repository;
  private final Map<String, String> notEnforced = new LinkedHashMap<>();

  RegulationMap(
      RegulationArticles articles,
      ProcessFamilies families,
      Map<String, StandardsCheck> checks,
      RepositoryService repository) {
    this.articles = articles;
    this.families = families;
    this.checks = checks;
    this.repository = repository;
    try (InputStream in =
        new ClassPathResource("config/regulations/not-enforced.yml").getInputStream()) {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      for (JsonNode group : root.path("notEnforced")) {
        for (JsonNode article : group.path("articles")) {
          notEnforced.put(article.asText(), group.path("reason").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Entry> entries() {
    Map<String, List<StepRef>> stepsByArticle = new LinkedHashMap<>();
    Map<String, List<CheckRef>> checksByArticle = new LinkedHashMap<>();
    Map<String, List<StepRef>> stepsByClause = new LinkedHashMap<>();
    Map<String, List<CheckRef>> checksByClause = new LinkedHashMap<>();
    Map<String, BpmnModelInstance> models = models();
    for (ProcessFamily family : families.all()) {
      BpmnModelInstance model = models.get(family.key());
      family
          .stepArticles()
          .forEach(
              (activityId, refs) -> {
                StepRef step =
                    new StepRef(
                        family.key(), family.name(), activityId, activityName(model, activityId));
                for (String ref : refs) {
                  String article = RegulationArticles.articleOf(ref);
                  if (article != null) {
                    addOnce(stepsByArticle, article, step);
                    for (RegulationArticles.Clause c : covered(ref)) {
                      addOnce(stepsByClause, c.key(), step);
                    }
                  }
                }
              });
    }
    checks.forEach(
        (bean, check) -> {
          StandardsRule rule = check.rule();
          CheckRef ref =
              new CheckRef(
                  rule.id(),
                  rule.name(),
                  rule.basis(),
                  rule.kind().name(),
                  java.util.Arrays.stream(rule.overridableBy())
                      .map(cn.affairs.approval.org.Role::label)
                      .toList(),
                  usages(models, bean));
          for (String reference : rule.articles()) {
            String article = RegulationArticles.articleOf(reference);
            if (article != null) {
              addOnce(checksByArticle, article, ref);
              for (RegulationArticles.Clause c : covered(reference)) {
                addOnce(checksByClause, c.key(), ref);
              }
            }
          }
        });
    List<Entry> entries = new ArrayList<>();
    for (RegulationArticles.Article a : articles.all()) {
      List<StepRef> steps = stepsByArticle.getOrDefault(a.key(), List.of());
      List<CheckRef> refs = checksByArticle.getOrDefault(a.key(), List.of());
      boolean enforced = !steps.isEmpty() || !refs.isEmpty();
      List<ClauseEntry> clauses = new ArrayList<>();
      for (RegulationArticles.Clause c : a.clauses()) {
        List<StepRef> clauseSteps = stepsByClause.getOrDefault(c.key(), List.of());
        List<CheckRef> clauseChecks = checksByClause.getOrDefault(c.key(), List.of());
        boolean clauseEnforced = !clauseSteps.isEmpty() || !clauseChecks.isEmpty();
        clauses.add(
            new ClauseEntry(
                c.key(),
                c.text(),
                clauseEnforced,
                clauseSteps,
                clauseChecks,
                clauseEnforced ? null : excuse(a.key(), c.key())));
      }
      entries.add(
          new Entry(
              a.key(),
              a.document(),
              a.chapter(),
              a.title(),
              enforced,
              steps,
              refs,
              enforced ? null : notEnforced.get(a.key()),
              List.copyOf(clauses)));
    }
    return entries;
  }

  /**
   * What is wrong with the declarations: references to articles the regulations do not have, steps
   * no deployed BPMN has, checks without basis, articles neither enforced nor explained.
   */
  public List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    Map<String, BpmnModelInstance> models = models();
    for (ProcessFamily family : families.all()) {
      BpmnModelInstance model = models.get(family.key());
      family
          .stepArticles()
          .forEach(
              (activityId, refs) -> {
                if (model == null || model.getModelElementById(activityId) == null) {
                  problems.add(new Problem(family.key(), activityId, "BPMN 中没有该环节"));
                }
                refs.forEach(ref -> checkReference(problems, family.key() + "/" + activityId, ref));
              });
    }
    checks.forEach(
        (bean, check) -> {
          StandardsRule rule = check.rule();
          if (rule.basis().isBlank() || rule.articles().length == 0) {
            problems.add(new Problem(bean, rule.id(), "检查未声明依据"));
          }
          for (String ref : rule.articles()) {
            checkReference(problems, bean, ref);
          }
        });
    for (Entry entry : entries()) {
      if (entry.enforced() && notEnforced.containsKey(entry.article())) {
        problems.add(
            new Problem(
                "config/regulations/not-enforced.yml", entry.article(), "已由系统执行，却整条列为不执行（请列到款、项）"));
      }
      for (ClauseEntry clause : entry.clauses()) {
        if (!clause.enforced() && (clause.reason() == null || clause.reason().isBlank())) {
          problems.add(
              new Problem("config/regulations/not-enforced.yml", clause.clause(), "既未执行也未说明理由"));
        }
        if (clause.enforced() && notEnforced.containsKey(clause.clause())) {
          problems.add(
              new Problem("config/regulations/not-enforced.yml", clause.clause(), "已由系统执行，却列为不执行"));
        }
      }
    }
    for (String reference : notEnforced.keySet()) {
      if (!articles.clauseExists(reference)) {
        problems.add(new Problem("config/regulations/not-enforced.yml", reference, "法规中没有该条（款、项）"));
      }
    }
    return problems;
  }

  private void checkReference(List<Problem> problems, String where, String reference) {
    List<RegulationArticles.Clause> covered = articles.clausesOf(reference);
    if (covered == null) {
      problems.add(new Problem(where, reference, "法规中没有该条（款、项）"));
    } else if (covered.isEmpty()) {
      problems.add(new Problem(where, reference, "该条有多款（项），请引用到款或项"));
    }
  }

  private List<RegulationArticles.Clause> covered(String reference) {
    List<RegulationArticles.Clause> covered = articles.clausesOf(reference);
    return covered == null ? List.of() : covered;
  }

  /** The reason a clause is not enforced: its own, else its paragraph's, else its article's. */
  private String excuse(String article, String clause) {
    for (String key = clause; key.length() >= article.length(); ) {
      if (notEnforced.containsKey(key)) {
        return notEnforced.get(key);
      }
      int cut = Math.max(key.lastIndexOf("第"), article.length());
      if (cut >= key.length() || key.equals(article)) {
        break;
      }
      key = key.substring(0, cut);
    }
    return notEnforced.get(article);
  }

  private static <T> void addOnce(Map<String, List<T>> map, String key, T value) {
    List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private Map<String, BpmnModelInstance> models() {
    Map<String, BpmnModelInstance> models = new LinkedHashMap<>();
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().latestVersion().list()) {
      models.put(definition.getKey(), repository.getBpmnModelInstance(definition.getId()));
    }
    return models;
  }

  private List<StepRef> usages(Map<String, BpmnModelInstance> models, String bean) {
    List<StepRef> usages = new ArrayList<>();
    String expression = "${" + bean + "}";
    models.forEach(
        (key, model) -> {
          for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            if (expression.equals(task.getCamundaDelegateExpression())) {
              String name = families.find(key).map(ProcessFamily::name).orElse(key);
              usages.add(new StepRef(key, name, task.getId(), task.getName()));
            }
          }
        });
    return usages;
  }

  private static String activityName(BpmnModelInstance model, String activityId) {
    if (model == null) {
      return null;
    }
    var element = model.getModelElementById(activityId);
    return element instanceof FlowElement flow ? flow.getName() : null;
  }
}
