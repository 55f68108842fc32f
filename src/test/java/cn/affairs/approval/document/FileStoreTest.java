package cn.affairs.approval.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.testing.AffairsTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Files follow their row's transaction: no orphan after a rollback, no loss before a commit. */
@AffairsTest
class FileStoreTest {

  @Autowired FileStore store;
  @Autowired TransactionTemplate transactions;

  @Test
  void aFileKeptInATransactionThatRollsBackIsRemoved() throws Exception {
    String id = UUID.randomUUID().toString();
    Path[] kept = new Path[1];
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      try {
                        store.keep(
                            store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10), id);
                      } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                      }
                      kept[0] = store.pathOf(id);
                      assertThat(Files.exists(kept[0])).isTrue();
                      throw new IllegalStateException("a later step of the action fails");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(kept[0])).isFalse();
  }

  @Test
  void aDeletedFileGoesOnlyWhenTheDeletionCommits() throws Exception {
    String id = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          try {
            store.keep(store.receive(new ByteArrayInputStream(new byte[] {1}), 10), id);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(store.exists(id)).isTrue();
    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    status -> {
                      store.deleteAfterCommit(id);
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.exists(id)).as("kept: the deletion rolled back").isTrue();
    transactions.executeWithoutResult(status -> store.deleteAfterCommit(id));
    assertThat(store.exists(id)).isFalse();
  }

  @Test
  void anUploadOverTheLimitIsNotKept() throws Exception {
    FileStore.Incoming incoming = store.receive(new ByteArrayInputStream(new byte[11]), 10);
    assertThat(incoming.file()).isNull();
    assertThat(incoming.size()).isGreaterThan(10);
  }

  @Autowired AbandonedUploads abandoned;
  @Autowired AttachmentMapper attachments;

  @Test
  void anUploadNeverSubmittedGoesAfterTheRetentionAndACasesFileStays() throws Exception {
    String old = UUID.randomUUID().toString();
    String recent = UUID.randomUUID().toString();
    transactions.executeWithoutResult(
        status -> {
          try {
            for (String id : new String[] {old, recent}) {
              store.keep(store.receive(new ByteArrayInputStream(new byte[] {1}), 10), id);
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          java.time.LocalDateTime now = java.time.LocalDateTime.now();
          attachments.insert(
              new Attachment(
                  old,
                  null,
                  null,
                  null,
                  null,
                  "office-repair",
                  null,
                  "old.pdf",
                  1,
                  "application/pdf",
                  "0".repeat(64),
                  "sx-jyt-staff",
                  now.minusDays(8)));
          attachments.insert(
              new Attachment(
                  recent,
                  null,
                  null,
                  null,
                  null,
                  "office-repair",
                  null,
                  "new.pdf",
                  1,
                  "application/pdf",
                  "0".repeat(64),
                  "sx-jyt-staff",
                  now.minusDays(6)));
        });
    assertThat(abandoned.removeOlderThanRetention()).isGreaterThanOrEqualTo(1);
    assertThat(attachments.find(old)).isNull();
    assertThat(store.exists(old)).isFalse();
    assertThat(attachments.find(recent)).isNotNull();
    assertThat(store.exists(recent)).isTrue();
  }
}
