package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.AffairsApprovalApplication;
import cn.affairs.approval.testing.CaseWalker;
import cn.affairs.approval.testing.OwnMariaDb;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node killed ({@code kill -9}) in the middle of concurrent walks on two nodes: node A runs in
 * this JVM, node B is a JVM process of its own (the test's classpath and the main class) on the
 * same MariaDB database. Clients walk cases through both; B is destroyed forcibly while they do;
 * the clients carry on through A. Afterwards every action that was answered 2xx is in the database,
 * none was applied twice, every case was walked to its end on the surviving node, and the plan
 * register holds exactly the approved cases.
 */
class NodeKillRestartIT {

  private static final int CLIENTS = 6;
  private static final int CASES_PER_CLIENT = 3;

  private static OwnMariaDb db;
  private static ConfigurableApplicationContext nodeA;
  private static Process nodeB;
  private static String baseA;
  private static String baseB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("affairs.test.profiles", "").contains("mysql"),
        "needs the MariaDB server of the failsafe run");
    db = new OwnMariaDb("affairs_nodekill");
    String documents = System.getProperty("java.io.tmpdir") + "/affairs-node-kill";
    nodeA =
        new SpringApplicationBuilder(AffairsApprovalApplication.class)
            .profiles("test", "mysql")
            .run(
                "--server.port=0",
                "--spring.jmx.enabled=false",
                "--camunda.bpm.generate-unique-process-engine-name=true",
                "--spring.datasource.url=" + db.url(OwnMariaDb.PORT),
                "--affairs.documents.store=" + documents);
    baseA = "http://localhost:" + ((WebServerApplicationContext) nodeA).getWebServer().getPort();

    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    baseB = "http://localhost:" + port;
    File log = Path.of("target", "node-kill-b.log").toFile();
    nodeB =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                AffairsApprovalApplication.class.getName(),
                "--spring.profiles.active=test,mysql",
                "--server.port=" + port,
                "--spring.jmx.enabled=false",
                "--spring.datasource.url=" + db.url(OwnMariaDb.PORT),
                "--affairs.demo-data.enabled=true",
                "--affairs.documents.store=" + documents)
            .redirectErrorStream(true)
            .redirectOutput(log)
            .start();
    // ready when the gate lets the sign-in page through (503 until then)
    HttpClient http = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      assertThat(nodeB.isAlive()).as("node B is running (see %s)", log).isTrue();
      assertThat(Instant.now()).as("node B ready within 2 min (see %s)", log).isBefore(end);
      try {
        HttpResponse<Void> page =
            http.send(
                HttpRequest.newBuilder(URI.create(baseB + "/login.html")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (page.statusCode() == 200) {
          break;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stop() {
    if (nodeB != null) {
      nodeB.destroyForcibly();
    }
    if (nodeA != null) {
      nodeA.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aNodeKilledDuringConcurrentWalksLosesAndDoublesNothing() throws Exception {
    CaseWalker walker = new CaseWalker(List.of(baseA, baseB));
    Instant end = Instant.now().plus(Duration.ofSeconds(110));
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> walks = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      walks.add(
          clients.submit(
              () -> {
                for (int n = 0; n < CASES_PER_CLIENT; n++) {
                  walker.walk(end);
                }
                return null;
              }));
    }
    // kill node B while the walks are in full swing: once a dozen actions have been answered
    Instant killBy = Instant.now().plusSeconds(30);
    while (walker.acks.size() < 12 && Instant.now().isBefore(killBy)) {
      Thread.sleep(100);
    }
    int acksBeforeKill = walker.acks.size();
    assertThat(walker.answeredBy.get(baseB)).as("node B took part before the kill").isNotNull();
    nodeB.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    assertThat(nodeB.isAlive()).isFalse();
    // the balancer takes the dead node out; requests in flight on it got no answer
    walker.nodes.remove(baseB);

    for (Future<?> walk : walks) {
      walk.get(100, TimeUnit.SECONDS);
    }
    clients.shutdown();
    System.out.printf(
        "NodeKillRestartIT: %d cases, %d actions answered 2xx (%d before the kill), answers %s%n",
        walker.cases.size(), walker.acks.size(), acksBeforeKill, walker.statuses);
    assertThat(acksBeforeKill).as("actions answered before the kill").isPositive();
    assertThat(walker.cases).hasSize(CLIENTS * CASES_PER_CLIENT);
    assertThat(walker.count(s -> s >= 500 && s != 503)).as("5xx other than 503").isZero();
    walker.verify(db.jdbc());
  }
}
