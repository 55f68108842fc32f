package cn.affairs.approval.task;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.application.ApplicationSearch;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.task.CaseCopies.CopyItem;
import cn.affairs.approval.task.CaseCopies.CopyPage;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 抄送我的: the cases copied to the user, read-only, with their read state. */
@Service
class CopiesToMe {

  private final CaseCopyMapper copies;
  private final ApplicationMapper applications;
  private final OrgMapper org;
  private final Clock clock;

  CopiesToMe(CaseCopyMapper copies, ApplicationMapper applications, OrgMapper org, Clock clock) {
    this.copies = copies;
    this.applications = applications;
    this.org = org;
    this.clock = clock;
  }

  /**
   * A page of the copies to the user that match the search ({@code copiedFrom}/{@code copiedTo} the
   * days of the copy, both inclusive); {@code unread} counts every unread copy, whatever the
   * search.
   */
  @Transactional(readOnly = true)
  CopyPage list(
      CurrentUser user,
      Boolean unread,
      ApplicationSearch search,
      LocalDate copiedFrom,
      LocalDate copiedTo,
      PageRequest paging) {
    if (copiedFrom != null && copiedTo != null && copiedFrom.isAfter(copiedTo)) {
      throw ApiException.invalid("copiedTo", "结束日期不能早于开始日期");
    }
    CaseCopyMapper.CopyQuery query =
        new CaseCopyMapper.CopyQuery(
            user.id(),
            unread,
            search.keyPattern(),
            search.titlePatterns(),
            search.processKey(),
            search.unit(),
            copiedFrom == null ? null : copiedFrom.atStartOfDay(),
            copiedTo == null ? null : copiedTo.plusDays(1).atStartOfDay(),
            paging.offset(),
            paging.size());
    List<CopyItem> items = new ArrayList<>();
    for (CaseCopy c : copies.ofUser(query)) {
      Application a = applications.find(c.applicationId());
      items.add(
          new CopyItem(
              c.id(),
              c.applicationId(),
              a == null ? null : a.title(),
              a == null ? null : a.processKey(),
              c.stepName(),
              c.fromUser(),
              org.userName(c.fromUser()),
              c.commentText(),
              c.copiedAt(),
              c.readAt() != null,
              c.readAt()));
    }
    return new CopyPage(
        items,
        copies.countOfUser(query),
        copies.countOfUser(
            new CaseCopyMapper.CopyQuery(
                user.id(), true, null, List.of(), null, null, null, null, 0, 1)),
        paging.page(),
        paging.size());
  }

  /** Marks a copy read; reading it again changes nothing. Only its recipient may. */
  @Transactional
  void markRead(CurrentUser user, long id) {
    CaseCopy copy = copies.find(id);
    if (copy == null) {
      throw ApiException.notFound("抄送 " + id + " 不存在");
    }
    if (!copy.userId().equals(user.id())) {
      throw ApiException.forbidden("只有被抄送人可以标记已读");
    }
    copies.markRead(id, LocalDateTime.now(clock));
  }
}
