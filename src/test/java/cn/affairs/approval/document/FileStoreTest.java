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
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      try {
        store.keep(store.receive(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10), id);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      kept[0] = store.pathOf(id);
      assertThat(Files.exists(kept[0])).isTrue();
      throw new IllegalStateException("a later step of the action fails");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(Files.exists(kept[0])).isFalse();
  }

  @Test
  void aDeletedFileGoesOnlyWhenTheDeletionCommits() throws Exception {
    String id = UUID.randomUUID().toString();
    transactions.executeWithoutResult(status -> {
      try {
        store.keep(store.receive(new ByteArrayInputStream(new byte[] {1}), 10), id);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(store.exists(id)).isTrue();
    assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
      store.deleteAfterCommit(id);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);
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
}
