package cn.affairs.approval.officespace;

import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.StaffingEntry;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 核定标准: the office-room area a unit may hold, Σ staffing by rank × the per-person area of
 * its level (《党政机关办公用房建设标准》办公室用房使用面积指标).
 */
@Service
public class OfficeAreaStandard {

  /** The standard, with the per-rank terms that make it up (for the facts of a check). */
  public record Standard(BigDecimal area, Map<String, String> terms) {}

  private final OrgMapper org;
  private final StandardsCatalogue catalogue;

  OfficeAreaStandard(OrgMapper org, StandardsCatalogue catalogue) {
    this.org = org;
    this.catalogue = catalogue;
  }

  public Standard of(String unitCode, Level level) {
    BigDecimal total = BigDecimal.ZERO;
    Map<String, String> terms = new LinkedHashMap<>();
    for (StaffingEntry entry : org.staffing(unitCode)) {
      String key = "officeRoomArea." + level.name() + "." + entry.rankName();
      if (!catalogue.has(key)) {
        throw new IllegalStateException("单位 " + unitCode + " 的职级“" + entry.rankName() + "”不属于"
            + level.label() + "办公室用房标准");
      }
      BigDecimal perPerson = catalogue.value(key);
      BigDecimal term = perPerson.multiply(BigDecimal.valueOf(entry.headcount()));
      total = total.add(term);
      terms.put(entry.rankName(), entry.headcount() + "人×" + plain(perPerson) + "㎡=" + plain(term) + "㎡");
    }
    return new Standard(total, terms);
  }

  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
