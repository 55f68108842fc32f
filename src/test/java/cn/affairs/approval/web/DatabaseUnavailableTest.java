package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database being away (503) and which are bugs (500). */
class DatabaseUnavailableTest {

  @Test
  void aRollbackThatCannotReachTheDatabaseIsTheDatabaseBeingAway() {
    // an action refused (409) as the database went: the rollback then fails on the lost connection
    TransactionSystemException rollback =
        new TransactionSystemException(
            "JDBC rollback failed", new SQLException("Connection is closed"));
    rollback.initApplicationException(new IllegalStateException("申请后办公室用房超过核定标准"));
    assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
  }

  @Test
  void aConnectionThePoolCannotGiveIsTheDatabaseBeingAway() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new IllegalStateException(
                    new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("timeout", "08001")))))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000"))).isFalse();
    assertThat(
            DatabaseUnavailable.causedBy(
                new TransactionSystemException("no transaction", new IllegalStateException())))
        .isFalse();
  }
}
