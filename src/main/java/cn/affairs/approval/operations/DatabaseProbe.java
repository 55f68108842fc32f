package cn.affairs.approval.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Follows the database after the start: when it cannot be reached (a restart, a cut network), the
 * application stops accepting traffic (readiness REFUSING_TRAFFIC, so {@link ReadinessGate} answers
 * 503 at once and a load balancer takes the node out); when it answers again, readiness comes back
 * by itself. Each probe borrows a pooled connection and validates it, so a pool holding connections
 * to the old server is renewed too. The probe runs every {@code affairs.database.probe-interval}
 * (PT2S); requests that meet the outage before the probe does are answered 503 by {@link
 * DatabaseOutageFilter} and {@code web.ApiExceptionHandler}.
 */
@Component
public class DatabaseProbe {

  private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

  private final DataSource dataSource;
  private final ApplicationEventPublisher events;
  private final ApplicationAvailability availability;
  private final int validationSeconds;
  private volatile boolean started;
  private volatile boolean down;

  DatabaseProbe(
      DataSource dataSource,
      ApplicationEventPublisher events,
      ApplicationAvailability availability,
      @Value("${affairs.database.validation-timeout:PT1S}") Duration validationTimeout) {
    this.dataSource = dataSource;
    this.events = events;
    this.availability = availability;
    this.validationSeconds = (int) Math.max(1, validationTimeout.toSeconds());
  }

  @EventListener(ApplicationReadyEvent.class)
  void started() {
    started = true;
  }

  /** Whether the last probe (or a request) found the database unreachable. */
  public boolean databaseDown() {
    return down;
  }

  @Scheduled(
      fixedDelayString = "${affairs.database.probe-interval:PT2S}",
      initialDelayString = "${affairs.database.probe-interval:PT2S}")
  public void probe() {
    if (!started) {
      return;
    }
    if (reachable()) {
      if (down) {
        down = false;
        log.info("数据库已恢复连接，系统重新接收请求");
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
      }
    } else {
      lost();
    }
  }

  /** The database is unreachable: refuse traffic until a probe reaches it again. */
  void lost() {
    if (!started || down) {
      return;
    }
    down = true;
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
      log.warn("数据库无法连接，系统暂停接收请求，恢复后自动继续");
      AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
    }
  }

  private boolean reachable() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(validationSeconds);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
