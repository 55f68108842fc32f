package cn.affairs.approval.standards;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.Checks;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
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
  }
}
