package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in hardening: wrong passwords slow down per account and per address without locking anyone
 * out, security headers, a new session id at sign-in, and a session that is gone after logout.
 * Addresses are told by X-Forwarded-For (trusted from the local proxy address the test runs on).
 */
@AffairsTest
class SignInApiTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> basic(String user, String password, String address)
      throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
            .header("Authorization", "Basic " + auth)
            .header("X-Forwarded-For", address)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long retryAfter(HttpResponse<String> response) {
    return Long.parseLong(response.headers().firstValue("Retry-After").orElse("0"));
  }

  @Test
  void aStrangerWhoKnowsAnApproversNameCannotLockTheApproverOut() throws Exception {
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      HttpResponse<String> wrong = basic("sx-reviewer2", "guess" + i, "10.77.0.1");
      assertThat(wrong.statusCode()).isIn(401, 429);
      if (wrong.statusCode() == 429) {
        refused++;
        assertThat(wrong.body()).contains("TOO_MANY_ATTEMPTS", "密码错误次数过多");
        assertThat(retryAfter(wrong)).isPositive();
      }
    }
    assertThat(refused).as("wrong passwords from one address are slowed down").isPositive();
    // the stranger's own address waits, even with the right password
    HttpResponse<String> stranger = basic("sx-reviewer2", "demo", "10.77.0.1");
    assertThat(stranger.statusCode()).isEqualTo(429);

    // the approver, from the office, waits a few seconds at most
    HttpResponse<String> owner = basic("sx-reviewer2", "demo", "10.77.0.2");
    if (owner.statusCode() == 429) {
      assertThat(retryAfter(owner)).isLessThanOrEqualTo(5);
      Thread.sleep(retryAfter(owner) * 1000 + 200);
      owner = basic("sx-reviewer2", "demo", "10.77.0.2");
    }
    assertThat(owner.statusCode()).as(owner.body()).isEqualTo(200);
    assertThat(owner.body()).contains("钱审核");
  }

  @Test
  void anAddressTryingManyNamesIsSlowedDownForEveryAccount() throws Exception {
    long wait = 0;
    for (int i = 0; i < 40 && wait < 4; i++) {
      HttpResponse<String> wrong = basic("nobody-" + i, "x", "10.77.1.1");
      if (wrong.statusCode() == 429) {
        wait = retryAfter(wrong);
        if (wait < 4) {
          Thread.sleep(wait * 1000 + 100);
        }
      } else {
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("请先登录");
      }
    }
    assertThat(wait).as("the address's wait grows").isGreaterThanOrEqualTo(4);
    assertThat(basic("sx-gov", "demo", "10.77.1.1").statusCode()).isEqualTo(429);
    assertThat(basic("sx-gov", "demo", "10.77.1.2").statusCode()).isEqualTo(200);
  }

  @Test
  void pagesCarryTheSecurityHeadersAndNoInlineScript() throws Exception {
    for (String path : new String[] {"/login.html", "/", "/api/me"}) {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                  .header(
                      "Authorization",
                      "Basic " + Base64.getEncoder().encodeToString("sx-jyt-staff:demo".getBytes()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp)
          .as(path)
          .contains("frame-ancestors 'self'", "object-src 'none'", "default-src 'self'");
      String scripts = csp.replaceAll(".*script-src ([^;]*);.*", "$1");
      assertThat(scripts).as(path).contains("'self'").doesNotContain("unsafe-inline", "*", "http:");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(page.headers().firstValue("X-Frame-Options")).as(path).hasValue("SAMEORIGIN");
    }

    // the only inline script of the portal is index.html's import map, allowed by its hash
    List<String> inline = new ArrayList<>();
    try (var files = Files.list(Path.of("frontend"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file);
        Matcher script =
            Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (script.find()) {
          if (!script.group(1).contains("src=")) {
            inline.add(file.getFileName() + ":" + script.group(1).trim());
            if (script.group(1).contains("importmap")) {
              byte[] hash =
                  MessageDigest.getInstance("SHA-256")
                      .digest(script.group(2).getBytes(StandardCharsets.UTF_8));
              assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
                  .as("the import map's hash in SecurityConfig.IMPORT_MAP_HASH")
                  .contains("'sha256-" + Base64.getEncoder().encodeToString(hash) + "'");
            }
          }
        }
        assertThat(
                Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
            .as(file + " has an inline event handler")
            .isFalse();
        assertThat(html).as(file + " has an inline style").doesNotContain("<style", " style=\"");
      }
    }
    assertThat(inline).containsExactly("index.html:type=\"importmap\"");
  }

  @Test
  void signInGivesANewSessionIdAndLogoutEndsTheSession() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    // a protected page before signing in opens a session (it remembers where the user was going)
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    String before = cookie(cookies, "SESSION");
    assertThat(before).isNotBlank();

    HttpResponse<String> login =
        browser.send(
            form(
                base + "/login",
                "username=sx-jyt-staff&password=demo&_csrf=" + cookie(cookies, "XSRF-TOKEN")),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    String after = cookie(cookies, "SESSION");
    assertThat(after).as("session fixation: a new id at sign-in").isNotBlank().isNotEqualTo(before);
    assertThat(withSession(base, before).statusCode())
        .as("the id from before sign-in is worth nothing")
        .isEqualTo(401);
    assertThat(withSession(base, after).statusCode()).isEqualTo(200);
    // the session lives in the shared database (Spring Session JDBC), so every node knows it
    Integer stored =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'sx-jyt-staff'",
            Integer.class);
    assertThat(stored).isPositive();

    // sign-in renews the CSRF token too: the next page brings the new one
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> logout =
        browser.send(
            form(base + "/logout", "_csrf=" + cookie(cookies, "XSRF-TOKEN")),
            HttpResponse.BodyHandlers.ofString());
    // 302 to the sign-in page for a browser, 204 for a script's request
    assertThat(logout.statusCode()).isIn(302, 204);
    assertThat(withSession(base, after).statusCode())
        .as("the session is gone after logout")
        .isEqualTo(401);
    String id = new String(Base64.getDecoder().decode(after), StandardCharsets.UTF_8);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM SPRING_SESSION WHERE SESSION_ID = ?", Integer.class, id))
        .as("and gone from the database")
        .isZero();
  }

  private HttpResponse<String> withSession(String base, String session) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/me"))
            .header("Cookie", "SESSION=" + session)
            .build(),
        HttpResponse.BodyHandlers.ofString());
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
