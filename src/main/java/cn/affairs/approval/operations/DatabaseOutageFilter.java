package cn.affairs.approval.operations;

import cn.affairs.approval.web.DatabaseUnavailable;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The outermost filter: an exception that means the database cannot be reached, thrown anywhere in
 * the chain (the shared session store, signing in, a controller), becomes 503 with the JSON error
 * shape and a Chinese message instead of the container's 500, and tells {@link DatabaseProbe} at
 * once.
 */
@Configuration
class DatabaseOutageFilter {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseOutage(
      DatabaseProbe probe, ObjectMapper json) {
    OncePerRequestFilter filter =
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            try {
              chain.doFilter(request, response);
            } catch (ServletException | IOException | RuntimeException e) {
              if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
              }
              probe.lost();
              response.resetBuffer();
              response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
              response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER);
              response.setContentType(MediaType.APPLICATION_JSON_VALUE);
              response.setCharacterEncoding(StandardCharsets.UTF_8.name());
              json.writeValue(response.getOutputStream(), DatabaseUnavailable.BODY);
            }
          }
        };
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("databaseOutage");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
