package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.task.TaskItems.Candidate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The task actions of api.md (转办、委派、撤回 ...), each one call of its own service. */
@RestController
class TaskActionController {

  private final TaskHandovers handovers;
  private final TaskDelegations delegations;
  private final TaskActionOptions options;
  private final TaskTakeBacks takeBacks;
  private final AddedSigners signers;
  private final StepReminders reminders;

  TaskActionController(
      TaskHandovers handovers,
      TaskDelegations delegations,
      TaskActionOptions options,
      TaskTakeBacks takeBacks,
      AddedSigners signers,
      StepReminders reminders) {
    this.reminders = reminders;
    this.signers = signers;
    this.takeBacks = takeBacks;
    this.handovers = handovers;
    this.delegations = delegations;
    this.options = options;
  }

  record CommentRequest(String comment) {}

  @GetMapping("/api/tasks/{id}/candidates")
  List<Candidate> candidates(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestParam(required = false) String action) {
    return options.candidates(user, id, TaskCandidates.action(action));
  }

  @PostMapping("/api/tasks/{id}/unclaim")
  ApplicationView unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return handovers.unclaim(user, id);
  }

  @PostMapping("/api/tasks/{id}/transfer")
  ApplicationView transfer(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) HandoverRequest request) {
    return handovers.transfer(
        user, id, request == null ? new HandoverRequest(null, null) : request);
  }

  @PostMapping("/api/tasks/{id}/reassign")
  ApplicationView reassign(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) HandoverRequest request) {
    return handovers.reassign(
        user, id, request == null ? new HandoverRequest(null, null) : request);
  }

  @PostMapping("/api/tasks/{id}/delegate")
  ApplicationView delegate(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) HandoverRequest request) {
    return delegations.delegate(
        user, id, request == null ? new HandoverRequest(null, null) : request);
  }

  @PostMapping("/api/tasks/{id}/resolve")
  ApplicationView resolve(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) CommentRequest request) {
    return delegations.resolve(user, id, request == null ? null : request.comment());
  }

  @PostMapping("/api/applications/{id}/take-back")
  ApplicationView takeBack(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) CommentRequest request) {
    return takeBacks.takeBack(user, id, request == null ? null : request.comment());
  }

  @PostMapping("/api/tasks/{id}/add-signers")
  ApplicationView addSigners(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) SignerRequest request) {
    return signers.add(
        user, id, request == null ? new SignerRequest(null, null, null, null) : request);
  }

  @PostMapping("/api/tasks/{id}/remove-signer")
  ApplicationView removeSigner(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) SignerRequest request) {
    return signers.remove(user, id, request == null ? null : request.userId());
  }

  @PostMapping("/api/applications/{id}/remind")
  ApplicationView remind(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody(required = false) CommentRequest request) {
    return reminders.remind(user, id, request == null ? null : request.comment());
  }
}
