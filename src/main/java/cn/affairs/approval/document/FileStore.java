package cn.affairs.approval.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The bytes of the attachments, one file per attachment id under {@code affairs.documents.store}
 * (by default {@code ./data/documents}, beside the embedded database). Files follow the transaction
 * of the row that names them: a file written in a transaction that rolls back is removed, and a
 * file deleted is removed only once the deletion has committed.
 */
@Component
class FileStore {

  private static final Logger log = LoggerFactory.getLogger(FileStore.class);

  /** A received upload, not yet part of the store: its temporary file, size and SHA-256. */
  record Incoming(Path file, long size, String sha256) {}

  private final Path root;

  FileStore(DocumentProperties properties) {
    this.root = properties.store().toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /**
   * Copies an upload to a temporary file of the store, counting its bytes and hashing them; stops
   * (and removes the file) once it is larger than {@code limit}, returning a size above the limit.
   */
  Incoming receive(InputStream content, long limit) throws IOException {
    Path incoming = root.resolve(".incoming");
    Files.createDirectories(incoming);
    Path file = incoming.resolve(UUID.randomUUID().toString());
    MessageDigest sha256 = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(content, sha256);
        var out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        size += n;
        if (size > limit) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      discard(file);
      throw e;
    }
    if (size > limit) {
      discard(file);
      return new Incoming(null, size, null);
    }
    return new Incoming(file, size, HexFormat.of().formatHex(sha256.digest()));
  }

  /**
   * Moves a received file into the store as {@code id}; it goes again if the transaction rolls
   * back.
   */
  void keep(Incoming incoming, String id) {
    Path target = pathOf(id);
    try {
      Files.createDirectories(target.getParent());
      Files.move(incoming.file(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      discard(incoming.file());
      throw new UncheckedIOException("cannot store attachment " + id, e);
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status != STATUS_COMMITTED) {
                discard(target);
              }
            }
          });
    }
  }

  /** Removes a stored file once the transaction that deleted its row has committed. */
  void deleteAfterCommit(String id) {
    Path target = pathOf(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              discard(target);
            }
          });
    } else {
      discard(target);
    }
  }

  InputStream open(String id) throws IOException {
    return Files.newInputStream(pathOf(id));
  }

  boolean exists(String id) {
    return Files.exists(pathOf(id));
  }

  void discard(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("could not remove {}: {}", file, e.toString());
    }
  }

  Path pathOf(String id) {
    if (!id.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("not an attachment id: " + id);
    }
    return root.resolve(id.substring(0, 2)).resolve(id);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
