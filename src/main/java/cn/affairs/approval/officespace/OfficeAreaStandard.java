package cn.affairs.approval.officespace;

import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.StaffingEntry;
import cn.affairs.approval.standards.StandardsCatalogue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 核定标准: the office-room area a unit may hold, Σ staffing by rank × the per-person area of its level
 * (《党政机关办公用房建设标准》办公室用房使用面积指标), and what the unit holds against it: the register, plus the space of
 * cases already approved but not yet registered (办法 第十九条第三款: 纳入本单位办公用房总面积进行核定).
 */
@Service
public class OfficeAreaStandard {

  /** The standard, with the per-rank terms that make it up (for the facts of a check). */
  public record Standard(BigDecimal area, Map<String, String> terms) {}

  /** An approved case whose space is not in the register yet, and the area it brings. */
  public record PendingCase(String id, BigDecimal area) {}

  /**
   * A unit's office-room area: {@code current} in the register today, {@code pending} approved by
   * cases but not yet registered ({@code pendingCases}), what a request {@code added}, and the
   * standard it is held to.
   */
  public record Assessment(
      BigDecimal current,
      BigDecimal pending,
      List<PendingCase> pendingCases,
      BigDecimal added,
      Standard standard,
      Level level) {

    /** What the unit holds or has been approved: the register plus the pending cases. */
    public BigDecimal held() {
      return current.add(pending);
    }

    public BigDecimal after() {
      return held().add(added);
    }

    /** Already over the standard before the request (办法 第十九条: hand the excess over first). */
    public boolean alreadyOver() {
      return held().compareTo(standard.area()) > 0;
    }

    public boolean overAfter() {
      return after().compareTo(standard.area()) > 0;
    }

    public BigDecimal excessNow() {
      return held().subtract(standard.area());
    }

    public BigDecimal excessAfter() {
      return after().subtract(standard.area());
    }

    /**
     * The area held as a message says it: the register's, and the approved but unregistered part
     * when there is one, e.g. {@code 890㎡（登记簿 850㎡，已批准尚未登记 40㎡）}.
     */
    public String heldText() {
      if (pending.signum() == 0) {
        return plain(current) + "㎡";
      }
      return plain(held()) + "㎡（登记簿 " + plain(current) + "㎡，已批准尚未登记 " + plain(pending) + "㎡）";
    }

    /** The facts a check records; {@code addedKey} names the added area in the family's terms. */
    public Map<String, Object> facts(String addedKey) {
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put("currentArea", current);
      facts.put("pendingArea", pending);
      facts.put("pendingCases", pendingCases);
      facts.put(addedKey, added);
      facts.put("areaAfter", after());
      facts.put("standardArea", standard.area());
      facts.put("level", level);
      facts.put("standardTerms", standard.terms());
      return facts;
    }
  }

  private final OrgMapper org;
  private final OrganisationRegistry organisation;
  private final StandardsCatalogue catalogue;
  private final OfficeSpaceMapper register;
  private final List<ApprovedOfficeSpace> families;
  private final ObjectMapper json;
  private final Clock clock;

  OfficeAreaStandard(
      OrgMapper org,
      OrganisationRegistry organisation,
      StandardsCatalogue catalogue,
      OfficeSpaceMapper register,
      List<ApprovedOfficeSpace> families,
      ObjectMapper json,
      Clock clock) {
    this.org = org;
    this.organisation = organisation;
    this.catalogue = catalogue;
    this.register = register;
    this.families = families;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The unit's area held today (owned, and leased or borrowed space not yet ended), the space of
   * its approved cases not yet registered, plus {@code added}.
   */
  public Assessment assess(String unitCode, Level level, BigDecimal added) {
    LocalDate today = LocalDate.now(clock);
    return assessed(unitCode, level, added, register.occupiedArea(unitCode, today), today);
  }

  /**
   * The same as {@link #assess}, for the step that writes the register: the unit row and its
   * register rows locked first, so that two cases of the unit registering at once run one after the
   * other and the second sees what the first registered.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Assessment assessLocked(String unitCode, Level level, BigDecimal added) {
    organisation.lockUnit(unitCode);
    LocalDate today = LocalDate.now(clock);
    BigDecimal current =
        register.ofUnitForUpdate(unitCode).stream()
            .filter(s -> s.heldOn(today))
            .map(OfficeSpace::area)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return assessed(unitCode, level, added, current, today);
  }

  private Assessment assessed(
      String unitCode, Level level, BigDecimal added, BigDecimal current, LocalDate today) {
    List<PendingCase> pending = pendingCases(unitCode, today);
    BigDecimal pendingArea =
        pending.stream().map(PendingCase::area).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Assessment(current, pendingArea, pending, added, of(unitCode, level), level);
  }

  /** The unit's approved cases whose space is still held but not in the register. */
  public List<PendingCase> pendingCases(String unitCode, LocalDate day) {
    Map<String, ApprovedOfficeSpace> byKey = new LinkedHashMap<>();
    families.forEach(f -> byKey.put(f.processKey(), f));
    if (byKey.isEmpty()) {
      return List.of();
    }
    List<PendingCase> pending = new ArrayList<>();
    for (OfficeSpaceMapper.ApprovedCase approved :
        register.approvedUnregistered(unitCode, List.copyOf(byKey.keySet()))) {
      LocalDate approvedOn =
          approved.decidedAt() == null ? day : approved.decidedAt().toLocalDate();
      BigDecimal area;
      try {
        area =
            byKey
                .get(approved.processKey())
                .areaHeld(json.readTree(approved.formJson()), approvedOn, day);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("stored form of " + approved.id() + " is not JSON", e);
      }
      if (area != null && area.signum() > 0) {
        pending.add(new PendingCase(approved.id(), area));
      }
    }
    return pending;
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
