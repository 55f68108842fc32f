package cn.affairs.approval.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Webjar paths carry their version (/webjars/vue/3.5.13/...), so browsers may keep them for a year
 * and the portal opens without fetching Vue, Bootstrap and bpmn-js again. The portal's own js and
 * css keep Spring Security's no-cache headers, so a new release takes effect at once. Spring Boot
 * leaves /webjars/** alone when a handler for it is already registered.
 */
@Configuration
class StaticResourceConfig implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/webjars/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
  }
}
