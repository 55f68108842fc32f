package cn.affairs.approval.planchange;

import static cn.affairs.approval.planchange.PlanChangeForms.added;
import static cn.affairs.approval.planchange.PlanChangeForms.emergency;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.TestProfiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The two deadlines of the emergency 备案 on a running system, with Camunda's job executor and the
 * overdue-step scan running as in production and nobody acting (条例 第三十八条): the unit is judged on
 * when it filed, so a late filing is flagged and supervised at once, with no timer job to wait for;
 * the bureau's own 备案 step, once past its due date, is an overdue step — its reviewers get the 超期提醒
 * of the scan — and never a mark on the unit or a 督办.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.job-execution.wait-time-in-millis=200",
      "camunda.bpm.job-execution.max-wait=1000",
      "affairs.messages.overdue-scan=PT1S"
    })
@ActiveProfiles(resolver = TestProfiles.class)
class FilingTimerIT {

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @Test
  void tiaoli38_aLateFilingIsFlaggedAndSupervisedAtOnceWithoutATimer() {
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
    assertThat(created.get("overdue").asBoolean()).as("flagged when the unit files").isTrue();
    assertThat(created.get("currentSteps").findValuesAsText("taskKey"))
        .contains("Task_SuperviseFiling", "Task_FilingReview");
    assertThat(api.as("xl-director").get("/api/tasks?size=200").text()).contains(id);
    String instance = created.get("currentSteps").get(0).path("taskId").asText();
    assertThat(
            management
                .createJobQuery()
                .processInstanceId(
                    tasks.createTaskQuery().taskId(instance).singleResult().getProcessInstanceId())
                .count())
        .isZero();
  }

  @Test
  void tiaoli38_theBureauLateOnATimelyFilingIsRemindedAsAnOverdueStepAndTheUnitIsNotFlagged()
      throws InterruptedException {
    ApiClient api = new ApiClient(port);
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    Response created =
        api.as("xl-jyj-staff")
            .post(
                "/api/applications",
                Map.of(
                    "processKey",
                    "plan-change",
                    "form",
                    emergency(today, added("ENERGY", "应急照明设备", "3"))));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(created.get("overdue").asBoolean()).isFalse();
    JsonNode filing = created.get("currentSteps").get(0);
    assertThat(filing.path("taskKey").asText()).isEqualTo("Task_FilingReview");
    // the bureau's step runs past its due date
    tasks.setDueDate(
        filing.path("taskId").asText(), Date.from(Instant.now().minus(Duration.ofDays(2))));
    // the scan, every second here, reminds the bureau's reviewers
    String overdueNotice = "（" + id + "）的“先行调整备案”环节已超过办理期限";
    String messages = "";
    for (int i = 0; i < 60 && !messages.contains(overdueNotice); i++) {
      Thread.sleep(500);
      messages = api.as("xl-reviewer").get("/api/messages?size=200").text();
    }
    assertThat(messages).as("超期提醒 to the reviewer").contains(overdueNotice);
    Response detail = api.as("xl-jyj-staff").get("/api/applications/" + id);
    assertThat(detail.get("overdue").asBoolean()).as("the unit filed in time").isFalse();
    assertThat(detail.get("currentSteps").findValuesAsText("taskKey"))
        .containsExactly("Task_FilingReview");
    assertThat(api.as("xl-director").get("/api/tasks?size=200").text()).doesNotContain(id);
  }
}
