package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
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

  @GetMapping
  Page<TaskItems.OpenTask> open(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return lists.open(user, PageRequest.of(page, size));
  }

  @GetMapping("/done")
  Page<TaskItems.DoneTask> done(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return lists.done(user, PageRequest.of(page, size));
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
