package cn.affairs.approval.message;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 消息: writes messages (in the caller's transaction, so that a rolled-back action announces nothing)
 * and reads a user's list. Other features call {@link #notify} for 抄送 and 催办.
 */
@Service
public class Messages {

  private final MessageMapper messages;
  private final MailNotifier mail;
  private final Clock clock;

  Messages(MessageMapper messages, MailNotifier mail, Clock clock) {
    this.messages = messages;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Writes one message to each recipient (duplicates and blanks ignored) and, when e-mail is on,
   * mails it once the caller's transaction has committed.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void notify(
      Collection<String> recipients,
      MessageType type,
      String applicationId,
      String taskId,
      String text) {
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (recipient != null && !recipient.isBlank()) {
        write(recipient, type, applicationId, taskId, text, null);
      }
    }
  }

  /**
   * Like {@link #notify} for one recipient, but only once per {@code dedupeKey} (e.g. one overdue
   * notice per task).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean notifyOnce(
      String recipient,
      MessageType type,
      String applicationId,
      String taskId,
      String text,
      String dedupeKey) {
    if (messages.exists(dedupeKey)) {
      return false;
    }
    try {
      write(recipient, type, applicationId, taskId, text, dedupeKey);
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  private void write(
      String recipient,
      MessageType type,
      String applicationId,
      String taskId,
      String text,
      String dedupeKey) {
    String clipped = text.length() > 500 ? text.substring(0, 499) + "…" : text;
    messages.insert(
        new Message(
            null,
            recipient,
            type,
            applicationId,
            taskId,
            clipped,
            LocalDateTime.now(clock),
            null,
            dedupeKey));
    mail.sendAfterCommit(recipient, type, applicationId, clipped);
  }

  /** One message as the 消息 list shows it. */
  public record MessageItem(
      Long id,
      MessageType type,
      String typeLabel,
      String applicationId,
      String taskId,
      String message,
      LocalDateTime at,
      boolean read) {}

  /** A page of the list, with how many of all the user's messages are unread (the badge). */
  public record MessagePage(@JsonUnwrapped Page<MessageItem> page, long unread) {}

  @Transactional(readOnly = true)
  public MessagePage list(CurrentUser user, boolean unreadOnly, PageRequest paging) {
    List<MessageItem> items =
        messages.page(user.id(), unreadOnly, paging.size(), paging.offset()).stream()
            .map(
                m ->
                    new MessageItem(
                        m.id(),
                        m.type(),
                        m.type().label(),
                        m.applicationId(),
                        m.taskId(),
                        m.text(),
                        m.createdAt(),
                        m.readAt() != null))
            .toList();
    return new MessagePage(
        Page.of(items, messages.count(user.id(), unreadOnly), paging),
        messages.count(user.id(), true));
  }

  @Transactional(readOnly = true)
  public long unread(CurrentUser user) {
    return messages.count(user.id(), true);
  }

  /** Marks one of the user's messages read; reading it again changes nothing. */
  @Transactional
  public void read(CurrentUser user, long id) {
    Message m = messages.find(id);
    if (m == null || !m.recipient().equals(user.id())) {
      throw ApiException.notFound("消息不存在");
    }
    messages.markRead(id, LocalDateTime.now(clock));
  }

  @Transactional
  public int readAll(CurrentUser user) {
    return messages.markAllRead(user.id(), LocalDateTime.now(clock));
  }
}
