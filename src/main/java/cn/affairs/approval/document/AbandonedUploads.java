package cn.affairs.approval.document;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads made for a form that was never submitted (the applicant closed the page) are removed, row
 * and file, once older than {@code affairs.documents.staged-retention} (default 7 days), so that
 * the store keeps only the files of cases.
 */
@Component
class AbandonedUploads {

  private static final Logger log = LoggerFactory.getLogger(AbandonedUploads.class);

  private final AttachmentMapper attachments;
  private final FileStore store;
  private final DocumentProperties properties;
  private final Clock clock;

  AbandonedUploads(
      AttachmentMapper attachments, FileStore store, DocumentProperties properties, Clock clock) {
    this.attachments = attachments;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
  void scheduled() {
    int removed = removeOlderThanRetention();
    if (removed > 0) {
      log.info("removed {} uploads never submitted with a form", removed);
    }
  }

  @Transactional
  public int removeOlderThanRetention() {
    List<String> ids =
        attachments.abandoned(LocalDateTime.now(clock).minus(properties.stagedRetention()));
    int removed = 0;
    for (String id : ids) {
      removed += attachments.delete(id);
      store.deleteAfterCommit(id);
    }
    return removed;
  }
}
