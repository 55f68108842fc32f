package cn.affairs.approval.operations;

import cn.affairs.approval.demo.DemoDataLoader;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness contributor {@code demoData}: DOWN while the demo data set is still loading. */
@Component("demoDataHealthIndicator")
class DemoDataHealth implements HealthIndicator {

  private final DemoDataLoader loader;

  DemoDataHealth(DemoDataLoader loader) {
    this.loader = loader;
  }

  @Override
  public Health health() {
    Health.Builder health = loader.settled() ? Health.up() : Health.down();
    return health
        .withDetail("enabled", loader.enabled())
        .withDetail("settled", loader.settled())
        .build();
  }
}
