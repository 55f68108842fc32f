package cn.affairs.approval.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Liveness open, readiness and metrics for admins, and 503 (not 401) while the system is not ready.
 */
@AffairsTest
class ReadinessApiTest {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void livenessIsOpenAndSaysNothingMore() {
    Response live = new ApiClient(port).get("/actuator/health/liveness");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.get("status").asText()).isEqualTo("UP");
    assertThat(live.body().has("components")).isFalse();
  }

  @Test
  void readinessAndMetricsAreForAdminsOnly() {
    ApiClient api = new ApiClient(port);
    for (String path :
        new String[] {"/actuator/health/readiness", "/actuator/health", "/actuator/prometheus"}) {
      Response anonymous = api.get(path);
      assertThat(anonymous.status()).as(path).isEqualTo(401);
      assertThat(anonymous.get("message").asText()).isEqualTo("请先登录");
      Response staff = api.as("sx-jyt-staff").get(path);
      assertThat(staff.status()).as(path).isEqualTo(403);
      assertThat(staff.get("error").asText()).isEqualTo("FORBIDDEN");
    }

    Response ready = api.as("admin").get("/actuator/health/readiness");
    assertThat(ready.status()).as(ready.text()).isEqualTo(200);
    assertThat(ready.get("status").asText()).isEqualTo("UP");
    assertThat(ready.get("components").has("db")).isTrue();
    assertThat(ready.get("components").path("processEngine").path("status").asText())
        .isEqualTo("UP");
    assertThat(ready.get("components").path("demoData").path("details").path("settled").asBoolean())
        .isTrue();
    assertThat(ready.get("components").path("readinessState").path("status").asText())
        .isEqualTo("UP");

    api.as("sx-jyt-staff").get("/api/me");
    Response metrics = api.as("admin").get("/actuator/prometheus");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text())
        .contains("http_server_requests_seconds_count{", "uri=\"/api/me\"")
        .contains("hikaricp_connections_active")
        .contains("affairs_engine_jobs{application=\"affairs-approval\",state=\"due\"}")
        .contains("affairs_engine_jobs{application=\"affairs-approval\",state=\"failed\"}");
  }

  @Test
  void untilReadyEveryRequestButTheProbesIs503WithAChineseMessage() {
    ApiClient api = new ApiClient(port);
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      Response me = api.as("sx-jyt-staff").get("/api/me");
      assertThat(me.status()).isEqualTo(503);
      assertThat(me.get("error").asText()).isEqualTo("UNAVAILABLE");
      assertThat(me.get("message").asText()).contains("系统正在启动");
      assertThat(api.get("/login.html").status()).isEqualTo(503);
      assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
      Response ready = api.as("admin").get("/actuator/health/readiness");
      assertThat(ready.status()).isEqualTo(503);
      assertThat(ready.get("status").asText()).isEqualTo("OUT_OF_SERVICE");
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(api.as("sx-jyt-staff").get("/api/me").status()).isEqualTo(200);
  }
}
