package cn.affairs.approval.message;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Optional e-mail of messages ({@code affairs.messages.mail.enabled}, off by default). A mail is
 * sent only after the action's transaction has committed, on a thread of its own, so that a slow or
 * failing mail server never delays or fails an approval; a failed delivery is retried with growing
 * delays and logged. Users without an e-mail address in Camunda's user table get none.
 */
@Component
class MailNotifier {

  private static final Logger log = LoggerFactory.getLogger(MailNotifier.class);

  private final MessageProperties.Mail settings;
  private final ObjectProvider<JavaMailSender> senders;
  private final IdentityService identity;
  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "message-mail");
            thread.setDaemon(true);
            return thread;
          });

  MailNotifier(
      MessageProperties properties,
      ObjectProvider<JavaMailSender> senders,
      IdentityService identity) {
    this.settings = properties.mail();
    this.senders = senders;
    this.identity = identity;
    if (settings.enabled() && senders.getIfAvailable() == null) {
      log.warn(
          "affairs.messages.mail.enabled is true but no SMTP server is set (spring.mail.host): no e-mail is sent");
    }
  }

  void sendAfterCommit(String recipient, MessageType type, String applicationId, String text) {
    if (!settings.enabled() || senders.getIfAvailable() == null) {
      return;
    }
    String address = address(recipient);
    if (address == null) {
      return;
    }
    SimpleMailMessage mail = new SimpleMailMessage();
    mail.setFrom(settings.from());
    mail.setTo(address);
    mail.setSubject("【机关事务审批】" + type.label() + (applicationId == null ? "" : "：" + applicationId));
    mail.setText(
        text
            + (settings.portalUrl().isBlank() || applicationId == null
                ? ""
                : "\n\n查看：" + settings.portalUrl() + "/#/applications/" + applicationId)
            + "\n\n（本邮件由系统自动发送，请勿回复）");
    Runnable send = () -> attempt(mail, 1, settings.retryDelay());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              executor.execute(send);
            }
          });
    } else {
      executor.execute(send);
    }
  }

  private void attempt(SimpleMailMessage mail, int attempt, Duration delay) {
    try {
      senders.getObject().send(mail);
      log.info("mail \"{}\" sent to {} (attempt {})", mail.getSubject(), mail.getTo()[0], attempt);
    } catch (MailException | IllegalStateException e) {
      if (attempt > settings.retries()) {
        log.error(
            "mail \"{}\" to {} given up after {} attempts: {}",
            mail.getSubject(),
            mail.getTo()[0],
            attempt,
            e.toString());
        return;
      }
      log.warn(
          "mail \"{}\" to {} failed (attempt {}), retrying in {}: {}",
          mail.getSubject(),
          mail.getTo()[0],
          attempt,
          delay,
          e.toString());
      executor.schedule(
          () -> attempt(mail, attempt + 1, delay.multipliedBy(2)),
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private String address(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null || user.getEmail().isBlank()
        ? null
        : user.getEmail();
  }

  @PreDestroy
  void stop() {
    executor.shutdownNow();
  }
}
