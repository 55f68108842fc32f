package cn.affairs.approval.document;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationAccess;
import cn.affairs.approval.application.ApplicationLifecycle;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments of the cases: upload, list, download, delete, and the documents each family
 * requires at submission and at its steps. Each public method is one transaction.
 */
@Service
public class Attachments {

  private static final String TYPE_NAMES = "PDF、OFD、JPG、PNG、DOC、DOCX、XLS、XLSX";

  private final AttachmentMapper attachments;
  private final FileStore store;
  private final DocumentProperties properties;
  private final ApplicationMapper applications;
  private final ApplicationLifecycle lifecycle;
  private final ProcessFamilies families;
  private final TaskService tasks;
  private final RequiredDocuments required;
  private final OrgMapper org;
  private final Clock clock;

  Attachments(
      AttachmentMapper attachments,
      FileStore store,
      DocumentProperties properties,
      ApplicationMapper applications,
      ApplicationLifecycle lifecycle,
      ProcessFamilies families,
      TaskService tasks,
      RequiredDocuments required,
      OrgMapper org,
      Clock clock) {
    this.attachments = attachments;
    this.store = store;
    this.properties = properties;
    this.applications = applications;
    this.lifecycle = lifecycle;
    this.families = families;
    this.tasks = tasks;
    this.required = required;
    this.org = org;
    this.clock = clock;
  }

  // ---- upload -------------------------------------------------------------------------------

  /**
   * An applicant's upload for a form not yet submitted (the case does not exist yet): kept for the
   * uploader only until the submission names it in {@code attachments}.
   */
  @Transactional
  public AttachmentView stage(
      CurrentUser user, String processKey, String documentType, MultipartFile file) {
    if (!user.has(Role.UNIT_STAFF)) {
      throw ApiException.forbidden("只有单位经办人可以为新申请上传材料");
    }
    if (processKey == null || families.find(processKey).isEmpty()) {
      throw ApiException.invalid("processKey", "未知的审批事项：" + processKey);
    }
    checkDocumentType(processKey, documentType);
    return view(store(user, null, processKey, null, documentType, file), user);
  }

  /**
   * An upload to a case, at an open step the user may act on ({@code taskId}, or their only one).
   */
  @Transactional
  public AttachmentView upload(
      CurrentUser user,
      String applicationId,
      String taskId,
      String documentType,
      MultipartFile file) {
    Application a = lifecycle.lockedForAction(user, applicationId);
    if (!a.status().isOpen()) {
      throw ApiException.conflict("该申请已" + a.status().label() + "，不能再添加材料");
    }
    Task task = stepFor(user, a, taskId);
    checkDocumentType(a.processKey(), documentType);
    return view(store(user, a.id(), a.processKey(), task, documentType, file), user);
  }

  private Attachment store(
      CurrentUser user,
      String applicationId,
      String processKey,
      Task task,
      String documentType,
      MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw ApiException.invalid("file", "请选择要上传的文件（文件不能为空）");
    }
    String name = cleanName(file.getOriginalFilename());
    String extension = FileSignatures.extension(name);
    if (!properties.types().contains(extension)) {
      throw ApiException.invalid(
          "file",
          "不支持的文件类型"
              + (extension.isEmpty() ? "" : "（." + extension + "）")
              + "，只能上传 "
              + allowedNames());
    }
    long limit = properties.maxSize().toBytes();
    if (file.getSize() > limit) {
      throw tooLarge();
    }
    FileStore.Incoming incoming;
    try (InputStream in = file.getInputStream()) {
      incoming = store.receive(in, limit);
    } catch (IOException e) {
      throw new UncheckedIOException("upload could not be read", e);
    }
    if (incoming.file() == null) {
      throw tooLarge();
    }
    String detected;
    try {
      detected = FileSignatures.detect(incoming.file());
    } catch (IOException e) {
      store.discard(incoming.file());
      throw new UncheckedIOException(e);
    }
    if (!extension.equals(detected)) {
      store.discard(incoming.file());
      throw ApiException.invalid(
          "file",
          detected == null
              ? "文件内容不是可接受的格式（" + allowedNames() + "），请检查文件是否损坏或被改名"
              : "文件内容是 " + detected.toUpperCase() + " 格式，与扩展名 ." + extension + " 不符");
    }
    Attachment attachment =
        new Attachment(
            UUID.randomUUID().toString(),
            applicationId,
            task == null ? null : task.getId(),
            task == null ? null : task.getTaskDefinitionKey(),
            task == null ? null : task.getName(),
            processKey,
            blankToNull(documentType),
            name,
            incoming.size(),
            FileSignatures.CONTENT_TYPES.get(detected),
            incoming.sha256(),
            user.id(),
            LocalDateTime.now(clock));
    attachments.insert(attachment);
    store.keep(incoming, attachment.id());
    return attachment;
  }

  private ApiException tooLarge() {
    return new ApiException(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "PAYLOAD_TOO_LARGE",
        "文件超过 " + sizeText() + " 的上限，请压缩或拆分后上传",
        Map.of("file", "文件不能超过 " + sizeText()));
  }

  /** What may be uploaded. */
  public record Limits(long maxSize, String maxSizeText, List<String> types, String typesText) {}

  public Limits limits() {
    return new Limits(
        properties.maxSize().toBytes(), sizeText(), properties.types(), allowedNames());
  }

  String sizeText() {
    long bytes = properties.maxSize().toBytes();
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private String allowedNames() {
    return properties.types().stream().map(String::toUpperCase).collect(Collectors.joining("、"));
  }

  private void checkDocumentType(String processKey, String documentType) {
    if (documentType == null || documentType.isBlank()) {
      return;
    }
    boolean known =
        properties.requiredFor(processKey).stream().anyMatch(d -> d.type().equals(documentType));
    if (!known) {
      throw ApiException.invalid("documentType", "该审批事项没有这种材料：" + documentType);
    }
  }

  /** The open step of the case that an upload belongs to; 403 when the user may act on none. */
  private Task stepFor(CurrentUser user, Application a, String taskId) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(a.processInstanceId()).list();
    if (taskId != null && !taskId.isBlank()) {
      Task task =
          open.stream()
              .filter(t -> t.getId().equals(taskId))
              .findFirst()
              .orElseThrow(() -> ApiException.conflict("该环节已办理完毕或不属于此申请，不能再添加材料"));
      if (!mayAct(user, task)) {
        throw ApiException.forbidden("只有该环节的办理人可以添加材料");
      }
      return task;
    }
    return open.stream()
        .filter(t -> mayAct(user, t))
        .findFirst()
        .orElseThrow(() -> ApiException.forbidden("只有当前环节的办理人可以添加材料"));
  }

  /** The holder of a task, or while nobody holds it, one of its candidates. */
  private boolean mayAct(CurrentUser user, Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(user.id());
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.id().equals(link.getUserId())
              || (link.getGroupId() != null && user.groups().contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  private static String cleanName(String original) {
    String name = original == null ? "" : original.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip().replaceAll("\\p{Cntrl}", "");
    if (name.isEmpty()) {
      throw ApiException.invalid("file", "上传的文件没有文件名");
    }
    if (name.length() > 200) {
      throw ApiException.invalid("file", "文件名不能超过 200 个字符");
    }
    return name;
  }

  // ---- list, download, delete ---------------------------------------------------------------

  @Transactional(readOnly = true)
  public List<AttachmentView> list(CurrentUser user, String applicationId) {
    Application a = visibleCase(user, applicationId);
    return attachments.ofApplication(a.id()).stream().map(x -> view(x, user)).toList();
  }

  /** The attachments of a case as the 审批单 lists them; the caller has checked access. */
  List<Attachment> ofCase(String applicationId) {
    return attachments.ofApplication(applicationId);
  }

  /** The file of an attachment, for one who may see it. */
  @Transactional(readOnly = true)
  public Download download(CurrentUser user, String id) {
    Attachment attachment = visible(user, id);
    try {
      return new Download(attachment, store.open(attachment.id()));
    } catch (IOException e) {
      throw ApiException.notFound("附件文件已不存在：" + attachment.name());
    }
  }

  public record Download(Attachment attachment, InputStream content) {}

  /** Only the uploader, and only while the step it was added at is open (or before submission). */
  @Transactional
  public void delete(CurrentUser user, String id) {
    Attachment attachment = attachments.find(id);
    if (attachment == null) {
      throw ApiException.notFound("附件不存在");
    }
    if (attachment.applicationId() != null) {
      lifecycle.lockedForAction(user, attachment.applicationId());
      attachment = attachments.find(id);
      if (attachment == null) {
        throw ApiException.notFound("附件不存在");
      }
    }
    if (!attachment.uploadedBy().equals(user.id())) {
      throw ApiException.forbidden("只有上传人可以删除该附件");
    }
    if (!deletable(attachment)) {
      throw ApiException.conflict(
          attachment.taskId() == null
              ? "随申请提交的材料不能删除；如需更正，请在“修改申请”环节补充"
              : "“" + attachment.stepName() + "”环节已办理完毕，该环节的材料不能删除");
    }
    if (attachments.delete(id) == 0) {
      throw ApiException.notFound("附件不存在");
    }
    store.deleteAfterCommit(id);
  }

  private boolean deletable(Attachment attachment) {
    if (attachment.applicationId() == null) {
      return true;
    }
    return attachment.taskId() != null
        && tasks.createTaskQuery().taskId(attachment.taskId()).count() > 0;
  }

  private Attachment visible(CurrentUser user, String id) {
    Attachment attachment = attachments.find(id);
    if (attachment == null) {
      throw ApiException.notFound("附件不存在");
    }
    if (attachment.applicationId() == null) {
      if (!attachment.uploadedBy().equals(user.id())) {
        throw ApiException.forbidden("无权查看该附件");
      }
    } else {
      visibleCase(user, attachment.applicationId());
    }
    return attachment;
  }

  private Application visibleCase(CurrentUser user, String applicationId) {
    Application a = applications.find(applicationId);
    if (a == null) {
      throw ApiException.notFound("申请 " + applicationId + " 不存在");
    }
    ApplicationAccess.requireView(user, a);
    return a;
  }

  /** An attachment as the portal lists it. */
  public record AttachmentView(
      String id,
      String applicationId,
      String name,
      long size,
      String contentType,
      String sha256,
      String documentType,
      String documentName,
      String uploadedBy,
      String uploadedByName,
      LocalDateTime uploadedAt,
      String taskId,
      String taskKey,
      String stepName,
      boolean deletable) {}

  AttachmentView view(Attachment a, CurrentUser user) {
    return new AttachmentView(
        a.id(),
        a.applicationId(),
        a.name(),
        a.sizeBytes(),
        a.contentType(),
        a.sha256(),
        a.documentType(),
        required.documentName(a.processKey(), a.documentType()),
        a.uploadedBy(),
        org.userName(a.uploadedBy()),
        a.uploadedAt(),
        a.taskId(),
        a.taskKey(),
        a.stepName() == null ? "提交申请" : a.stepName(),
        user != null && a.uploadedBy().equals(user.id()) && deletable(a));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
