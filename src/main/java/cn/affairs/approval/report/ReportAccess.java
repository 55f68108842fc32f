package cn.affairs.approval.report;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who sees which figures: the bureau, finance, DRC and government of a government see every unit of
 * it, admins every government; a unit's own staff and head see their own unit only, in every report
 * and format (403 for another unit's or another government's).
 */
@Component
class ReportAccess {

  private final OrgMapper org;

  ReportAccess(OrgMapper org) {
    this.org = org;
  }

  /**
   * The scope of a report asked for with {@code government} and {@code unit} (either may be null).
   */
  ReportScope resolve(CurrentUser user, String government, String unit) {
    String govCode = blank(government) ? user.govCode() : government.trim();
    Government gov = org.government(govCode);
    if (gov == null) {
      throw ApiException.invalid("government", "未知的本级政府：" + govCode);
    }
    String unitCode = blank(unit) ? null : unit.trim();
    if (user.seesWholeGovernment()) {
      if (!user.isAdmin() && !gov.code().equals(user.govCode())) {
        throw ApiException.forbidden("只能查看本级政府（" + user.government().name() + "）的报告");
      }
    } else {
      if (!gov.code().equals(user.govCode())) {
        throw ApiException.forbidden("只能查看本单位的报告");
      }
      if (unitCode != null && !unitCode.equals(user.unitCode())) {
        throw ApiException.forbidden("只能查看本单位（" + user.unit().name() + "）的报告");
      }
      unitCode = user.unitCode();
    }
    if (unitCode != null) {
      Unit found = org.unit(unitCode);
      if (found == null || !found.govCode().equals(gov.code()) || !"AGENCY".equals(found.kind())) {
        throw ApiException.invalid("unit", "单位 " + unitCode + " 不是" + gov.name() + "的用户单位");
      }
    }
    return new ReportScope(gov, unitCode);
  }

  /**
   * The unit whose own figures (its plan) are asked for; 404 when unknown, 403 when not the user's
   * to see.
   */
  Unit requireUnit(CurrentUser user, String unitCode) {
    Unit unit = org.unit(unitCode);
    if (unit == null || !"AGENCY".equals(unit.kind())) {
      throw ApiException.notFound("未找到单位：" + unitCode);
    }
    boolean allowed =
        user.seesWholeGovernment()
            ? user.isAdmin() || unit.govCode().equals(user.govCode())
            : unit.code().equals(user.unitCode());
    if (!allowed) {
      throw ApiException.forbidden(user.seesWholeGovernment() ? "只能查看本级政府所属单位的计划" : "只能查看本单位的计划");
    }
    return unit;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
