package cn.affairs.approval.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Keeps our case rows true to the engine when a process instance is ended outside our API (an admin
 * cancels it in Cockpit, a script deletes it through the engine): the case becomes 已终止 (TERMINATED)
 * with a timeline entry saying who ended it and why, instead of showing 审批中 for ever.
 *
 * <p>A history event handler rather than an execution listener or a reconciliation on read: the
 * engine produces the end event of every process instance whatever ended it, also when Cockpit
 * cancels with "skip custom listeners", and the handler runs in the transaction of the command that
 * ended it, so the row and the engine change together. Cases our own code ends are closed before
 * their process ends (end events call {@code applicationLifecycle.finish}, a withdrawal sets
 * WITHDRAWN first), so only an open case whose instance ends is terminated here.
 */
@Component
class EngineEndedCases extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  /** The step of the timeline entry (there is no BPMN element for it). */
  static final String STEP = "Engine_Terminated";

  private final ApplicationMapper applications;
  private final DecisionLogMapper decisions;
  private final Clock clock;

  EngineEndedCases(
      @Lazy ApplicationMapper applications, @Lazy DecisionLogMapper decisions, Clock clock) {
    this.applications = applications;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(this);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricProcessInstanceEventEntity ended)
        || !HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(ended.getEventType())
        || ended.getBusinessKey() == null) {
      return;
    }
    Application a = applications.find(ended.getBusinessKey());
    if (a == null
        || !a.status().isOpen()
        || !ended.getProcessInstanceId().equals(a.processInstanceId())) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    applications.updateStatus(a.id(), ApplicationStatus.TERMINATED, now);
    String reason = ended.getDeleteReason();
    decisions.insert(
        new DecisionRecord(
            null,
            a.id(),
            null,
            STEP,
            "流程在流程引擎中被终止",
            actor(),
            Decision.TERMINATE,
            truncate(reason == null || reason.isBlank() ? "未注明原因" : "终止原因：" + reason),
            false,
            null,
            now));
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /** The admin signed in to Cockpit, or {@code system} when the engine was called without one. */
  private static String actor() {
    var command = Context.getCommandContext();
    String user = command == null ? null : command.getAuthenticatedUserId();
    return user == null ? "system" : user;
  }

  private static String truncate(String text) {
    return text.length() <= 2000 ? text : text.substring(0, 2000);
  }
}
