package cn.affairs.approval.admin;

import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which diagram each process family runs on, and how it gets there. At startup the packaged
 * diagrams are deployed only where no admin has deployed a version of their own: a family whose
 * newest version came from the package gets a changed packaged diagram as its next version (an
 * upgrade), a family whose newest version an admin deployed keeps it, and the new packaged diagram
 * is listed as available for the admin to adopt. Camunda's own auto-deployment is off.
 */
@Service
@Order(-10)
class ProcessDeployments implements ApplicationRunner {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String PACKAGED = "PACKAGED";
  static final String ADMIN = "ADMIN";
  private static final String SOURCE_ADMIN = "affairs-admin";
  private static final String SOURCE_PACKAGED = "affairs-packaged";

  private static final Logger log = LoggerFactory.getLogger(ProcessDeployments.class);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final DeploymentMapper deployments;
  private final PackagedDiagrams packaged;
  private final DiagramValidator validator;
  private final ProcessFamilies families;
  private final AuditLog audit;
  private final OrgMapper org;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ProcessDeployments(
      RepositoryService repository,
      RuntimeService runtime,
      DeploymentMapper deployments,
      PackagedDiagrams packaged,
      DiagramValidator validator,
      ProcessFamilies families,
      AuditLog audit,
      OrgMapper org,
      TransactionTemplate transaction,
      Clock clock) {
    this.repository = repository;
    this.runtime = runtime;
    this.deployments = deployments;
    this.packaged = packaged;
    this.validator = validator;
    this.families = families;
    this.audit = audit;
    this.org = org;
    this.transaction = transaction;
    this.clock = clock;
  }

  // ---- startup ------------------------------------------------------------------------------

  @Override
  public void run(ApplicationArguments args) {
    transaction.executeWithoutResult(status -> deployPackaged());
  }

  void deployPackaged() {
    for (PackagedDiagrams.Packaged diagram : packaged.all()) {
      List<DeploymentMapper.DeploymentRecord> records = recordsOf(diagram.key());
      if (records.isEmpty()) {
        DeploymentMapper.DeploymentRecord first =
            deploy(diagram.key(), diagram.bytes(), PACKAGED, null);
        log.info("流程 {} 首次部署随版本发布的流程图，第 {} 版", diagram.key(), first.version());
        continue;
      }
      DeploymentMapper.DeploymentRecord latest = records.get(0);
      boolean deployedBefore = records.stream().anyMatch(r -> r.sha256().equals(diagram.sha256()));
      if (deployedBefore) {
        continue;
      }
      if (latest.packaged()) {
        DeploymentMapper.DeploymentRecord next =
            deploy(diagram.key(), diagram.bytes(), PACKAGED, null);
        log.info("流程 {} 部署升级后随版本发布的流程图，第 {} 版", diagram.key(), next.version());
      } else {
        log.info("流程 {} 现行第 {} 版由管理员部署；随版本发布的新流程图未部署，已列为可采用", diagram.key(), latest.version());
      }
    }
  }

  /**
   * The deployment records of a key, newest first; definitions deployed before this table existed
   * (Camunda's auto-deployment) are recorded first, as packaged ones.
   */
  private List<DeploymentMapper.DeploymentRecord> recordsOf(String key) {
    Map<String, DeploymentMapper.DeploymentRecord> known =
        deployments.byKey(key).stream()
            .collect(
                Collectors.toMap(
                    DeploymentMapper.DeploymentRecord::definitionId, Function.identity()));
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().processDefinitionKey(key).list()) {
      if (known.containsKey(definition.getId())) {
        continue;
      }
      Deployment deployment =
          repository
              .createDeploymentQuery()
              .deploymentId(definition.getDeploymentId())
              .singleResult();
      String origin =
          deployment != null && SOURCE_ADMIN.equals(deployment.getSource()) ? ADMIN : PACKAGED;
      LocalDateTime at =
          deployment == null || deployment.getDeploymentTime() == null
              ? LocalDateTime.now(clock)
              : LocalDateTime.ofInstant(
                  deployment.getDeploymentTime().toInstant(), clock.getZone());
      deployments.insert(
          new DeploymentMapper.DeploymentRecord(
              definition.getId(),
              definition.getDeploymentId(),
              key,
              definition.getVersion(),
              origin,
              PackagedDiagrams.sha256(bytesOf(definition)),
              null,
              at));
    }
    return deployments.byKey(key);
  }

  private DeploymentMapper.DeploymentRecord deploy(
      String key, byte[] bytes, String origin, String userId) {
    Deployment deployment =
        repository
            .createDeployment()
            .name(key)
            .source(ADMIN.equals(origin) ? SOURCE_ADMIN : SOURCE_PACKAGED)
            .addInputStream(key + ".bpmn", new ByteArrayInputStream(bytes))
            .deploy();
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    DeploymentMapper.DeploymentRecord record =
        new DeploymentMapper.DeploymentRecord(
            definition.getId(),
            deployment.getId(),
            key,
            definition.getVersion(),
            origin,
            PackagedDiagrams.sha256(bytes),
            userId,
            LocalDateTime.now(clock));
    deployments.insert(record);
    return record;
  }

  // ---- views --------------------------------------------------------------------------------

  /** What deploying a file would do ({@code changes} null when the file names no process). */
  record Preview(
      String key,
      boolean valid,
      List<DiagramValidator.Finding> problems,
      List<DiagramValidator.Finding> warnings,
      DiagramChanges changes) {}

  /** A version deployed by an admin. */
  record Deployed(
      String key,
      int version,
      String definitionId,
      List<DiagramValidator.Finding> warnings,
      DiagramChanges changes) {}

  /** One family on the 流程管理 page: its versions, newest first. */
  record FamilyVersions(
      String key,
      String name,
      Integer newCasesVersion,
      Integer latestVersion,
      long runningCases,
      boolean packagedAvailable,
      List<VersionView> versions) {}

  /** One deployed version of a family. */
  record VersionView(
      int version,
      String definitionId,
      boolean suspended,
      long runningCases,
      boolean current,
      String origin,
      String originLabel,
      String deployedBy,
      String deployedByName,
      LocalDateTime deployedAt) {}

  /** A version after it was suspended or activated. */
  record Suspension(String key, int version, boolean suspended, long runningCases) {}

  // ---- admin deployments --------------------------------------------------------------------

  /** What a deployment of this file would do: its problems, warnings and changed steps. */
  @Transactional(readOnly = true)
  Preview preview(byte[] bytes) {
    DiagramValidator.Result result = validator.validate(bytes);
    return new Preview(
        result.key(),
        result.valid(),
        result.problems(),
        result.warnings(),
        result.key() == null || result.model() == null
            ? null
            : DiagramChanges.between(currentModel(result.key()), result.model()));
  }

  /**
   * Validates and deploys one diagram as a new version; new cases start on it at once. Nothing is
   * deployed when any problem is found. The audit row names the steps added, removed and renamed.
   */
  @Transactional
  Deployed deployByAdmin(CurrentUser user, byte[] bytes) {
    DiagramValidator.Result result = validator.validate(bytes);
    if (!result.valid()) {
      throw new DiagramRejected(result.problems(), result.warnings());
    }
    String key = result.key();
    lock(key);
    ProcessDefinition previous = latest(key);
    if (previous != null
        && PackagedDiagrams.sha256(bytes).equals(PackagedDiagrams.sha256(bytesOf(previous)))) {
      throw ApiException.conflict("该流程图与现行第 " + previous.getVersion() + " 版完全相同，无需部署");
    }
    recordsOf(key);
    BpmnModelInstance before =
        previous == null ? null : repository.getBpmnModelInstance(previous.getId());
    DeploymentMapper.DeploymentRecord record = deploy(key, bytes, ADMIN, user.id());
    DiagramChanges changes = DiagramChanges.between(before, result.model());
    Map<String, Object> beforeState =
        previous == null
            ? null
            : Map.of("version", previous.getVersion(), "steps", DiagramChanges.steps(before));
    Map<String, Object> afterState = new LinkedHashMap<>();
    afterState.put("version", record.version());
    afterState.put("steps", DiagramChanges.steps(result.model()));
    afterState.put("changes", changes);
    afterState.put("warnings", result.warnings());
    audit.record(
        "DEPLOY",
        user.id(),
        null,
        key,
        "部署 " + familyName(key) + " 第 " + record.version() + " 版：" + changes.summary(),
        beforeState,
        afterState);
    return new Deployed(key, record.version(), record.definitionId(), result.warnings(), changes);
  }

  /** Deploys the packaged diagram of a family that the startup deployer left as available. */
  @Transactional
  Deployed adoptPackaged(CurrentUser user, String key) {
    requireFamily(key);
    PackagedDiagrams.Packaged diagram = packaged.find(key);
    if (diagram == null) {
      throw ApiException.notFound("没有随版本发布的 " + key + " 流程图");
    }
    if (!available(key, recordsOf(key))) {
      throw ApiException.conflict("随版本发布的流程图已部署过，无需再次采用");
    }
    return deployByAdmin(user, diagram.bytes());
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * Every family with its versions, running cases per version and the version new cases start on.
   */
  @Transactional
  List<FamilyVersions> list() {
    List<FamilyVersions> result = new ArrayList<>();
    for (ProcessFamily family : families.all()) {
      List<DeploymentMapper.DeploymentRecord> records = recordsOf(family.key());
      Map<String, DeploymentMapper.DeploymentRecord> byDefinition =
          records.stream()
              .collect(
                  Collectors.toMap(
                      DeploymentMapper.DeploymentRecord::definitionId, Function.identity()));
      List<ProcessDefinition> definitions =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(family.key())
              .orderByProcessDefinitionVersion()
              .desc()
              .list();
      ProcessDefinition latest = definitions.isEmpty() ? null : definitions.get(0);
      List<VersionView> versions = new ArrayList<>();
      for (ProcessDefinition definition : definitions) {
        DeploymentMapper.DeploymentRecord record = byDefinition.get(definition.getId());
        versions.add(
            new VersionView(
                definition.getVersion(),
                definition.getId(),
                definition.isSuspended(),
                runtime
                    .createProcessInstanceQuery()
                    .processDefinitionId(definition.getId())
                    .count(),
                definition == latest,
                record == null ? PACKAGED : record.origin(),
                record == null || record.packaged() ? "随版本发布" : "管理员部署",
                record == null ? null : record.deployedBy(),
                record == null || record.deployedBy() == null
                    ? "系统"
                    : org.userName(record.deployedBy()),
                record == null ? null : record.deployedAt()));
      }
      result.add(
          new FamilyVersions(
              family.key(),
              family.name(),
              latest == null || latest.isSuspended() ? null : latest.getVersion(),
              latest == null ? null : latest.getVersion(),
              runtime.createProcessInstanceQuery().processDefinitionKey(family.key()).count(),
              available(family.key(), records),
              versions));
    }
    return result;
  }

  /**
   * The packaged diagram was never deployed (an upgrade shipped it while an admin's version runs).
   */
  private boolean available(String key, List<DeploymentMapper.DeploymentRecord> records) {
    PackagedDiagrams.Packaged diagram = packaged.find(key);
    return diagram != null && records.stream().noneMatch(r -> r.sha256().equals(diagram.sha256()));
  }

  @Transactional(readOnly = true)
  String xml(String key, Integer version) {
    return new String(bytesOf(definition(key, version)), StandardCharsets.UTF_8);
  }

  String packagedXml(String key) {
    requireFamily(key);
    PackagedDiagrams.Packaged diagram = packaged.find(key);
    if (diagram == null) {
      throw ApiException.notFound("没有随版本发布的 " + key + " 流程图");
    }
    return new String(diagram.bytes(), StandardCharsets.UTF_8);
  }

  // ---- suspension ---------------------------------------------------------------------------

  /**
   * Suspends or activates one version with its running cases: a suspended version starts no new
   * case, and its cases cannot be acted on until it is activated again.
   */
  @Transactional
  Suspension setSuspended(CurrentUser user, String key, int version, boolean suspend) {
    requireFamily(key);
    lock(key);
    ProcessDefinition definition = definition(key, version);
    if (definition.isSuspended() == suspend) {
      throw ApiException.conflict(
          familyName(key) + " 第 " + version + " 版已" + (suspend ? "挂起" : "处于激活状态"));
    }
    long running =
        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
    var update =
        repository
            .updateProcessDefinitionSuspensionState()
            .byProcessDefinitionId(definition.getId())
            .includeProcessInstances(true);
    if (suspend) {
      update.suspend();
    } else {
      update.activate();
    }
    audit.record(
        suspend ? "SUSPEND" : "ACTIVATE",
        user.id(),
        null,
        key,
        (suspend ? "挂起 " : "激活 ")
            + familyName(key)
            + " 第 "
            + version
            + " 版（运行中的申请 "
            + running
            + " 件）",
        Map.of("version", version, "suspended", !suspend),
        Map.of("version", version, "suspended", suspend, "runningCases", running));
    return new Suspension(key, version, suspend, running);
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** Serialises admins' changes of one family (records it first if nothing is recorded yet). */
  void lock(String key) {
    if (deployments.lockKey(key).isEmpty()) {
      recordsOf(key);
      deployments.lockKey(key);
    }
  }

  ProcessDefinition definition(String key, Integer version) {
    requireFamily(key);
    if (version != null && version < 1) {
      // Camunda refuses a version below 1 with an exception of its own
      throw ApiException.invalid("version", "版本号应为不小于 1 的整数");
    }
    var query = repository.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition =
        version == null
            ? query.latestVersion().singleResult()
            : query.processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw ApiException.notFound(
          familyName(key) + (version == null ? " 尚未部署" : " 没有第 " + version + " 版"));
    }
    return definition;
  }

  private ProcessDefinition latest(String key) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult();
  }

  private BpmnModelInstance currentModel(String key) {
    ProcessDefinition latest = latest(key);
    return latest == null ? null : repository.getBpmnModelInstance(latest.getId());
  }

  private void requireFamily(String key) {
    if (families.find(key).isEmpty()) {
      throw ApiException.notFound("未知的审批事项：" + key);
    }
  }

  String familyName(String key) {
    return families.find(key).map(ProcessFamily::name).orElse(key);
  }

  private byte[] bytesOf(ProcessDefinition definition) {
    try (InputStream in =
        repository.getResourceAsStream(
            definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
