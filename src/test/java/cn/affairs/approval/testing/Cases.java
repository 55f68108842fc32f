package cn.affairs.approval.testing;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationSubmissions;
import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.demo.DemoDataLoader;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.UserDirectory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives cases in process tests: starts them as a demo user through the application service
 * (so that the form is stored and the checks can read it) and completes tasks on the engine.
 */
@Component
public class Cases {

  private final UserDirectory users;
  private final ApplicationSubmissions applications;
  private final ApplicationMapper applicationMapper;
  private final CheckResultMapper checkResults;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoDataLoader demoData;
  private final ObjectMapper json;

  Cases(UserDirectory users, ApplicationSubmissions applications, ApplicationMapper applicationMapper,
      CheckResultMapper checkResults, RuntimeService runtime, TaskService tasks, DemoDataLoader demoData,
      ObjectMapper json) {
    this.users = users;
    this.applications = applications;
    this.applicationMapper = applicationMapper;
    this.checkResults = checkResults;
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoData = demoData;
    this.json = json;
  }

  public CurrentUser user(String id) {
    return users.load(id);
  }

  /** Starts a case as {@code userId}; returns its business key. */
  public String start(String userId, String processKey, Map<String, ?> form) {
    return applications.start(user(userId), processKey, json.valueToTree(form)).id();
  }

  public Application application(String id) {
    return applicationMapper.find(id);
  }

  public ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  public Task task(String id, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(taskKey).singleResult();
  }

  public List<Task> tasks(String id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id).list();
  }

  /** Completes the open task {@code taskKey} of the case with a decision, as the engine sees it. */
  public void decide(String id, String taskKey, String decision) {
    Task task = task(id, taskKey);
    if (task == null) {
      throw new AssertionError("case " + id + " has no open task " + taskKey + "; open: "
          + tasks(id).stream().map(Task::getTaskDefinitionKey).toList());
    }
    tasks.complete(task.getId(), Map.of("decision", decision));
  }

  public List<CheckResult> checks(String id) {
    return checkResults.current(id);
  }

  public CheckResult check(String id, String rule) {
    return checks(id).stream().filter(c -> c.ruleName().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("case " + id + " has no result of rule " + rule));
  }

  /** Puts the registers back to the demo data set. */
  public void resetRegisters() {
    try {
      demoData.reloadRegisters();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
