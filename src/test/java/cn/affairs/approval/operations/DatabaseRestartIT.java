package cn.affairs.approval.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.AffairsApprovalApplication;
import cn.affairs.approval.testing.CaseWalker;
import cn.affairs.approval.testing.OwnMariaDb;
import cn.affairs.approval.testing.TcpProxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database restarts under load: a TCP proxy of the test between the application and MariaDB is
 * cut while clients walk cases, then restored. While it is cut every request fails fast with 503
 * and the Chinese message of our error shape (never 500), readiness goes DOWN; afterwards the
 * application recovers by itself, and every action that was answered 2xx is in the database exactly
 * once, nothing half-written.
 */
class DatabaseRestartIT {

  private static final int CLIENTS = 4;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void requestsFailFastWith503WhileTheDatabaseIsDownAndTheSystemRecoversByItself()
      throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("affairs.test.profiles", "").contains("mysql"),
        "needs the MariaDB server of the failsafe run");
    try (OwnMariaDb db = new OwnMariaDb("affairs_dbrestart");
        TcpProxy proxy = new TcpProxy(OwnMariaDb.HOST, OwnMariaDb.PORT);
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(AffairsApprovalApplication.class)
                .profiles("test", "mysql")
                .run(
                    "--server.port=0",
                    "--spring.jmx.enabled=false",
                    "--camunda.bpm.generate-unique-process-engine-name=true",
                    "--spring.datasource.url=" + db.url(proxy.port()),
                    "--affairs.documents.store="
                        + System.getProperty("java.io.tmpdir")
                        + "/affairs-db-restart")) {
      String base =
          "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      ApplicationAvailability availability = app.getBean(ApplicationAvailability.class);
      HealthEndpoint health = app.getBean(HealthEndpoint.class);
      CaseWalker walker = new CaseWalker(List.of(base));
      Instant end = Instant.now().plus(Duration.ofMinutes(3));
      Instant stopStarting = Instant.now().plusSeconds(25);

      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> walks = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        walks.add(
            clients.submit(
                () -> {
                  do {
                    walker.walk(end);
                  } while (Instant.now().isBefore(stopStarting));
                  return null;
                }));
      }
      Thread.sleep(6_000); // under load first
      int acksBefore = walker.acks.size();

      proxy.cut();
      Instant cutAt = Instant.now();
      // a request that meets the outage fails fast: the pool waits 3 s for a connection at most
      long started = System.nanoTime();
      CaseWalker.Answer during =
          walker.send(base, "sx-jyt-staff", "GET", "/api/applications", null);
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      assertThat(during.status()).as("%s", during.body()).isEqualTo(503);
      assertThat(during.body().path("error").asText()).isEqualTo("UNAVAILABLE");
      assertThat(during.body().path("message").asText()).contains("数据库");
      assertThat(tookMs).as("ms to answer while the database is down").isLessThan(6_000);

      // readiness goes DOWN, and the gate answers every page 503 at once (a balancer's probe)
      waitFor(() -> availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC, 15);
      assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
      started = System.nanoTime();
      CaseWalker.Answer page = walker.send(base, "sx-jyt-staff", "GET", "/login.html", null);
      assertThat(page.status()).isEqualTo(503);
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
      Thread.sleep(Math.max(0, 8_000 - Duration.between(cutAt, Instant.now()).toMillis()));

      proxy.restore();
      waitFor(() -> availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC, 30);
      assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
      assertThat(walker.send(base, "sx-jyt-staff", "GET", "/api/applications", null).status())
          .isEqualTo(200);

      for (Future<?> walk : walks) {
        walk.get(3, TimeUnit.MINUTES); // every case walked to its end after the outage
      }
      clients.shutdown();

      System.out.printf(
          "DatabaseRestartIT: %d cases, %d actions answered 2xx (%d before the cut), answers %s%n",
          walker.cases.size(), walker.acks.size(), acksBefore, walker.statuses);
      assertThat(walker.count(s -> s >= 500 && s != 503)).as("5xx other than 503").isZero();
      assertThat(walker.count(s -> s == 503 || s == -1)).as("the outage was met").isPositive();
      assertThat(walker.acks.size()).isGreaterThan(acksBefore);
      walker.verify(db.jdbc());
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, int seconds)
      throws InterruptedException {
    Instant end = Instant.now().plusSeconds(seconds);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited %d s", seconds).isBefore(end);
      Thread.sleep(200);
    }
  }
}
