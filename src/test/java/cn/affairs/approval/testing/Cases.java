package cn.affairs.approval.testing;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationSubmissions;
import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.CheckResultMapper;
import cn.affairs.approval.demo.DemoDataLoader;
import cn.affairs.approval.document.Attachments;
import cn.affairs.approval.document.DocumentProperties;
import cn.affairs.approval.document.RequiredDocument;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;

/**
 * Drives cases in process tests: starts them as a demo user through the application service (so
 * that the form is stored and the checks can read it) and completes tasks on the engine.
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
  private final Attachments attachments;
  private final DocumentProperties documentProperties;

  Cases(
      UserDirectory users,
      ApplicationSubmissions applications,
      ApplicationMapper applicationMapper,
      CheckResultMapper checkResults,
      RuntimeService runtime,
      TaskService tasks,
      DemoDataLoader demoData,
      ObjectMapper json,
      Attachments attachments,
      DocumentProperties documentProperties) {
    this.users = users;
    this.applications = applications;
    this.applicationMapper = applicationMapper;
    this.checkResults = checkResults;
    this.runtime = runtime;
    this.tasks = tasks;
    this.demoData = demoData;
    this.json = json;
    this.attachments = attachments;
    this.documentProperties = documentProperties;
  }

  public CurrentUser user(String id) {
    return users.load(id);
  }

  /**
   * Starts a case as {@code userId}, with a PDF uploaded for every document the family requires at
   * submission for this form (as an applicant would attach them); returns its business key.
   */
  public String start(String userId, String processKey, Map<String, ?> form) {
    CurrentUser user = user(userId);
    JsonNode formNode = json.valueToTree(form);
    List<String> documents = new ArrayList<>();
    for (RequiredDocument document : documentProperties.requiredFor(processKey)) {
      if (document.atSubmission() && document.appliesTo(formNode)) {
        documents.add(
            attachments
                .stage(
                    user,
                    processKey,
                    document.type(),
                    new MockMultipartFile(
                        "file",
                        document.name() + ".pdf",
                        "application/pdf",
                        Multipart.pdf(document.type())))
                .id());
      }
    }
    return applications.start(user, processKey, formNode, null, documents).id();
  }

  public Application application(String id) {
    return applicationMapper.find(id);
  }

  public ProcessInstance instance(String id) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
  }

  public Task task(String id, String taskKey) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(id)
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  public List<Task> tasks(String id) {
    return tasks.createTaskQuery().processInstanceBusinessKey(id).list();
  }

  /** Completes the open task {@code taskKey} of the case with a decision, as the engine sees it. */
  public void decide(String id, String taskKey, String decision) {
    Task task = task(id, taskKey);
    if (task == null) {
      throw new AssertionError(
          "case "
              + id
              + " has no open task "
              + taskKey
              + "; open: "
              + tasks(id).stream().map(Task::getTaskDefinitionKey).toList());
    }
    tasks.complete(task.getId(), Map.of("decision", decision));
  }

  public List<CheckResult> checks(String id) {
    return checkResults.current(id);
  }

  public CheckResult check(String id, String rule) {
    return checks(id).stream()
        .filter(c -> c.ruleName().equals(rule))
        .findFirst()
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
