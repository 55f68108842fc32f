package cn.affairs.approval.application;

import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Called from the BPMN end events: {@code ${applicationLifecycle.finish(execution, 'APPROVED')}}
 * records how the case ended, in the same transaction as the step that ended it.
 */
@Component("applicationLifecycle")
public class ApplicationLifecycle {

  private final ApplicationMapper applications;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ApplicationLifecycle(ApplicationMapper applications, Clock clock, ApplicationEventPublisher events) {
    this.applications = applications;
    this.clock = clock;
    this.events = events;
  }

  public void finish(DelegateExecution execution, String status) {
    ApplicationStatus ended = ApplicationStatus.valueOf(status);
    applications.updateStatus(execution.getProcessBusinessKey(), ended, LocalDateTime.now(clock));
    events.publishEvent(new ApplicationFinished(execution.getProcessBusinessKey(), ended));
  }

  /** Flags a case whose deadline has passed (e.g. an emergency plan change not filed in time). */
  public void markOverdue(String applicationId) {
    applications.markOverdue(applicationId);
  }
}
