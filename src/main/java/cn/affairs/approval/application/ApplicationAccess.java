package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;

/** Who may see a case: its applicant, its unit, the deciding bodies of its government, admins. */
public final class ApplicationAccess {

  private ApplicationAccess() {}

  public static boolean canView(CurrentUser user, Application application) {
    return user.isAdmin()
        || user.id().equals(application.applicant())
        || user.unitCode().equals(application.unitCode())
        || (user.seesWholeGovernment() && user.govCode().equals(application.govCode()));
  }

  public static void requireView(CurrentUser user, Application application) {
    if (!canView(user, application)) {
      throw ApiException.forbidden("无权查看该申请");
    }
  }
}
