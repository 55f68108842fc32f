package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.util.Map;
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

  private final ApprovalTasks approvalTasks;

  TaskController(ApprovalTasks approvalTasks) {
    this.approvalTasks = approvalTasks;
  }

  @GetMapping
  Map<String, Object> open(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return approvalTasks.open(user, page, size);
  }

  @GetMapping("/done")
  Map<String, Object> done(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return approvalTasks.done(user, page, size);
  }

  @GetMapping("/{id}/form")
  Map<String, Object> form(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return approvalTasks.form(user, id);
  }

  @PostMapping("/{id}/claim")
  ApplicationView claim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return approvalTasks.claim(user, id);
  }

  @PostMapping("/{id}/complete")
  ApplicationView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
      @RequestBody(required = false) CompleteRequest request) {
    if (request == null) {
      throw ApiException.invalid("decision", "请选择处理意见");
    }
    return approvalTasks.complete(user, id, request);
  }
}
