package cn.affairs.approval.standards;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.Checks;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The regulation map is derived from the code and complete. */
@AffairsTest
class RegulationMapTest {

  @Autowired RegulationMap map;
  @Autowired RegulationArticles articles;
  @Autowired Checks checks;
  @LocalServerPort int port;

  @Test
  void theRegulationTextsAreReadArticleByArticle() {
    assertThat(articles.all()).filteredOn(a -> a.document().equals("办法")).hasSize(37);
    assertThat(articles.all()).filteredOn(a -> a.document().equals("条例")).hasSize(51);
    assertThat(articles.exists("办法 第十九条")).isTrue();
    assertThat(RegulationArticles.articleOf("办法 第十九条第三款")).isEqualTo("办法 第十九条");
  }

  @Test
  void theArticlesAreReadClauseByClause() {
    assertThat(clauseKeys("条例 第十五条"))
        .containsExactly("条例 第十五条第一款", "条例 第十五条第二款", "条例 第十五条第三款", "条例 第十五条第四款");
    assertThat(clauseKeys("办法 第二十四条"))
        .containsExactly("办法 第二十四条第一项", "办法 第二十四条第二项", "办法 第二十四条第三项", "办法 第二十四条第四项", "办法 第二十四条第五项");
    assertThat(clauseKeys("条例 第四十六条")).hasSize(4).allMatch(k -> k.matches(".*第[一二三四]项"));
    assertThat(clauseKeys("办法 第二十二条")).containsExactly("办法 第二十二条");
    assertThat(articles.clausesOf("条例 第十五条第二款"))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).contains("涉及资产处置的，应当经财政部门同意"));
    assertThat(articles.clausesOf("办法 第二十四条第三项"))
        .singleElement()
        .satisfies(c -> assertThat(c.text()).contains("不得有下列行为", "接受单位或者个人捐赠车辆"));
    assertThat(articles.clausesOf("条例 第十五条")).as("an article of four clauses").isEmpty();
    assertThat(articles.clausesOf("条例 第十五条第九款")).isNull();
    assertThat(articles.clausesOf("办法 第二十二条")).hasSize(1);
  }

  List<String> clauseKeys(String article) {
    return articles.all().stream()
        .filter(a -> a.key().equals(article))
        .findFirst()
        .orElseThrow()
        .clauses()
        .stream()
        .map(RegulationArticles.Clause::key)
        .toList();
  }

  @Test
  void everyCheckDeclaresItsBasisAndEveryReferenceAndStepExists() {
    for (StandardsCheck check : checks.all()) {
      assertThat(check.rule().basis()).as(check.rule().id()).isNotBlank();
      assertThat(check.rule().articles()).as(check.rule().id()).isNotEmpty();
    }
    assertThat(map.problems()).isEmpty();
  }

  @Test
  void everyArticleIsEnforcedOrExplained() {
    for (RegulationMap.Entry entry : map.entries()) {
      assertThat(entry.enforced() || (entry.reason() != null && !entry.reason().isBlank()))
          .as(entry.article())
          .isTrue();
    }
  }

  @Test
  void everyClauseIsEnforcedOrExplained() {
    for (RegulationMap.Entry entry : map.entries()) {
      assertThat(entry.clauses()).as(entry.article()).isNotEmpty();
      for (RegulationMap.ClauseEntry clause : entry.clauses()) {
        assertThat(clause.enforced() || (clause.reason() != null && !clause.reason().isBlank()))
            .as(clause.clause())
            .isTrue();
      }
    }
  }

  /**
   * 条例 第十五条第二款 (every disposal needs 财政部门's consent) is enforced by the consent step and the value
   * check; its first clause (财政部门's general oversight) is excused, not enforced by them.
   */
  @Test
  void tiaoli15_theSecondClauseIsEnforcedByTheFinanceConsentAndTheOthersAreExcused() {
    RegulationMap.Entry article15 =
        map.entries().stream().filter(e -> e.article().equals("条例 第十五条")).findFirst().orElseThrow();
    RegulationMap.ClauseEntry second = article15.clauses().get(1);
    assertThat(second.clause()).isEqualTo("条例 第十五条第二款");
    assertThat(second.enforced()).isTrue();
    assertThat(second.steps())
        .extracting(RegulationMap.StepRef::activityId)
        .contains("Task_FinanceConsent");
    assertThat(second.checks()).extracting(RegulationMap.CheckRef::rule).contains("assetValue");
    RegulationMap.ClauseEntry first = article15.clauses().get(0);
    assertThat(first.enforced()).isFalse();
    assertThat(first.reason()).isNotBlank();
    assertThat(first.checks()).isEmpty();
  }

  @Test
  void aReferenceToAnArticleOfSeveralClausesIsTooBroad() {
    assertThat(map.problems()).noneMatch(p -> p.message().contains("请引用到款或项"));
    assertThat(articles.clausesOf("办法 第十九条")).isEmpty();
  }

  /**
   * README.md's regulation-map table is this map: every clause of an article the system enforces in
   * part or in whole, with its checks and the number of steps, or 不执行 when it is excused. The table
   * the map gives is written to target/regulation-map.md for pasting.
   */
  @Test
  void theReadmeTableFollowsTheMap() throws IOException {
    StringBuilder table = new StringBuilder("| 条款 | 检查 (checks) | 环节 (steps) |\n|---|---|---|\n");
    for (RegulationMap.Entry entry : map.entries()) {
      if (!entry.enforced()) {
        continue;
      }
      for (RegulationMap.ClauseEntry clause : entry.clauses()) {
        String checksCell =
            clause.checks().stream()
                .map(RegulationMap.CheckRef::name)
                .distinct()
                .sorted()
                .reduce((a, b) -> a + "、" + b)
                .orElse("—");
        table
            .append("| ")
            .append(clause.clause())
            .append(" | ")
            .append(clause.enforced() ? checksCell : "不执行（见 not-enforced.yml）")
            .append(" | ")
            .append(clause.enforced() ? String.valueOf(clause.steps().size()) : "—")
            .append(" |\n");
      }
    }
    Path target = Path.of("target", "regulation-map.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, table.toString());
    assertThat(Files.readString(Path.of("README.md"))).contains(table.toString());
  }

  @Test
  void theMapIsServedWithStepsAndChecks() {
    Response served = new ApiClient(port).as("sx-jyt-staff").get("/api/standards/articles");
    assertThat(served.status()).isEqualTo(200);
    JsonNode article18 = null;
    for (JsonNode e : served.body()) {
      if (e.get("article").asText().equals("办法 第十八条")) {
        article18 = e;
      }
    }
    assertThat(article18.get("enforced").asBoolean()).isTrue();
    assertThat(article18.get("steps").toString()).contains("Task_GovernmentApproval", "本级政府审批");
    assertThat(article18.get("checks").toString())
        .contains("officeRoomArea", "Task_CheckOfficeRoomArea");
    JsonNode clause2 = article18.get("clauses").get(1);
    assertThat(clause2.get("clause").asText()).isEqualTo("办法 第十八条第二款");
    assertThat(clause2.get("enforced").asBoolean()).isTrue();
    assertThat(clause2.get("text").asText()).contains("报本级政府批准后按有关规定实施");
    assertThat(clause2.get("steps").toString()).contains("Task_GovernmentApproval");
    assertThat(clause2.get("checks").toString()).contains("usableAreaCoefficient");
  }
}
