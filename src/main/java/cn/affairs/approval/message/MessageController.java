package cn.affairs.approval.message;

import cn.affairs.approval.org.CurrentUser;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 消息 of the signed-in user; {@code /api/messages} is the same list under the portal's name for it. */
@RestController
@RequestMapping({"/api/notifications", "/api/messages"})
class MessageController {

  private final Messages messages;

  MessageController(Messages messages) {
    this.messages = messages;
  }

  @GetMapping
  Map<String, Object> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return messages.list(user, unread, page, size);
  }

  /** (added) The unread count alone, for the badge the portal polls. */
  @GetMapping("/unread-count")
  Map<String, Object> unreadCount(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("unread", messages.unread(user));
  }

  @PostMapping("/{id}/read")
  Map<String, Object> read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    messages.read(user, id);
    return Map.of("unread", messages.unread(user));
  }

  @PostMapping("/read-all")
  Map<String, Object> readAll(@AuthenticationPrincipal CurrentUser user) {
    return Map.of("marked", messages.readAll(user), "unread", messages.unread(user));
  }
}
