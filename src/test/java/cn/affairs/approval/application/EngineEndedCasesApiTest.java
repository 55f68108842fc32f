package cn.affairs.approval.application;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stale engine state: a case whose process instance is ended outside our API (cancelled in Cockpit)
 * shows as 已终止, and the case page, timeline and diagram keep working after Camunda's history
 * cleanup removed the instance's history; the history time to live and the cleanup window come from
 * the configuration.
 */
@AffairsTest
class EngineEndedCasesApiTest {

  static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity", "确有必要",
          "opinionStandard", "符合标准",
          "opinionLocation", "选址合理",
          "opinionFunding", "资金已落实");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired ProcessEngineConfiguration engineConfiguration;

  ApiClient api() {
    return new ApiClient(port);
  }

  String start() {
    Response created = api().as("sx-jyt-staff").post("/api/applications", request(expansion(5)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  String instanceOf(String id) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(id)
        .singleResult()
        .getId();
  }

  /** Cockpit's 取消: the admin signed in, custom listeners skipped. */
  void cancelInCockpit(String processInstanceId) {
    identity.setAuthenticatedUserId("admin");
    try {
      runtime.deleteProcessInstance(processInstanceId, "管理员在 Cockpit 中取消", true, true);
    } finally {
      identity.clearAuthentication();
    }
  }

  String walkToApproved() {
    String id = start();
    for (String user : List.of("sx-jyt-head", "sx-reviewer", "sx-gov")) {
      JsonNode step = api().as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
      assertThat(step).hasSize(1);
      Map<String, Object> body =
          user.equals("sx-reviewer")
              ? Map.of("decision", "APPROVE", "form", OPINIONS)
              : Map.of("decision", "APPROVE");
      Response done =
          api()
              .as(user)
              .post("/api/tasks/" + step.get(0).get("taskId").asText() + "/complete", body);
      assertThat(done.status()).as(done.text()).isEqualTo(200);
    }
    return id;
  }

  @Test
  void aCaseCancelledInCockpitShowsAsTerminatedInTheListsAndOnItsPage() {
    String id = start();
    cancelInCockpit(instanceOf(id));

    Response page = api().as("sx-jyt-staff").get("/api/applications/" + id);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.get("status").asText()).isEqualTo("TERMINATED");
    assertThat(page.get("statusLabel").asText()).isEqualTo("已终止");
    assertThat(page.get("currentSteps")).isEmpty();
    JsonNode timeline = page.get("timeline");
    JsonNode last = timeline.get(timeline.size() - 1);
    assertThat(last.get("decision").asText()).isEqualTo("TERMINATE");
    assertThat(last.get("userId").asText()).isEqualTo("admin");
    assertThat(last.get("comment").asText()).contains("管理员在 Cockpit 中取消");

    Response mine = api().as("sx-jyt-staff").get("/api/applications?scope=mine&size=200");
    JsonNode row = find(mine.get("items"), id);
    assertThat(row.get("status").asText()).isEqualTo("TERMINATED");
    assertThat(row.get("statusLabel").asText()).isEqualTo("已终止");
    Response running =
        api().as("sx-reviewer").get("/api/applications?scope=all&status=RUNNING&size=200");
    assertThat(ids(running.get("items"))).doesNotContain(id);
    Response terminated =
        api().as("sx-reviewer").get("/api/applications?scope=all&status=TERMINATED&size=200");
    assertThat(ids(terminated.get("items"))).contains(id);

    // nothing can be done on it any more
    Response withdraw = api().as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdraw.status()).isEqualTo(409);
    assertThat(withdraw.get("message").asText()).contains("已终止");
  }

  @Test
  void aWithdrawalIsStillAWithdrawalNotATermination() {
    String id = start();
    Response withdrawn = api().as("sx-jyt-staff").post("/api/applications/" + id + "/withdraw");
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);
    assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
    JsonNode timeline = withdrawn.get("timeline");
    assertThat(timeline.get(timeline.size() - 1).get("decision").asText()).isEqualTo("WITHDRAW");
  }

  @Test
  void theCasePageTimelineAndDiagramWorkAfterTheHistoryCleanup() {
    String approved = walkToApproved();
    String cancelled = start();
    String cancelledInstance = instanceOf(cancelled);
    cancelInCockpit(cancelledInstance);
    for (String id : List.of(approved, cancelled)) {
      JsonNode before = api().as("sx-jyt-staff").get("/api/applications/" + id).body();
      HistoricProcessInstance instance =
          history
              .createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(id)
              .singleResult();
      // what the cleanup removes: the instance's whole history (activities, tasks, variables)
      history.deleteHistoricProcessInstance(instance.getId());
      assertThat(
              history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count())
          .isZero();

      Response page = api().as("sx-jyt-staff").get("/api/applications/" + id);
      assertThat(page.status()).as(page.text()).isEqualTo(200);
      assertThat(page.get("status").asText()).isEqualTo(before.path("status").asText());
      assertThat(page.get("timeline")).isEqualTo(before.path("timeline"));
      assertThat(page.get("checks")).isEqualTo(before.path("checks"));

      Response diagram = api().as("sx-jyt-staff").get("/api/applications/" + id + "/diagram");
      assertThat(diagram.status()).as(diagram.text()).isEqualTo(200);
      assertThat(diagram.get("bpmnXml").asText()).contains("office-space-construction");
      assertThat(diagram.get("activeActivityIds")).isEmpty();
      List<String> passed = new ArrayList<>();
      diagram.get("completedActivityIds").forEach(a -> passed.add(a.asText()));
      assertThat(passed).contains("StartEvent_Submitted");
      if (id.equals(approved)) {
        assertThat(passed).hasSizeGreaterThanOrEqualTo(4);
      }
    }
  }

  @Test
  void historyTimeToLiveAndTheCleanupWindowComeFromTheConfiguration() {
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      assertThat(definition.getHistoryTimeToLive())
          .as("history time to live of %s (affairs.history.time-to-live-days)", definition.getId())
          .isEqualTo(1825);
    }
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) engineConfiguration;
    assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");

    String id = walkToApproved();
    HistoricProcessInstance instance =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
    assertThat(instance.getRemovalTime())
        .as("the cleanup removes the history 1825 days after the case ended")
        .isNotNull();
    // within a second: MySQL/MariaDB store whole seconds
    assertThat(
            Duration.between(
                    instance.getEndTime().toInstant().plus(1825, ChronoUnit.DAYS),
                    instance.getRemovalTime().toInstant())
                .abs())
        .isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  private static JsonNode find(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " not in the list");
  }

  private static List<String> ids(JsonNode items) {
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asText()));
    return ids;
  }
}
