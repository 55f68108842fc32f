package cn.affairs.approval.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.testing.AffairsTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@AffairsTest
class AuditLogTest {

  @Autowired AuditLog audit;
  @Autowired TransactionTemplate tx;

  @Test
  void recordsWhoWhatBeforeAndAfterInTheCallersTransaction() {
    AuditEntry entry =
        tx.execute(
            s ->
                audit.record(
                    "TEST_EDIT",
                    "admin",
                    "sx",
                    "figure.x",
                    "把 x 由 1 改为 2",
                    Map.of("value", 1),
                    Map.of("value", 2)));

    var page = audit.find("TEST_EDIT", null, null, "sx", 0, 20);
    assertThat(page.total()).isEqualTo(1);
    AuditEntry read = page.items().get(0);
    assertThat(read.id()).isEqualTo(entry.id());
    assertThat(read.actor()).isEqualTo("admin");
    assertThat(read.beforeJson()).isEqualTo("{\"value\":1}");
    assertThat(read.afterJson()).isEqualTo("{\"value\":2}");
    assertThat(read.at()).isNotNull();
  }

  @Test
  void aChangeThatRollsBackLeavesNoAuditRow() {
    tx.executeWithoutResult(
        s -> {
          audit.record("TEST_ROLLBACK", "admin", null, "x", "会回滚的修改", null, "after");
          s.setRollbackOnly();
        });
    assertThat(audit.find("TEST_ROLLBACK", null, null, null, 0, 20).total()).isZero();
  }

  @Test
  void refusesToRecordOutsideATransaction() {
    assertThatThrownBy(() -> audit.record("TEST_NO_TX", "admin", null, "x", "没有事务", null, null))
        .isInstanceOf(IllegalTransactionStateException.class);
  }
}
