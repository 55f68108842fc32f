package cn.affairs.approval.message;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.PageRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 消息 of the signed-in user; {@code /api/messages} is the same list under the portal's name for it.
 */
@RestController
@RequestMapping({"/api/notifications", "/api/messages"})
class MessageController {

  private final Messages messages;

  MessageController(Messages messages) {
    this.messages = messages;
  }

  @GetMapping
  Messages.MessagePage list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return messages.list(user, unread, PageRequest.of(page, size));
  }

  /** (added) The unread count alone, for the badge the portal polls. */
  /** How many are unread, and for read-all how many it marked. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Counts(Integer marked, long unread) {}

  @GetMapping("/unread-count")
  Counts unreadCount(@AuthenticationPrincipal CurrentUser user) {
    return new Counts(null, messages.unread(user));
  }

  @PostMapping("/{id}/read")
  Counts read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    messages.read(user, id);
    return new Counts(null, messages.unread(user));
  }

  @PostMapping("/read-all")
  Counts readAll(@AuthenticationPrincipal CurrentUser user) {
    return new Counts(messages.readAll(user), messages.unread(user));
  }
}
