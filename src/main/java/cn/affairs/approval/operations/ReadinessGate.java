package cn.affairs.approval.operations;

import cn.affairs.approval.web.DatabaseUnavailable;
import cn.affairs.approval.web.ErrorBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses traffic with 503 and a Chinese message until the application is ready (the engine up and
 * the demo data loaded: Spring Boot turns readiness on after the start-up runners), instead of
 * answering 401 to valid accounts that do not exist yet, and again while the database cannot be
 * reached ({@link DatabaseProbe}). Runs before security; the actuator's own endpoints pass, so that
 * probes get their answer.
 */
@Configuration
class ReadinessGate {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> readinessGateFilter(
      ApplicationAvailability availability, DatabaseProbe database, ObjectMapper json) {
    OncePerRequestFilter gate =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
                || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/")) {
              chain.doFilter(request, response);
              return;
            }
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "10");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(
                response.getOutputStream(),
                database.databaseDown()
                    ? DatabaseUnavailable.BODY
                    : new ErrorBody("UNAVAILABLE", "系统正在启动或维护，暂不能处理请求，请稍后再试", null));
          }
        };
    var registration = new FilterRegistrationBean<>(gate);
    registration.setName("readinessGate");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
    return registration;
  }
}
