package cn.affairs.approval.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfig {

  /** Business time runs in the bureau's zone, whatever the server's zone is. */
  @Bean
  Clock clock(PlatformProperties properties) {
    return Clock.system(properties.zone());
  }
}
