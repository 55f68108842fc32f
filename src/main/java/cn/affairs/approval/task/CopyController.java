package cn.affairs.approval.task;

import cn.affairs.approval.application.ApplicationSearch;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.task.CaseCopies.CopyPage;
import cn.affairs.approval.web.PageRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抄送我的 ({@code GET /api/cc}) and marking a copy read. */
@RestController
@RequestMapping("/api/cc")
class CopyController {

  private final CopiesToMe copies;

  CopyController(CopiesToMe copies) {
    this.copies = copies;
  }

  /**
   * 抄送我的, searched by the case ({@code q}, {@code processKey}, {@code unit}) and the copy's day.
   */
  @GetMapping
  CopyPage list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) Boolean unread,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String processKey,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate copiedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate copiedTo,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return copies.list(
        user,
        unread,
        new ApplicationSearch(q, null, processKey, unit, null, null),
        copiedFrom,
        copiedTo,
        PageRequest.of(page, size));
  }

  @PostMapping("/{id}/read")
  CopyRead read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    copies.markRead(user, id);
    return new CopyRead(id, true);
  }

  /** A copy marked read. */
  record CopyRead(long id, boolean read) {}
}
