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
 * The regulation map: for each article of the two regulations, the BPMN steps and the checks that
 * enforce it — derived from the code (each check's {@link StandardsRule#articles()}, each family's
 * {@link ProcessFamily#stepArticles()}, and the deployed BPMN that calls the check) — or the reason
 * the system deliberately does not enforce it (config/regulations/not-enforced.yml).
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

  public record Entry(
      String article,
      String document,
      String chapter,
      String title,
      boolean enforced,
      List<StepRef> steps,
      List<CheckRef> checks,
      String reason) {}

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
                    stepsByArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(step);
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
              checksByArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(ref);
            }
          }
        });
    List<Entry> entries = new ArrayList<>();
    for (RegulationArticles.Article a : articles.all()) {
      List<StepRef> steps = stepsByArticle.getOrDefault(a.key(), List.of());
      List<CheckRef> refs = checksByArticle.getOrDefault(a.key(), List.of());
      boolean enforced = !steps.isEmpty() || !refs.isEmpty();
      entries.add(
          new Entry(
              a.key(),
              a.document(),
              a.chapter(),
              a.title(),
              enforced,
              steps,
              refs,
              enforced ? null : notEnforced.get(a.key())));
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
      if (!entry.enforced() && (entry.reason() == null || entry.reason().isBlank())) {
        problems.add(
            new Problem("config/regulations/not-enforced.yml", entry.article(), "既未执行也未说明理由"));
      }
      if (entry.enforced() && notEnforced.containsKey(entry.article())) {
        problems.add(
            new Problem("config/regulations/not-enforced.yml", entry.article(), "已由系统执行，却列为不执行"));
      }
    }
    for (String article : notEnforced.keySet()) {
      if (!articles.exists(article)) {
        problems.add(new Problem("config/regulations/not-enforced.yml", article, "法规中没有该条"));
      }
    }
    return problems;
  }

  private void checkReference(List<Problem> problems, String where, String reference) {
    String article = RegulationArticles.articleOf(reference);
    if (article == null || !articles.exists(article)) {
      problems.add(new Problem(where, reference, "法规中没有该条"));
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
