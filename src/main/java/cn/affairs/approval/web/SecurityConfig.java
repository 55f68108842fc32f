package cn.affairs.approval.web;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.UserDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Form login with CSRF for browsers, HTTP Basic for scripts on /api/**, one account store
 * (Camunda's identity tables). /engine-rest and /camunda are for admins only.
 */
@Configuration
class SecurityConfig {

  private static final RequestMatcher API =
      PathPatternRequestMatcher.withDefaults().matcher("/api/**");
  private static final RequestMatcher ENGINE_REST =
      PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
  private static final RequestMatcher ACTUATOR =
      PathPatternRequestMatcher.withDefaults().matcher("/actuator/**");
  private static final RequestMatcher BASIC_AUTH =
      request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
      };

  /**
   * Scripts only from this origin and never inline (the one import map of index.html is allowed by
   * its hash, see {@link #IMPORT_MAP_HASH}); 'unsafe-eval' because Vue compiles the components'
   * templates in the browser (there is no build step). Styles may be set inline by bpmn-js and
   * ECharts. No framing by other sites.
   */
  static final String IMPORT_MAP_HASH = "'sha256-klJHngayebGzDrzv5Hr5VwnwCrjVb3B5bWJA6yz46Zo='";

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-eval' "
          + IMPORT_MAP_HASH
          + "; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private final ObjectMapper json;

  SecurityConfig(ObjectMapper json) {
    this.json = json;
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint jsonUnauthorized =
        (request, response, e) -> {
          if (e instanceof SignInThrottled throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
            write(response, 429, "TOO_MANY_ATTEMPTS", throttled.getMessage());
          } else {
            write(response, 401, "UNAUTHORIZED", "请先登录");
          }
        };
    AccessDeniedHandler jsonForbidden =
        (request, response, e) -> {
          if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            write(response, 403, "FORBIDDEN", "页面已过期（CSRF 校验失败），请刷新后重试");
          } else {
            write(response, 403, "FORBIDDEN", "没有权限执行此操作");
          }
        };
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login.html",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health/liveness",
                        "/login/demo-accounts")
                    .permitAll()
                    // diagrams are deployed by the application only (validated, once); Cockpit
                    // deploys nothing
                    .requestMatchers(
                        "/camunda/api/engine/engine/*/deployment/create",
                        "/camunda/api/engine/engine/*/deployment/*/redeploy")
                    .denyAll()
                    // /engine-rest is for reading (scripts, monitoring); Cockpit works through
                    // /camunda/api
                    .requestMatchers(HttpMethod.GET, "/engine-rest/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/engine-rest/**")
                    .denyAll()
                    .requestMatchers("/camunda/**", "/api/admin/**", "/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login.html")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", true)
                    .permitAll()
                    .failureHandler(
                        (request, response, e) ->
                            response.sendRedirect(
                                request.getContextPath()
                                    + (e instanceof SignInThrottled t
                                        ? "/login.html?throttled=" + t.seconds()
                                        : "/login.html?error"))))
        .httpBasic(b -> b.authenticationEntryPoint(jsonUnauthorized))
        .logout(
            l ->
                l.logoutUrl("/logout")
                    .logoutSuccessUrl("/login.html?logout")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies("JSESSIONID", "SESSION"))
        // a new session id at sign-in, so that an id planted before it is worth nothing
        .sessionManagement(m -> m.sessionFixation(f -> f.changeSessionId()))
        .csrf(
            c ->
                c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    // scripts sign every request with HTTP Basic; Camunda's webapps bring their own
                    // CSRF filter
                    .ignoringRequestMatchers(
                        BASIC_AUTH,
                        PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(jsonUnauthorized, API)
                    .defaultAuthenticationEntryPointFor(jsonUnauthorized, ENGINE_REST)
                    .defaultAuthenticationEntryPointFor(jsonUnauthorized, ACTUATOR)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login.html"),
                        AnyRequestMatcher.INSTANCE)
                    .defaultAccessDeniedHandlerFor(jsonForbidden, API)
                    .defaultAccessDeniedHandlerFor(jsonForbidden, ENGINE_REST)
                    .defaultAccessDeniedHandlerFor(jsonForbidden, ACTUATOR))
        .headers(
            h ->
                h.frameOptions(f -> f.sameOrigin())
                    .contentTypeOptions(Customizer.withDefaults())
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    // Camunda's webapps send their own policy; a second one would be enforced on
                    // top of it
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  AuthenticationProvider camundaIdentityAuthentication(
      UserDirectory users, SignInThrottle throttle) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address =
            authentication.getDetails() instanceof WebAuthenticationDetails details
                    && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        Duration wait = throttle.waitFor(userId, address);
        if (!wait.isZero()) {
          throw new SignInThrottled(wait);
        }
        if (userId == null || userId.isBlank() || !users.checkPassword(userId, password)) {
          throttle.failed(userId, address);
          throw new BadCredentialsException("用户名或密码错误");
        }
        throttle.succeeded(userId, address);
        CurrentUser user = users.load(userId);
        if (user == null) {
          throw new BadCredentialsException("用户未分配单位");
        }
        var authorities =
            user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }

  /** Signs the Spring Security user into Camunda's webapps, so admins need no second login. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(
        Map.of("authentication-provider", SpringSecurityCamundaAuthentication.class.getName()));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /**
   * A request the firewall refuses (an encoded slash, a semicolon, a control character in the
   * address: what an id made of script or SQL looks like) is a 400 in our JSON shape, not Tomcat's
   * empty answer.
   */
  @Bean
  RequestRejectedHandler jsonRequestRejected() {
    return (request, response, e) -> write(response, 400, "BAD_REQUEST", "请求地址含有不允许的字符，请检查链接或编号");
  }

  private void write(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    ErrorBody body = new ErrorBody(code, message, null);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), body);
  }

  /**
   * Loads the deferred CSRF token on every request so that the XSRF-TOKEN cookie reaches the page.
   */
  private static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}
