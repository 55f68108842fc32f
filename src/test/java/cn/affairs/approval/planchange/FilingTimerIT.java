package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.emergency;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.TestProfiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 备案 deadline timer fires on a running system with nobody acting: Camunda's job executor runs
 * (as in production), and an emergency change adjusted long ago is past its 15-working-day deadline
 * at once, so within seconds the case is flagged overdue and the director has a 督办 task.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.job-execution.wait-time-in-millis=200",
      "camunda.bpm.job-execution.max-wait=1000"
    })
@ActiveProfiles(resolver = TestProfiles.class)
class FilingTimerIT {

  @LocalServerPort int port;

  @Test
  void theOverdueTimerFiresWithoutAnyoneActing() throws InterruptedException {
    ApiClient api = new ApiClient(port);
    Response created =
        api.as("xl-jyj-staff")
            .post(
                "/api/applications",
                Map.of(
                    "processKey",
                    "plan-change",
                    "form",
                    emergency("2026-01-05", added("ENERGY", "应急发电机租赁", "5"))));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    Response detail = created;
    for (int i = 0; i < 60 && !detail.get("overdue").asBoolean(); i++) {
      Thread.sleep(500);
      detail = api.as("xl-jyj-staff").get("/api/applications/" + id);
    }
    assertThat(detail.get("overdue").asBoolean()).as("flagged overdue by the timer").isTrue();
    assertThat(detail.get("currentSteps").findValuesAsText("taskKey"))
        .contains("Task_SuperviseFiling", "Task_FilingReview");
    assertThat(api.as("xl-director").get("/api/tasks?size=200").text()).contains(id);
  }
}
