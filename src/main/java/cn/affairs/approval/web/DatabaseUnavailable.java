package cn.affairs.approval.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether an exception means that the database cannot be reached (restarted, network cut, pool
 * timed out): such a request is answered 503 with {@link #BODY}, never 500, and its transaction has
 * rolled back. The causes are searched because MyBatis, Camunda and Spring wrap the driver's
 * exception.
 */
public final class DatabaseUnavailable {

  /** What a user reads while the database is unreachable. */
  public static final ErrorBody BODY =
      new ErrorBody("UNAVAILABLE", "数据库暂时无法连接，本次操作未执行，请稍后重试", null);

  /** Seconds a client should wait before it tries again. */
  public static final String RETRY_AFTER = "5";

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TransactionSystemException tse
          && tse.getOriginalException() != null
          && tse.getOriginalException() != t
          && causedBy(tse.getOriginalException())) {
        return true;
      }
      // the commit or the rollback could not talk to the database: the connection went with it
      // (whatever the action failed of first, e.g. a register conflict met as the database went)
      if (t instanceof TransactionSystemException && t.getCause() instanceof SQLException) {
        return true;
      }
      // SQLSTATE class 08: connection exception (the pool's "Connection is closed" is one)
      if (t instanceof SQLException sql
              && sql.getSQLState() != null
              && sql.getSQLState().startsWith("08")
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }
}
