package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationSearch;
import cn.affairs.approval.application.ApplicationStatus;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskLists lists;
  private final TaskForms forms;
  private final TaskDecisions decisions;
  private final AddedSigners signers;
  private final TaskAccess signerTasks;

  TaskController(
      TaskLists lists,
      TaskForms forms,
      TaskDecisions decisions,
      AddedSigners signers,
      TaskAccess signerTasks) {
    this.signers = signers;
    this.signerTasks = signerTasks;
    this.lists = lists;
    this.forms = forms;
    this.decisions = decisions;
  }

  /**
   * 待办, searched by the case (as the case list: {@code q}, {@code processKey}, {@code unit}, {@code
   * from}/{@code to} submission dates), the day the task arrived and overdue only.
   */
  @GetMapping
  Page<TaskItems.OpenTask> open(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate createdTo,
      @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    TaskSearch search =
        TaskSearch.of(
            new ApplicationSearch(q, null, processKey, unit, from, to),
            createdFrom,
            createdTo,
            overdue,
            "createdTo");
    return lists.open(user, search, PageRequest.of(page, size));
  }

  /** 已办, searched likewise, by the case's status now and by the day the task was completed. */
  @GetMapping("/done")
  Page<TaskItems.DoneTask> done(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) ApplicationStatus status,
      @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate completedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate completedTo,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    TaskSearch search =
        TaskSearch.of(
            new ApplicationSearch(q, status, processKey, unit, from, to),
            completedFrom,
            completedTo,
            false,
            "completedTo");
    return lists.done(user, search, PageRequest.of(page, size));
  }

  @GetMapping("/{id}/form")
  TaskForm form(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return forms.form(user, id);
  }

  @PostMapping("/{id}/claim")
  ApplicationView claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return decisions.claim(user, id);
  }

  @PostMapping("/{id}/complete")
  ApplicationView complete(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) CompleteRequest request) {
    if (request == null) {
      throw ApiException.invalid("decision", "请选择处理意见");
    }
    return signerTasks.isSignerTask(id)
        ? signers.decide(user, id, request)
        : decisions.complete(user, id, request);
  }
}
