package cn.affairs.approval.officespace;

import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.application.FormOptionsSource;
import cn.affairs.approval.org.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code unit-office-space}: what the construction and lease forms show beside their fields, the
 * applicant unit's office-room area against its standard as the checks count them ({@link
 * OfficeAreaStandard}): the register's area held today, approved cases not yet registered, the
 * standard (staffing by rank × the per-person area of the level, one row per rank) and the room
 * left.
 */
@Component
class UnitOfficeSpaceFigures implements FormOptionsSource {

  private final OfficeAreaStandard standards;

  UnitOfficeSpaceFigures(OfficeAreaStandard standards) {
    this.standards = standards;
  }

  @Override
  public String source() {
    return "unit-office-space";
  }

  @Override
  public FormOptions options(CurrentUser user, Map<String, String> parameters) {
    OfficeAreaStandard.Assessment area =
        standards.assess(user.unitCode(), user.government().level(), BigDecimal.ZERO);
    // one row per rank of the staffing, from the highest
    List<FormOptions.Option> ranks = new ArrayList<>();
    for (String rank : area.level().ranks()) {
      String term = area.standard().terms().get(rank);
      if (term != null) {
        ranks.add(new FormOptions.Option(rank, rank, term, null, null));
      }
    }
    BigDecimal room = area.standard().area().subtract(area.held()).max(BigDecimal.ZERO);
    List<FormOptions.Figure> figures = new ArrayList<>();
    figures.add(new FormOptions.Figure("currentArea", "登记簿现有办公室用房", area.current(), "㎡"));
    if (area.pending().signum() > 0) {
      figures.add(new FormOptions.Figure("pendingArea", "已批准尚未登记", area.pending(), "㎡"));
    }
    figures.add(
        new FormOptions.Figure(
            "standardArea", "核定标准（" + area.level().label() + "）", area.standard().area(), "㎡"));
    figures.add(
        area.alreadyOver()
            ? new FormOptions.Figure("excessArea", "已超过核定标准", area.excessNow(), "㎡")
            : new FormOptions.Figure("roomArea", "尚可增加", room, "㎡"));
    return new FormOptions(source(), ranks, figures);
  }
}
