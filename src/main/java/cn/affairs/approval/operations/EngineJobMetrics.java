package cn.affairs.approval.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * The engine's jobs as gauges ({@code affairs_engine_jobs{state=...}} in Prometheus): due now,
 * failed with no retries left (an incident an operator must look at), and all timers waiting. Read
 * from the shared database at each scrape, so both nodes of a cluster report the same figures.
 */
@Component
class EngineJobMetrics implements MeterBinder {

  private final ManagementService management;

  EngineJobMetrics(ManagementService management) {
    this.management = management;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("affairs.engine.jobs", management, m -> m.createJobQuery().executable().count())
        .tag("state", "due")
        .description("jobs due for execution")
        .register(registry);
    Gauge.builder(
            "affairs.engine.jobs", management, m -> m.createJobQuery().noRetriesLeft().count())
        .tag("state", "failed")
        .description("jobs failed with no retries left")
        .register(registry);
    Gauge.builder("affairs.engine.jobs", management, m -> m.createJobQuery().timers().count())
        .tag("state", "timer")
        .description("timer jobs waiting")
        .register(registry);
  }
}
