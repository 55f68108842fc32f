package cn.affairs.approval.admin;

import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Everything that must hold before a diagram is deployed, checked all at once so that an admin sees
 * every problem in one answer: Camunda's own parser and the BPMN schema, a known family key, beans
 * that exist behind every delegate and method expression, an assignee rule on every user task,
 * {@code historyTimeToLive}, and the elements the family's code relies on (found in the packaged
 * diagram of the family: the revise task, the steps that write registers or case rows, the steps
 * with a step form). A check the packaged diagram runs that the new one does not is a warning.
 */
@Component
class DiagramValidator {

  /** One problem or warning, on the element it concerns (null: the whole file). */
  record Finding(String elementId, String message) {}

  /** The outcome: the family key (null when unknown), errors, warnings, and the parsed model. */
  record Result(
      String key, List<Finding> problems, List<Finding> warnings, BpmnModelInstance model) {

    boolean valid() {
      return problems.isEmpty();
    }
  }

  private static final Pattern DELEGATE =
      Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final Pattern METHOD_CALL =
      Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*\\s*\\(");
  private static final Pattern GROUP =
      Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\\.([A-Z_]+)$");
  private static final Set<String> CONTEXT_OBJECTS =
      Set.of("execution", "task", "authenticatedUserId");
  private static final Set<String> SCOPES = Set.of("unitCode", "govCode");

  private final ProcessFamilies families;
  private final ApplicationContext context;
  private final ProcessEngine engine;
  private final IdentityService identity;
  private final PackagedDiagrams packagedDiagrams;

  DiagramValidator(
      ProcessFamilies families,
      ApplicationContext context,
      ProcessEngine engine,
      IdentityService identity,
      PackagedDiagrams packagedDiagrams) {
    this.packagedDiagrams = packagedDiagrams;
    this.families = families;
    this.context = context;
    this.engine = engine;
    this.identity = identity;
  }

  Result validate(byte[] bpmn) {
    List<Finding> problems = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    } catch (RuntimeException e) {
      problems.add(new Finding(null, "BPMN 文件无法解析（不是完整有效的 BPMN 2.0 XML）：" + rootMessage(e)));
      return new Result(null, problems, warnings, null);
    }
    List<Process> processes =
        model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).toList();
    if (processes.size() != 1) {
      problems.add(
          new Finding(
              null, "一个文件须恰好包含一个可执行流程（isExecutable=\"true\"），现有 " + processes.size() + " 个"));
      return new Result(null, problems, warnings, model);
    }
    Process process = processes.get(0);
    String key = process.getId();
    ProcessFamily family = families.find(key).orElse(null);
    if (family == null) {
      problems.add(
          new Finding(
              key,
              "未知的流程标识 "
                  + key
                  + "：流程 id 须为本系统的审批事项之一（"
                  + String.join("、", ProcessFamilies.ORDER)
                  + "）"));
    }
    engineParse(bpmn, key, problems);
    if (process.getCamundaHistoryTimeToLiveString() == null
        || process.getCamundaHistoryTimeToLiveString().isBlank()) {
      problems.add(new Finding(key, "流程未设置历史保留天数（camunda:historyTimeToLive）"));
    }
    checkDelegates(model, problems);
    checkUserTasks(model, problems);
    checkExpressions(model, problems);
    if (family != null) {
      BpmnModelInstance reference = packaged(key);
      if (reference != null) {
        checkRequiredElements(family, reference, model, problems);
        warnRemovedChecks(family, reference, model, warnings);
      }
    }
    return new Result(family == null ? null : key, dedupe(problems), warnings, model);
  }

  /** Camunda's own parser, as the deployment would run it, without deploying anything. */
  private void engineParse(byte[] bpmn, String key, List<Finding> problems) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      configuration
          .getCommandExecutorTxRequired()
          .execute(
              commandContext -> {
                BpmnParser parser =
                    new BpmnParser(
                        configuration.getExpressionManager(), configuration.getBpmnParseFactory());
                DeploymentEntity deployment = new DeploymentEntity();
                deployment.setName("validation");
                BpmnParse parse =
                    parser
                        .createParse()
                        .sourceInputStream(new ByteArrayInputStream(bpmn))
                        .deployment(deployment)
                        .name(key + ".bpmn");
                parse.execute();
                return null;
              });
    } catch (ParseException e) {
      for (ResourceReport report : e.getResorceReports()) {
        for (org.camunda.bpm.engine.Problem p : report.getErrors()) {
          problems.add(
              new Finding(
                  p.getMainElementId(), "流程引擎校验未通过（第 " + p.getLine() + " 行）：" + p.getMessage()));
        }
      }
      if (e.getResorceReports().isEmpty()) {
        problems.add(new Finding(null, "流程引擎校验未通过：" + e.getMessage()));
      }
    } catch (RuntimeException e) {
      problems.add(new Finding(null, "流程引擎校验未通过：" + rootMessage(e)));
    }
  }

  private void checkDelegates(BpmnModelInstance model, List<Finding> problems) {
    List<BaseElement> implementations = new ArrayList<>();
    implementations.addAll(model.getModelElementsByType(ServiceTask.class));
    implementations.addAll(model.getModelElementsByType(SendTask.class));
    implementations.addAll(model.getModelElementsByType(BusinessRuleTask.class));
    for (BaseElement element : implementations) {
      String className =
          element.getDomElement().getAttribute(ProcessDeployments.CAMUNDA_NS, "class");
      if (className != null && !className.isBlank()) {
        problems.add(
            new Finding(
                element.getId(),
                name(element)
                    + "使用了 camunda:class（"
                    + className
                    + "），本系统只允许 camunda:delegateExpression=\"${bean名称}\""));
      }
      String delegate =
          element.getDomElement().getAttribute(ProcessDeployments.CAMUNDA_NS, "delegateExpression");
      if (delegate != null) {
        checkDelegateExpression(element.getId(), name(element), delegate, problems);
      }
    }
    for (CamundaExecutionListener listener :
        model.getModelElementsByType(CamundaExecutionListener.class)) {
      String owner = ownerId(listener);
      if (listener.getCamundaClass() != null) {
        problems.add(
            new Finding(
                owner, "执行监听器使用了 camunda:class（" + listener.getCamundaClass() + "），请改用表达式"));
      }
      if (listener.getCamundaDelegateExpression() != null) {
        checkDelegateExpression(owner, "执行监听器", listener.getCamundaDelegateExpression(), problems);
      }
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      String owner = ownerId(listener);
      if (listener.getCamundaClass() != null) {
        problems.add(
            new Finding(
                owner, "任务监听器使用了 camunda:class（" + listener.getCamundaClass() + "），请改用表达式"));
      }
      if (listener.getCamundaDelegateExpression() != null) {
        checkDelegateExpression(owner, "任务监听器", listener.getCamundaDelegateExpression(), problems);
      }
    }
  }

  private void checkDelegateExpression(
      String elementId, String what, String expression, List<Finding> problems) {
    Matcher m = DELEGATE.matcher(expression.trim());
    if (!m.matches()) {
      problems.add(new Finding(elementId, what + "的委托表达式「" + expression + "」须为 ${bean名称} 的形式"));
    } else if (!context.containsBean(m.group(1))) {
      problems.add(new Finding(elementId, what + "引用的检查或处理程序 " + m.group(1) + " 不存在"));
    }
  }

  /** Every {@code bean.method(...)} in any expression of the diagram names a bean that exists. */
  private void checkExpressions(BpmnModelInstance model, List<Finding> problems) {
    for (ModelElementInstance element :
        model.getModelElementsByType(
            model.getModel().getType(org.camunda.bpm.model.bpmn.instance.BaseElement.class))) {
      DomElement dom = element.getDomElement();
      String id = element instanceof BaseElement b ? b.getId() : null;
      List<String> texts = new ArrayList<>();
      for (String attribute :
          List.of(
              "expression",
              "assignee",
              "candidateGroups",
              "candidateUsers",
              "dueDate",
              "followUpDate")) {
        String value = dom.getAttribute(ProcessDeployments.CAMUNDA_NS, attribute);
        if (value != null) {
          texts.add(value);
        }
      }
      for (DomElement child : dom.getChildElements()) {
        if ("conditionExpression".equals(child.getLocalName())) {
          texts.add(child.getTextContent());
        }
      }
      for (String text : texts) {
        Matcher m = METHOD_CALL.matcher(text == null ? "" : text);
        while (m.find()) {
          String bean = m.group(1);
          if (!CONTEXT_OBJECTS.contains(bean) && !context.containsBean(bean)) {
            problems.add(new Finding(id, "表达式「" + text.trim() + "」引用的程序 " + bean + " 不存在"));
          }
        }
      }
    }
    for (CamundaExecutionListener listener :
        model.getModelElementsByType(CamundaExecutionListener.class)) {
      String expression = listener.getCamundaExpression();
      Matcher m = METHOD_CALL.matcher(expression == null ? "" : expression);
      while (m.find()) {
        if (!CONTEXT_OBJECTS.contains(m.group(1)) && !context.containsBean(m.group(1))) {
          problems.add(
              new Finding(
                  ownerId(listener), "监听器表达式「" + expression + "」引用的程序 " + m.group(1) + " 不存在"));
        }
      }
    }
  }

  private void checkUserTasks(BpmnModelInstance model, List<Finding> problems) {
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String assignee = task.getCamundaAssignee();
      String groups = task.getCamundaCandidateGroups();
      String users = task.getCamundaCandidateUsers();
      if (blank(assignee) && blank(groups) && blank(users)) {
        problems.add(
            new Finding(
                task.getId(), name(task) + "没有办理人规则：须设置办理人（assignee）或候选组（candidateGroups）"));
        continue;
      }
      if (!blank(groups) && !groups.contains("(")) {
        for (String group : groups.split(",")) {
          String g = group.trim();
          Matcher m = GROUP.matcher(g);
          if (m.matches()) {
            Role role = roleNamed(m.group(2));
            if (!SCOPES.contains(m.group(1))) {
              problems.add(
                  new Finding(
                      task.getId(),
                      name(task)
                          + "的候选组「"
                          + g
                          + "」只能以 ${unitCode}（申请单位）或 ${govCode}（申请单位所在本级政府）开头"));
            } else if (role == null || role == Role.ADMIN) {
              problems.add(
                  new Finding(
                      task.getId(), name(task) + "的候选组「" + g + "」中的角色 " + m.group(2) + " 不存在"));
            } else if (role.perUnit() != "unitCode".equals(m.group(1))) {
              problems.add(
                  new Finding(
                      task.getId(),
                      name(task)
                          + "的候选组「"
                          + g
                          + "」："
                          + role.label()
                          + (role.perUnit() ? "是单位的角色，须写 ${unitCode}." : "是本级政府的角色，须写 ${govCode}.")
                          + role.name()));
            }
          } else if (!g.startsWith("${") && identity.createGroupQuery().groupId(g).count() == 0) {
            problems.add(new Finding(task.getId(), name(task) + "的候选组「" + g + "」不存在"));
          }
        }
      }
    }
  }

  /** The elements the family's code relies on: they must stay, with the same implementation. */
  private void checkRequiredElements(
      ProcessFamily family,
      BpmnModelInstance reference,
      BpmnModelInstance model,
      List<Finding> problems) {
    for (Map.Entry<String, String> required : requiredElements(family, reference).entrySet()) {
      String id = required.getKey();
      ModelElementInstance element = model.getModelElementById(id);
      FlowNode original = reference.getModelElementById(id);
      if (!(element instanceof FlowNode node)
          || !node.getElementType().equals(original.getElementType())) {
        problems.add(
            new Finding(
                id,
                "缺少流程代码依赖的环节 "
                    + id
                    + "（"
                    + original.getName()
                    + "，"
                    + required.getValue()
                    + "），请保留该环节及其 id"));
        continue;
      }
      String expected =
          original
              .getDomElement()
              .getAttribute(ProcessDeployments.CAMUNDA_NS, "delegateExpression");
      String actual =
          node.getDomElement().getAttribute(ProcessDeployments.CAMUNDA_NS, "delegateExpression");
      if (expected != null && !expected.equals(actual)) {
        problems.add(
            new Finding(
                id,
                "环节 "
                    + id
                    + "（"
                    + original.getName()
                    + "）须调用 "
                    + expected
                    + "，现为 "
                    + (actual == null ? "空" : actual)));
      }
    }
  }

  /** Id → why the code needs it. */
  Map<String, String> requiredElements(ProcessFamily family, BpmnModelInstance reference) {
    Map<String, String> required = new LinkedHashMap<>();
    if (reference.getModelElementById(ApplicationLifecycle.REVISE_TASK) != null) {
      required.put(ApplicationLifecycle.REVISE_TASK, "退回后申请人修改申请的环节");
    }
    for (ServiceTask task : reference.getModelElementsByType(ServiceTask.class)) {
      String bean = beanOf(task.getCamundaDelegateExpression());
      if (bean != null
          && context.containsBean(bean)
          && !(context.getBean(bean) instanceof StandardsCheck)) {
        required.put(task.getId(), "写入登记簿或案卷的步骤 " + bean);
      }
    }
    for (UserTask task : reference.getModelElementsByType(UserTask.class)) {
      if (!family.stepForm(task.getId()).fields().isEmpty()) {
        required.putIfAbsent(task.getId(), "有本环节填报内容的环节");
      }
    }
    for (CamundaExecutionListener listener :
        reference.getModelElementsByType(CamundaExecutionListener.class)) {
      String owner = ownerId(listener);
      if (owner != null && reference.getModelElementById(owner) instanceof FlowNode) {
        required.putIfAbsent(owner, "记录办理结果的节点");
      }
    }
    return required;
  }

  /** Checks the packaged diagram runs for the regulation that the new diagram no longer calls. */
  private void warnRemovedChecks(
      ProcessFamily family,
      BpmnModelInstance reference,
      BpmnModelInstance model,
      List<Finding> warnings) {
    Set<String> used = new LinkedHashSet<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String bean = beanOf(task.getCamundaDelegateExpression());
      if (bean != null) {
        used.add(bean);
      }
    }
    Set<String> warned = new LinkedHashSet<>();
    for (ServiceTask task : reference.getModelElementsByType(ServiceTask.class)) {
      String bean = beanOf(task.getCamundaDelegateExpression());
      if (bean == null
          || used.contains(bean)
          || !warned.add(bean)
          || !context.containsBean(bean)
          || !(context.getBean(bean) instanceof StandardsCheck check)) {
        continue;
      }
      StandardsRule rule = check.rule();
      warnings.add(
          new Finding(
              task.getId(),
              "新流程不再执行「"
                  + rule.name()
                  + "」检查（"
                  + bean
                  + "），该检查是 "
                  + String.join("、", rule.articles())
                  + " 要求的（依据："
                  + rule.basis()
                  + "）；部署后这些条文不再由本流程审查"));
    }
    family
        .stepArticles()
        .forEach(
            (id, articles) -> {
              if (model.getModelElementById(id) == null
                  && reference.getModelElementById(id) != null) {
                FlowNode original = reference.getModelElementById(id);
                warnings.add(
                    new Finding(
                        id,
                        "新流程删除了环节「"
                            + original.getName()
                            + "」（"
                            + id
                            + "），该环节执行 "
                            + String.join("、", articles)));
              }
            });
  }

  /** The diagram shipped in {@code processes/} for this key, or null. */
  BpmnModelInstance packaged(String key) {
    PackagedDiagrams.Packaged diagram = packagedDiagrams.find(key);
    return diagram == null ? null : diagram.model();
  }

  static String beanOf(String delegateExpression) {
    if (delegateExpression == null) {
      return null;
    }
    Matcher m = DELEGATE.matcher(delegateExpression.trim());
    return m.matches() ? m.group(1) : null;
  }

  private static String ownerId(ModelElementInstance listener) {
    ModelElementInstance parent = listener.getParentElement();
    while (parent != null && !(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return parent == null ? null : ((BaseElement) parent).getId();
  }

  private static String name(BaseElement element) {
    String name = element instanceof FlowNode node ? node.getName() : null;
    return name == null || name.isBlank() ? "环节 " + element.getId() : "环节「" + name + "」";
  }

  private static Role roleNamed(String name) {
    try {
      return Role.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static List<Finding> dedupe(List<Finding> findings) {
    return List.copyOf(new LinkedHashSet<>(findings));
  }
}
