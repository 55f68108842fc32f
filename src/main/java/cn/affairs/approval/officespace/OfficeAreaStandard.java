package cn.affairs.approval.officespace;

import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.StaffingEntry;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * 核定标准: the office-room area a unit may hold, Σ staffing by rank × the per-person area of its level
 * (《党政机关办公用房建设标准》办公室用房使用面积指标).
 */
@Service
public class OfficeAreaStandard {

  /** The standard, with the per-rank terms that make it up (for the facts of a check). */
  public record Standard(BigDecimal area, Map<String, String> terms) {}

  /** A unit's office-room area today, what a request adds, and the standard it is held to. */
  public record Assessment(BigDecimal current, BigDecimal added, Standard standard, Level level) {

    public BigDecimal after() {
      return current.add(added);
    }

    /** Already over the standard before the request (办法 第十九条: hand the excess over first). */
    public boolean alreadyOver() {
      return current.compareTo(standard.area()) > 0;
    }

    public boolean overAfter() {
      return after().compareTo(standard.area()) > 0;
    }

    public BigDecimal excessNow() {
      return current.subtract(standard.area());
    }

    public BigDecimal excessAfter() {
      return after().subtract(standard.area());
    }

    /** The facts a check records; {@code addedKey} names the added area in the family's terms. */
    public Map<String, Object> facts(String addedKey) {
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("currentArea", current);
      facts.put(addedKey, added);
      facts.put("areaAfter", after());
      facts.put("standardArea", standard.area());
      facts.put("level", level);
      facts.put("standardTerms", standard.terms());
      return facts;
    }
  }

  private final OrgMapper org;
  private final StandardsCatalogue catalogue;
  private final OfficeSpaceMapper register;
  private final Clock clock;

  OfficeAreaStandard(
      OrgMapper org, StandardsCatalogue catalogue, OfficeSpaceMapper register, Clock clock) {
    this.org = org;
    this.catalogue = catalogue;
    this.register = register;
    this.clock = clock;
  }

  /**
   * The unit's area held today (owned, and leased or borrowed space not yet ended) plus {@code
   * added}.
   */
  public Assessment assess(String unitCode, Level level, BigDecimal added) {
    BigDecimal current = register.occupiedArea(unitCode, LocalDate.now(clock));
    return new Assessment(current, added, of(unitCode, level), level);
  }

  public Standard of(String unitCode, Level level) {
    return of(unitCode, level, org.staffing(unitCode));
  }

  /**
   * The standard of a unit whose staffing the caller has already read (reports read a whole
   * government's at once).
   */
  public Standard of(String unitCode, Level level, List<StaffingEntry> staffing) {
    BigDecimal total = BigDecimal.ZERO;
    Map<String, String> terms = new LinkedHashMap<>();
    for (StaffingEntry entry : staffing) {
      String key = "officeRoomArea." + level.name() + "." + entry.rankName();
      if (!catalogue.has(key)) {
        throw new IllegalStateException(
            "单位 " + unitCode + " 的职级“" + entry.rankName() + "”不属于" + level.label() + "办公室用房标准");
      }
      BigDecimal perPerson = catalogue.value(key);
      BigDecimal term = perPerson.multiply(BigDecimal.valueOf(entry.headcount()));
      total = total.add(term);
      terms.put(
          entry.rankName(), entry.headcount() + "人×" + plain(perPerson) + "㎡=" + plain(term) + "㎡");
    }
    return new Standard(total, terms);
  }
}
