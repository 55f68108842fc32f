package cn.affairs.approval.web;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.AffairsApprovalApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances on one MariaDB database (random ports, the schema shared): a user
 * signed in on one node acts on the other with the same session, logout on one ends it on both, and
 * the packaged diagrams are deployed once, not once per node.
 */
class TwoNodesIT {

  private static ConfigurableApplicationContext first;
  private static ConfigurableApplicationContext second;

  private static ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(AffairsApprovalApplication.class)
        .profiles("test", "mysql")
        // arguments, so that they win over application.yml (server.port: ${PORT:8080})
        .run(
            "--server.port=0",
            "--spring.jmx.enabled=false",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--affairs.documents.store="
                + System.getProperty("java.io.tmpdir")
                + "/affairs-two-nodes-"
                + name);
  }

  @BeforeAll
  static void startTwoNodes() {
    Assumptions.assumeTrue(
        System.getProperty("affairs.test.profiles", "").contains("mysql"),
        "two nodes need the shared MariaDB database of the failsafe run");
    first = node("a");
    second = node("b");
  }

  @AfterAll
  static void stopNodes() {
    if (second != null) {
      second.close();
    }
    if (first != null) {
      first.close();
    }
  }

  private static String base(ConfigurableApplicationContext node) {
    return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  @Test
  void aUserSignedInOnOneNodeActsOnTheOther() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String a = base(first);
    String b = base(second);

    browser.send(
        HttpRequest.newBuilder(URI.create(a + "/login.html")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> login =
        browser.send(
            form(
                a + "/login",
                "username=sx-jyt-staff&password=demo&_csrf=" + cookie(cookies, "XSRF-TOKEN")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    String session = cookie(cookies, "SESSION");

    // the same browser, moved by the balancer to the other node (cookies are per host, not per
    // port)
    HttpResponse<String> me =
        browser.send(
            HttpRequest.newBuilder(URI.create(b + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("孙经办");
    assertThat(cookie(cookies, "SESSION")).isEqualTo(session);

    String body = new ObjectMapper().writeValueAsString(request(expansion(5)));
    HttpResponse<String> created =
        browser.send(
            HttpRequest.newBuilder(URI.create(b + "/api/applications"))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", cookie(cookies, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode application = new ObjectMapper().readTree(created.body());

    HttpResponse<String> shown =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(a + "/api/applications/" + application.path("id").asText()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(shown.body()).contains(application.path("businessKey").asText());

    HttpResponse<String> logout =
        browser.send(
            form(b + "/logout", "_csrf=" + cookie(cookies, "XSRF-TOKEN")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(logout.statusCode()).isIn(302, 204);
    HttpResponse<String> after =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(a + "/api/me"))
                    .header("Cookie", "SESSION=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(after.statusCode()).as("logout on one node ends the session on both").isEqualTo(401);
  }

  @Test
  void thePackagedDiagramsAreDeployedOnceNotOncePerNode() {
    JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
    Integer versions =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'office-space-construction'",
            Integer.class);
    assertThat(versions)
        .as("one version of each packaged diagram, whatever the number of nodes")
        .isEqualTo(1);
  }

  private static String cookie(CookieManager cookies, String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private static HttpRequest form(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
