package cn.affairs.approval.task;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the events the task actions publish, as a notification listener would receive them. */
@Component
class RecordedTaskEvents {

  final List<Object> received = new CopyOnWriteArrayList<>();

  @EventListener
  void copied(CaseCopied event) {
    received.add(event);
  }

  @EventListener
  void reminded(StepReminded event) {
    received.add(event);
  }
}
