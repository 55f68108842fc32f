package cn.affairs.approval.web;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Form login with CSRF for browsers, Basic for scripts, and the admin-only Camunda surfaces. */
@AffairsTest
class SecurityApiTest {

  @LocalServerPort int port;

  @Test
  void engineRestAndCamundaWebappsAreForAdminsOnly() {
    ApiClient api = new ApiClient(port);
    assertThat(api.get("/engine-rest/engine").status()).isEqualTo(401);
    assertThat(api.as("sx-reviewer").get("/engine-rest/engine").status()).isEqualTo(403);
    assertThat(api.as("sx-jyt-staff").get("/engine-rest/process-definition").status())
        .isEqualTo(403);
    Response engines = api.as("admin").get("/engine-rest/engine");
    assertThat(engines.status()).isEqualTo(200);
    assertThat(engines.text()).contains("default");
    assertThat(
            api.as("admin")
                .get("/engine-rest/process-definition/key/office-space-construction")
                .status())
        .isEqualTo(200);
    assertThat(api.as("sx-reviewer").get("/camunda/app/cockpit/default/").status()).isEqualTo(403);
    assertThat(api.as("admin").get("/camunda/app/cockpit/default/").status()).isEqualTo(200);
    assertThat(api.as("sx-jyt-staff").get("/api/admin/processes").status()).isEqualTo(403);
  }

  @Test
  void engineRestIsForReadingAndNothingIsDeployedPastOurValidation() {
    ApiClient admin = new ApiClient(port).as("admin");
    assertThat(admin.get("/engine-rest/deployment").status()).isEqualTo(200);
    assertThat(admin.post("/engine-rest/deployment/create", "{}").status()).isEqualTo(403);
    assertThat(
            admin.post("/engine-rest/process-definition/key/vehicle-purchase/start", "{}").status())
        .isEqualTo(403);
    assertThat(admin.post("/engine-rest/process-instance/delete", "{}").status()).isEqualTo(403);
    assertThat(admin.post("/camunda/api/engine/engine/default/deployment/create", "{}").status())
        .isEqualTo(403);
    // anonymous: refused before anything else (no CSRF token, no account)
    assertThat(new ApiClient(port).post("/engine-rest/deployment/create", "{}").status())
        .isIn(401, 403);
  }

  @Test
  void browsersSignInWithAFormAndNeedTheCsrfTokenToChangeAnything() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;

    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(401);
    String token = xsrf(cookies);
    assertThat(token).isNotBlank();

    HttpResponse<String> noToken =
        browser.send(
            form(base + "/login", "username=sx-jyt-staff&password=demo"),
            HttpResponse.BodyHandlers.ofString());
    assertThat(noToken.statusCode()).isEqualTo(403);

    HttpResponse<String> login =
        browser.send(
            form(base + "/login", "username=sx-jyt-staff&password=demo&_csrf=" + token),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");

    HttpResponse<String> me =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("孙经办");

    String body = new ObjectMapper().writeValueAsString(request(expansion(5)));
    HttpResponse<String> forged =
        browser.send(
            json(base + "/api/applications", body, null), HttpResponse.BodyHandlers.ofString());
    assertThat(forged.statusCode()).isEqualTo(403);
    HttpResponse<String> created =
        browser.send(
            json(base + "/api/applications", body, xsrf(cookies)),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

    HttpResponse<String> wrong =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .build()
            .send(
                form(base + "/login", "username=xl-finance&password=nope&_csrf=" + token),
                HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(403); // a fresh browser has no session token yet
  }

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
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

  private static HttpRequest json(String url, String body, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("X-XSRF-TOKEN", token);
    }
    return b.build();
  }
}
