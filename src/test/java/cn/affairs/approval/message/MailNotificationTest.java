package cn.affairs.approval.message;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.UserAccount;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.TestProfiles;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail of messages against an in-process SMTP server (GreenMail): sent after the action commits,
 * and a mail server that is down neither fails the approval nor loses the mail (it is retried). Its
 * own context and in-memory database, since it turns e-mail on.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:affairs-mail-test;MODE=MySQL;DATABASE_TO_LOWER=FALSE;"
          + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
      "camunda.bpm.generate-unique-process-engine-name=true",
      "affairs.messages.mail.enabled=true",
      "affairs.messages.mail.from=approval@jgswj.example",
      "affairs.messages.mail.portal-url=http://approval.example",
      "affairs.messages.mail.retries=6",
      "affairs.messages.mail.retry-delay=PT0.5S",
      "spring.mail.host=127.0.0.1",
      "spring.mail.properties.mail.smtp.connectiontimeout=2000",
      "spring.mail.properties.mail.smtp.timeout=2000"
    })
@ActiveProfiles(resolver = TestProfiles.class)
class MailNotificationTest {

  static final int SMTP_PORT = freePort();

  @RegisterExtension
  static GreenMailExtension smtp =
      new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
          .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void smtpPort(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort int port;
  @Autowired OrganisationRegistry organisation;
  @Autowired TransactionTemplate transactions;

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void setEmail(String userId, String email) {
    // the organisation tables are what Camunda's identity service reads
    transactions.executeWithoutResult(
        tx -> {
          UserAccount user = organisation.lockUser(userId);
          organisation.updateUser(
              new UserAccount(
                  user.id(), user.name(), user.unitCode(), email, user.active(), user.roles()),
              null);
        });
  }

  MimeMessage[] mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(MimeMessage[]::new);
  }

  @Test
  void aMessageIsMailedAfterCommitAndAMailServerDownNeverFailsTheApproval() throws Exception {
    setEmail("sx-jyt-head", "head@jyt.example");
    setEmail("sx-jyt-staff", "staff@jyt.example");
    ApiClient api = new ApiClient(port);
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(expansion(10)));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage toHead = mailTo("head@jyt.example")[0];
    assertThat(toHead.getSubject()).isEqualTo("【机关事务审批】待办：" + id);
    assertThat(GreenMailUtil.getBody(toHead)).isNotBlank();
    assertThat(toHead.getContent().toString())
        .contains(id, "单位负责人审核", "http://approval.example/#/applications/" + id);
    assertThat(toHead.getFrom()[0].toString()).isEqualTo("approval@jgswj.example");

    // the mail server goes down: the decision still succeeds, and the mail follows once it is back
    smtp.stop();
    String task = created.get("currentSteps").get(0).get("taskId").asText();
    Response rejected =
        api.as("sx-jyt-head")
            .post(
                "/api/tasks/" + task + "/complete",
                Map.of("decision", "REJECT", "comment", "暂缓建设"));
    assertThat(rejected.status()).as(rejected.text()).isEqualTo(200);
    assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
    JsonAssert.hasMessage(api.as("sx-jyt-staff").get("/api/notifications").body(), id, "DECIDED");
    Thread.sleep(1500); // at least one failed attempt while the server is down
    smtp.start();
    long deadline = System.currentTimeMillis() + 30_000;
    while (mailTo("staff@jyt.example").length == 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(200);
    }
    MimeMessage[] toStaff = mailTo("staff@jyt.example");
    assertThat(toStaff).as("the retried mail arrives").hasSize(1);
    assertThat(toStaff[0].getSubject()).isEqualTo("【机关事务审批】审批结果：" + id);
    assertThat(toStaff[0].getContent().toString()).contains("未获批准");
  }

  /** The message list holds a message of this type about this case. */
  static final class JsonAssert {
    static void hasMessage(
        com.fasterxml.jackson.databind.JsonNode list, String applicationId, String type) {
      boolean found = false;
      for (var m : list.get("items")) {
        found |=
            applicationId.equals(m.path("applicationId").asText())
                && type.equals(m.path("type").asText());
      }
      assertThat(found).as(type + " message about " + applicationId + " in " + list).isTrue();
    }
  }
}
