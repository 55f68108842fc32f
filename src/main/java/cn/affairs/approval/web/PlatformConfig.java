package cn.affairs.approval.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlatformConfig {

  /** Business time runs in the bureau's zone, whatever the server's zone is. */
  @Bean
  Clock clock(@Value("${affairs.zone:Asia/Shanghai}") String zone) {
    return Clock.system(ZoneId.of(zone));
  }
}
