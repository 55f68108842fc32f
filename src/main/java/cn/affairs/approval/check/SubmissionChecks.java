package cn.affairs.approval.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * The standards checks a submission of a family runs before anyone decides: the service tasks on
 * the paths from the start event of the family's latest deployed BPMN up to its first user tasks,
 * whose delegate is a {@link StandardsCheck}. Read from the model, so a redeployed diagram is
 * followed (预审 runs what a submission would run).
 */
@Component
public class SubmissionChecks {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private final RepositoryService repository;
  private final BeanFactory beans;
  private final Map<String, List<String>> beanNamesByDefinition = new ConcurrentHashMap<>();

  SubmissionChecks(RepositoryService repository, BeanFactory beans) {
    this.repository = repository;
    this.beans = beans;
  }

  /** The checks in the order the BPMN runs them; empty when the family has no deployed process. */
  public List<StandardsCheck> of(String processKey) {
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
            .latestVersion()
            .singleResult();
    if (definition == null) {
      return List.of();
    }
    List<StandardsCheck> checks = new ArrayList<>();
    for (String name :
        beanNamesByDefinition.computeIfAbsent(definition.getId(), this::checkBeanNames)) {
      checks.add(beans.getBean(name, StandardsCheck.class));
    }
    return checks;
  }

  private List<String> checkBeanNames(String definitionId) {
    BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
    List<String> names = new ArrayList<>();
    Deque<FlowNode> open = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process) {
        open.add(start);
      }
    }
    while (!open.isEmpty()) {
      FlowNode node = open.poll();
      if (!seen.add(node.getId()) || node instanceof UserTask) {
        continue;
      }
      if (node instanceof ServiceTask task && task.getCamundaDelegateExpression() != null) {
        Matcher bean = BEAN.matcher(task.getCamundaDelegateExpression().trim());
        if (bean.matches()
            && beans.containsBean(bean.group(1))
            && beans.isTypeMatch(bean.group(1), StandardsCheck.class)
            && !names.contains(bean.group(1))) {
          names.add(bean.group(1));
        }
      }
      for (SequenceFlow flow : node.getOutgoing()) {
        open.add(flow.getTarget());
      }
    }
    return List.copyOf(names);
  }
}
