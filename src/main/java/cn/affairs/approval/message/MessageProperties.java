package cn.affairs.approval.message;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code affairs.messages.*}. E-mail is off by default; when on, Spring Mail's {@code
 * spring.mail.*} names the SMTP server, and a failed delivery is tried again {@code retries} times,
 * waiting {@code retryDelay} and then twice as long each time.
 */
@ConfigurationProperties("affairs.messages")
public record MessageProperties(Mail mail) {

  public MessageProperties {
    mail = mail == null ? new Mail(false, null, null, 0, null) : mail;
  }

  public record Mail(
      boolean enabled, String from, String portalUrl, int retries, Duration retryDelay) {
    public Mail {
      from = from == null || from.isBlank() ? "approval@localhost" : from;
      portalUrl = portalUrl == null ? "" : portalUrl;
      retries = retries <= 0 ? 3 : retries;
      retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
    }
  }
}
