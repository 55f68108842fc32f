package cn.affairs.approval.draft;

import cn.affairs.approval.application.ApplicationSubmissions;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.FormJson;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saving, listing, resuming, deleting and submitting drafts; each action one transaction. */
@Service
public class Drafts {

  /** A draft's form as JSON text may not be larger than this (a form is a few kB). */
  static final int MAX_FORM_CHARS = 100_000;

  /**
   * No applicant needs more open drafts than this; the limit keeps a runaway client from filling
   * the table.
   */
  static final int MAX_DRAFTS_PER_AUTHOR = 200;

  private final DraftMapper drafts;
  private final ProcessFamilies families;
  private final ApplicationSubmissions submissions;
  private final FormJson json;
  private final Clock clock;

  Drafts(
      DraftMapper drafts,
      ProcessFamilies families,
      ApplicationSubmissions submissions,
      FormJson json,
      Clock clock) {
    this.drafts = drafts;
    this.families = families;
    this.submissions = submissions;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public DraftView create(CurrentUser user, String processKey, JsonNode form) {
    requireApplicant(user);
    ProcessFamily family = family(processKey);
    String text = formText(form);
    if (drafts.countByAuthor(user.id()) >= MAX_DRAFTS_PER_AUTHOR) {
      throw ApiException.conflict("草稿已达 " + MAX_DRAFTS_PER_AUTHOR + " 份，请先提交或删除不再需要的草稿");
    }
    LocalDateTime now = LocalDateTime.now(clock);
    Draft draft =
        new Draft(UUID.randomUUID().toString(), user.id(), family.key(), text, 1, now, now);
    drafts.insert(draft);
    return view(draft);
  }

  @Transactional(readOnly = true)
  public List<DraftView> mine(CurrentUser user) {
    return drafts.byAuthor(user.id()).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public DraftView get(CurrentUser user, String id) {
    return view(own(user, drafts.find(id), id));
  }

  /**
   * Saves the form over the draft at {@code version}; a 409 when it was saved since (another tab).
   */
  @Transactional
  public DraftView save(CurrentUser user, String id, Integer version, JsonNode form) {
    if (version == null) {
      throw ApiException.invalid("version", "请提供草稿的版本号");
    }
    own(user, drafts.find(id), id);
    String text = formText(form);
    if (drafts.update(id, version, text, LocalDateTime.now(clock)) == 0) {
      throw ApiException.conflict("草稿已在别处保存过（版本已变化），请重新打开后再修改");
    }
    return view(drafts.find(id));
  }

  @Transactional
  public void delete(CurrentUser user, String id) {
    own(user, drafts.lock(id), id);
    drafts.delete(id);
  }

  /**
   * Submits the draft as it is stored: the case starts as by {@code POST /api/applications} (the
   * same validation and checks) and the draft is deleted in the same transaction. An invalid form
   * starts nothing and keeps the draft. A draft already submitted is a 409 naming its case.
   */
  @Transactional
  public ApplicationView submit(CurrentUser user, String id) {
    return submit(user, id, List.of());
  }

  /**
   * Submits the draft with the uploads made for it ({@code attachmentIds}, as a submission names
   * them).
   */
  @Transactional
  public ApplicationView submit(CurrentUser user, String id, List<String> attachmentIds) {
    Draft draft = drafts.lock(id);
    if (draft == null) {
      String application = drafts.submittedAs(id);
      if (application != null) {
        throw ApiException.conflict("该草稿已提交为申请 " + application + "，请勿重复提交");
      }
    }
    own(user, draft, id);
    ApplicationView started =
        submissions.start(
            user, draft.processKey(), json.read(draft.formJson()), null, attachmentIds);
    drafts.delete(id);
    drafts.insertSubmission(id, user.id(), started.id(), LocalDateTime.now(clock));
    return started;
  }

  private Draft own(CurrentUser user, Draft draft, String id) {
    if (draft == null) {
      throw ApiException.notFound("草稿 " + id + " 不存在");
    }
    if (!draft.author().equals(user.id())) {
      throw ApiException.forbidden("只能查看和修改自己的草稿");
    }
    return draft;
  }

  private void requireApplicant(CurrentUser user) {
    if (!user.has(Role.UNIT_STAFF)) {
      throw ApiException.forbidden("只有单位经办人可以保存申请草稿");
    }
  }

  private ProcessFamily family(String processKey) {
    if (processKey == null || processKey.isBlank()) {
      throw ApiException.invalid("processKey", "审批事项为必填项");
    }
    return families
        .find(processKey)
        .orElseThrow(() -> ApiException.invalid("processKey", "未知的审批事项：" + processKey));
  }

  private String formText(JsonNode form) {
    JsonNode value = form == null || form.isNull() ? JsonNodeFactory.instance.objectNode() : form;
    if (!value.isObject()) {
      throw ApiException.invalid("form", "表单必须是 JSON 对象");
    }
    String text = json.write(value);
    if (text.length() > MAX_FORM_CHARS) {
      throw ApiException.invalid("form", "草稿内容过大（超过 " + MAX_FORM_CHARS + " 个字符）");
    }
    return text;
  }

  private DraftView view(Draft d) {
    ProcessFamily family = families.find(d.processKey()).orElse(null);
    JsonNode form = json.read(d.formJson());
    return new DraftView(
        d.id(),
        d.processKey(),
        family == null ? d.processKey() : family.name(),
        title(family, form),
        form,
        d.version(),
        d.createdAt(),
        d.savedAt());
  }

  /**
   * The title the form would give the case; null while the fields it is made of are not filled in.
   */
  private static String title(ProcessFamily family, JsonNode form) {
    if (family == null) {
      return null;
    }
    try {
      String title = family.title(form);
      return title == null || title.isBlank() || "null".equals(title) ? null : title;
    } catch (RuntimeException incomplete) {
      return null;
    }
  }
}
