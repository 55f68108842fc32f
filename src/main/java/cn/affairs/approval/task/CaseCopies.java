package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationAccess;
import cn.affairs.approval.application.Decision;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.org.UserDirectory;
import cn.affairs.approval.task.TaskItems.Candidate;
import cn.affairs.approval.web.ApiException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * 抄送: at a decision the holder copies the case to users or role groups of the case's government; a
 * step may also copy automatically, named in its BPMN by the extension property {@value #AUTO_CC}
 * (comma-separated user or group ids, {@code ${govCode}} and {@code ${unitCode}} standing for the
 * case's codes), e.g. {@code <camunda:property name="affairs.cc"
 * value="${govCode}.BUREAU_DIRECTOR"/>}. A copy goes only to people who may see the case (the
 * deciding bodies of its government, the applying unit), since they read it there; a group is
 * expanded to its members, each with their own read state.
 */
@Service
class CaseCopies {

  static final String AUTO_CC = "affairs.cc";

  private final CaseCopyMapper copies;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final UserDirectory users;
  private final OrgMapper org;
  private final TaskTimeline timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CaseCopies(
      CaseCopyMapper copies,
      IdentityService identity,
      RepositoryService repository,
      UserDirectory users,
      OrgMapper org,
      TaskTimeline timeline,
      ApplicationEventPublisher events,
      Clock clock) {
    this.copies = copies;
    this.identity = identity;
    this.repository = repository;
    this.users = users;
    this.org = org;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  /** The users and role groups the case may be copied to, groups first. */
  List<Candidate> candidates(Application application, String excluding) {
    List<Candidate> result = new ArrayList<>();
    for (Group g : identity.createGroupQuery().orderByGroupId().asc().list()) {
      if (groupAllowed(g.getId(), application)) {
        result.add(new Candidate(g.getId(), g.getName(), null, "角色组"));
      }
    }
    for (Unit unit : org.units()) {
      if (!unit.govCode().equals(application.govCode())) {
        continue;
      }
      for (String id : org.usersOfUnit(unit.code())) {
        if (!id.equals(excluding) && mayRead(id, application)) {
          result.add(new Candidate(id, org.userName(id), unit.code(), unit.name()));
        }
      }
    }
    return result;
  }

  /**
   * Checks the ids a holder names (400 for one outside the case's government), before anything is
   * written.
   */
  List<String> validate(List<String> ids, Application application) {
    if (ids == null) {
      return List.of();
    }
    Set<String> clean = new LinkedHashSet<>();
    for (String raw : ids) {
      if (raw == null || raw.isBlank()) {
        continue;
      }
      String id = raw.trim();
      boolean group = identity.createGroupQuery().groupId(id).count() > 0;
      if (group ? !groupAllowed(id, application) : !mayRead(id, application)) {
        throw ApiException.invalid("cc", "只能抄送本级政府可查看该申请的人员或岗位：" + id + " 不在其列");
      }
      clean.add(id);
    }
    if (clean.size() > 50) {
      throw ApiException.invalid("cc", "一次最多抄送 50 个人员或岗位");
    }
    return List.copyOf(clean);
  }

  /** Copies at a completed step: the ids the holder named plus the step's automatic ones. */
  void copyAtDecision(
      Application application, Task task, String fromUser, List<String> named, String comment) {
    Set<String> ids = new LinkedHashSet<>(named);
    ids.addAll(automatic(task, application));
    if (ids.isEmpty()) {
      return;
    }
    Map<String, String> recipients =
        new LinkedHashMap<>(); // user -> group it came through (or null)
    List<String> userIds = new ArrayList<>();
    List<String> groupIds = new ArrayList<>();
    for (String id : ids) {
      if (identity.createGroupQuery().groupId(id).count() > 0) {
        groupIds.add(id);
        for (User u : identity.createUserQuery().memberOfGroup(id).list()) {
          if (mayRead(u.getId(), application)) {
            recipients.putIfAbsent(u.getId(), id);
          }
        }
      } else if (mayRead(id, application)) {
        userIds.add(id);
        recipients.put(id, null);
      }
    }
    recipients.remove(fromUser);
    LocalDateTime now = LocalDateTime.now(clock);
    for (Map.Entry<String, String> r : recipients.entrySet()) {
      copies.insert(
          new CaseCopy(
              null,
              application.id(),
              task.getId(),
              task.getName(),
              r.getKey(),
              r.getValue(),
              fromUser,
              comment,
              now,
              null));
    }
    String names = ids.stream().map(this::label).collect(Collectors.joining("、"));
    timeline.record(
        application,
        task,
        fromUser,
        Decision.CC,
        "抄送：" + names,
        Map.of("userIds", userIds, "groupIds", groupIds));
    events.publishEvent(
        new CaseCopied(
            application.id(),
            task.getId(),
            List.copyOf(recipients.keySet()),
            groupIds,
            fromUser,
            comment));
  }

  /**
   * The ids the step's {@value #AUTO_CC} extension property names, with the case's codes put in.
   */
  List<String> automatic(Task task, Application application) {
    if (task.getProcessDefinitionId() == null) {
      return List.of();
    }
    ModelElementInstance element =
        repository
            .getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
    if (!(element instanceof BaseElement base) || base.getExtensionElements() == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (CamundaProperties properties :
        base.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty p : properties.getCamundaProperties()) {
        if (AUTO_CC.equals(p.getCamundaName()) && p.getCamundaValue() != null) {
          for (String id : p.getCamundaValue().split(",")) {
            String resolved =
                id.trim()
                    .replace("${govCode}", application.govCode())
                    .replace("${unitCode}", application.unitCode());
            if (!resolved.isEmpty()) {
              ids.add(resolved);
            }
          }
        }
      }
    }
    return ids;
  }

  private String label(String id) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group != null) {
      return group.getName();
    }
    String name = org.userName(id);
    return name == null ? id : name;
  }

  /** A role group of the case's government (its bodies' roles, or the applying unit's). */
  private static boolean groupAllowed(String groupId, Application application) {
    Role role = Role.ofGroup(groupId);
    if (role == null || role == Role.ADMIN) {
      return false;
    }
    String scope = groupId.substring(0, groupId.lastIndexOf('.'));
    return role.perUnit()
        ? scope.equals(application.unitCode())
        : scope.equals(application.govCode());
  }

  private boolean mayRead(String userId, Application application) {
    CurrentUser user = users.load(userId);
    return user != null
        && !user.isAdmin()
        && user.govCode().equals(application.govCode())
        && ApplicationAccess.canView(user, application);
  }

  // --- 抄送我的

  record CopyItem(
      long id,
      String applicationId,
      String title,
      String processKey,
      String step,
      String from,
      String fromName,
      String comment,
      LocalDateTime at,
      boolean read,
      LocalDateTime readAt) {}

  record CopyPage(List<CopyItem> items, long total, long unread, int page, int size) {}
}
