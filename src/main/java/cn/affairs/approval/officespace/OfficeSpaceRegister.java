package cn.affairs.approval.officespace;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office-space register as the bureau keeps it (办公用房登记簿; 办法 第十七条 统一权属登记, 第十九条): reading a
 * unit's rows (the unit itself, and whoever sees its whole government) and the government's idle
 * space (those who see the whole government), adding, correcting and deleting rows (the bureau of
 * the government, or an admin), each change audited in its transaction; and the rows approved cases
 * enter ({@link #enterOnce}).
 */
@Service
public class OfficeSpaceRegister {

  static final String AUDIT_TYPE = "REGISTER_OFFICE_SPACE";
  private static final BigDecimal MAX_AREA = new BigDecimal("9999999999.99");

  /** A row as the API takes it: text, so that every wrong field gets its own Chinese message. */
  public record OfficeSpaceInput(
      String unitCode,
      String govCode,
      String building,
      String room,
      String tenure,
      String usableArea,
      String buildingArea,
      String endDate,
      String sourceApplication) {}

  /**
   * The grounds of 办法 第十九条第一款 on which space goes back to the bureau (移交、腾退), and the words users
   * read.
   */
  public static final Map<String, String> HANDOVER_GROUNDS =
      Map.of(
          "EXCESS", "超过规定面积标准占有、使用",
          "NEW_BUILD", "办公用房新建、调整腾退",
          "REORGANISATION", "机构变动腾退");

  /** A 移交 (腾退) as the API takes it: the ground, and a note of the hand-over (optional). */
  public record HandoverInput(String ground, String note) {}

  /** A row as the API shows it, with the words users read. */
  public record OfficeSpaceRow(
      long id,
      String govCode,
      String unitCode,
      String building,
      String room,
      String tenure,
      String tenureLabel,
      BigDecimal usableArea,
      BigDecimal buildingArea,
      LocalDate endDate,
      String sourceApplication) {

    static OfficeSpaceRow of(OfficeSpace s) {
      return new OfficeSpaceRow(
          s.id(),
          s.govCode(),
          s.unitCode(),
          s.building(),
          s.room(),
          s.ownership(),
          OfficeSpace.tenureLabel(s.ownership()),
          s.area(),
          s.buildingArea(),
          s.endDate(),
          s.sourceApplication());
    }

    String place() {
      return room.isEmpty() ? building : building + " " + room;
    }
  }

  private final OfficeSpaceMapper spaces;
  private final OrganisationRegistry org;
  private final AuditLog audit;
  private final List<ApprovedOfficeSpace> families;
  private final Clock clock;

  OfficeSpaceRegister(
      OfficeSpaceMapper spaces,
      OrganisationRegistry org,
      AuditLog audit,
      List<ApprovedOfficeSpace> families,
      Clock clock) {
    this.spaces = spaces;
    this.org = org;
    this.audit = audit;
    this.families = families;
    this.clock = clock;
  }

  /** The rows of {@code unitCode} (default: the user's own unit). */
  @Transactional(readOnly = true)
  public Page<OfficeSpaceRow> list(CurrentUser user, String unitCode, PageRequest page) {
    Unit unit = readable(user, blank(unitCode) ? user.unitCode() : unitCode.trim());
    return new Page<>(
        spaces.pageOfUnit(unit.code(), page.size(), page.offset()).stream()
            .map(OfficeSpaceRow::of)
            .toList(),
        spaces.countOfUnit(unit.code()),
        page.page(),
        page.size());
  }

  /** The idle space the bureau of {@code govCode} holds (default: the user's government). */
  @Transactional(readOnly = true)
  public Page<OfficeSpaceRow> idle(CurrentUser user, String govCode, PageRequest page) {
    Government government = idleReadable(user, govCode);
    return new Page<>(
        spaces.pageOfIdle(government.code(), page.size(), page.offset()).stream()
            .map(OfficeSpaceRow::of)
            .toList(),
        spaces.countOfIdle(government.code()),
        page.page(),
        page.size());
  }

  @Transactional
  public OfficeSpaceRow add(CurrentUser user, OfficeSpaceInput input) {
    OfficeSpace space = validate(user, input, null);
    refuseTakenPlace(space, null);
    try {
      if (space.sourceApplication() != null) {
        // the bureau registers the space an approved case brought: it is no longer pending
        spaces.insertEntry(space.sourceApplication(), user.id(), LocalDateTime.now(clock));
      }
      spaces.insert(space);
    } catch (DuplicateKeyException e) {
      throw space.sourceApplication() != null
              && spaces.entryCount(space.sourceApplication()) > 0
              && spaces.byPlace(space.govCode(), space.building(), space.room()) == null
          ? ApiException.conflict("申请 " + space.sourceApplication() + " 的办公用房已登记")
          : taken(space);
    }
    OfficeSpaceRow row =
        OfficeSpaceRow.of(spaces.byPlace(space.govCode(), space.building(), space.room()));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        row.govCode(),
        "office-space:" + row.id(),
        "登记办公用房 " + row.place() + "（" + holder(row) + "）",
        null,
        row);
    return row;
  }

  @Transactional
  public OfficeSpaceRow change(CurrentUser user, long id, OfficeSpaceInput input) {
    OfficeSpace current = keptRow(user, id);
    OfficeSpace changed = validate(user, input, current);
    refuseTakenPlace(changed, current.id());
    try {
      spaces.update(changed);
    } catch (DuplicateKeyException e) {
      throw taken(changed);
    }
    OfficeSpaceRow before = OfficeSpaceRow.of(current);
    OfficeSpaceRow after = OfficeSpaceRow.of(spaces.byId(id));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        after.govCode(),
        "office-space:" + id,
        "修改办公用房 " + after.place() + "（" + holder(after) + "）",
        before,
        after);
    return after;
  }

  @Transactional
  public void delete(CurrentUser user, long id) {
    OfficeSpace current = keptRow(user, id);
    OfficeSpaceRow row = OfficeSpaceRow.of(current);
    if (current.sourceApplication() != null) {
      throw ApiException.conflict(
          "办公用房 "
              + row.place()
              + " 由审批案件 "
              + current.sourceApplication()
              + " 登记，不能删除；如已退还或到期请修改其权属或到期日期");
    }
    spaces.delete(id);
    audit.record(
        AUDIT_TYPE,
        user.id(),
        row.govCode(),
        "office-space:" + id,
        "删除办公用房 " + row.place() + "（" + holder(row) + "）",
        row,
        null);
  }

  /**
   * 移交 (腾退, 办法 第十九条第一款): a unit hands a row of the government's own office space back to the bureau
   * — space over the standard, or vacated by a new build, an adjustment or a reorganisation — and
   * the row becomes idle space the bureau holds for 统一调配, out of the unit's area from now on (it
   * then counts in the idle stock that comes before any lease, IdleSpaceFirstCheck). Leased or
   * borrowed space is not the government's: it goes back to its owner at the end of the term (its
   * end date), not into the idle stock. The bureau of the government records it, audited in its
   * transaction.
   */
  @Transactional
  public OfficeSpaceRow handOver(CurrentUser user, long id, HandoverInput input) {
    OfficeSpace current = keptRow(user, id);
    OfficeSpaceRow before = OfficeSpaceRow.of(current);
    Map<String, String> errors = new LinkedHashMap<>();
    String ground = input == null ? null : trim(input.ground());
    if (ground == null) {
      errors.put("ground", "请选择移交依据：超过规定面积标准占有、使用，办公用房新建、调整腾退，或机构变动腾退");
    } else if (!HANDOVER_GROUNDS.containsKey(ground)) {
      errors.put("ground", "移交依据应为 EXCESS、NEW_BUILD 或 REORGANISATION 之一");
    }
    String note = input == null ? null : trim(input.note());
    if (note != null && note.length() > 200) {
      errors.put("note", "移交说明不能超过200个字");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    if (OfficeSpace.IDLE.equals(current.ownership())) {
      throw ApiException.conflict("办公用房 " + before.place() + " 已是机关事务管理部门的闲置办公用房，无需移交");
    }
    if (!OfficeSpace.OWNED.equals(current.ownership())) {
      throw ApiException.conflict(
          "办公用房 "
              + before.place()
              + " 为"
              + before.tenureLabel()
              + "，不属于本级政府，不移交为闲置办公用房；退还对方时请将到期日期改为退还日期");
    }
    spaces.update(
        new OfficeSpace(
            current.id(),
            current.govCode(),
            null,
            current.building(),
            current.room(),
            current.area(),
            current.buildingArea(),
            OfficeSpace.IDLE,
            null,
            current.sourceApplication()));
    OfficeSpaceRow after = OfficeSpaceRow.of(spaces.byId(id));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        after.govCode(),
        "office-space:" + id,
        "移交办公用房 "
            + after.place()
            + " "
            + after.usableArea().stripTrailingZeros().toPlainString()
            + "㎡（"
            + org.unit(current.unitCode()).name()
            + "，"
            + HANDOVER_GROUNDS.get(ground)
            + (note == null ? "" : "；" + note)
            + "）给机关事务管理部门统一调配",
        before,
        after);
    return after;
  }

  /**
   * Enters the space a case brought to its unit, once: a retried job finds the row of the same case
   * and enters nothing. Returns whether a row was written. Runs in the case's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean enterOnce(OfficeSpace space) {
    if (spaces.entryCount(space.sourceApplication()) > 0) {
      return false;
    }
    spaces.insertEntry(space.sourceApplication(), "process", LocalDateTime.now(clock));
    spaces.insert(space);
    return true;
  }

  /**
   * Records that an approved case brought no space to register (e.g. 改建 adding no area), so that it
   * is not counted as pending.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void enterNothing(String applicationId) {
    if (spaces.entryCount(applicationId) == 0) {
      spaces.insertEntry(applicationId, "process", LocalDateTime.now(clock));
    }
  }

  /** The row the import would correct for this input: by its id, else by its place. */
  OfficeSpace existing(CurrentUser user, Long id, OfficeSpaceInput input) {
    if (id != null) {
      return spaces.byId(id);
    }
    String gov = govOfInput(user, input);
    return gov == null || blank(input.building())
        ? null
        : spaces.byPlace(
            gov, input.building().trim(), blank(input.room()) ? "" : input.room().trim());
  }

  /**
   * Validates a row as {@link #add} or {@link #change} would (for imports); throws with every wrong
   * field.
   */
  OfficeSpace validateRow(CurrentUser user, OfficeSpaceInput input, OfficeSpace current) {
    if (current != null && !user.keepsRegistersOf(current.govCode())) {
      throw ApiException.forbidden("登记编号 " + current.id() + " 属于其他政府的登记簿");
    }
    return validate(user, input, current);
  }

  private Unit readable(CurrentUser user, String unitCode) {
    Unit unit = org.unit(unitCode);
    if (unit == null) {
      throw ApiException.notFound("没有单位 " + unitCode);
    }
    if (!user.readsRegistersOf(unit)) {
      throw ApiException.forbidden("无权查看" + unit.name() + "的登记簿");
    }
    return unit;
  }

  private Government idleReadable(CurrentUser user, String govCode) {
    String code = blank(govCode) ? user.govCode() : govCode.trim();
    Government government = org.government(code);
    if (government == null) {
      throw ApiException.notFound("没有政府 " + code);
    }
    if (!user.isAdmin() && !(user.seesWholeGovernment() && user.govCode().equals(code))) {
      throw ApiException.forbidden("无权查看" + government.name() + "的闲置办公用房");
    }
    return government;
  }

  /** The row, locked, when the user keeps its government's registers; 404 or 403 otherwise. */
  private OfficeSpace keptRow(CurrentUser user, long id) {
    OfficeSpace current = spaces.lockById(id);
    if (current == null) {
      throw ApiException.notFound("登记簿中没有该办公用房");
    }
    if (!user.keepsRegistersOf(current.govCode())) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以修改登记簿");
    }
    return current;
  }

  private void refuseTakenPlace(OfficeSpace space, Long ownId) {
    OfficeSpace other = spaces.byPlace(space.govCode(), space.building(), space.room());
    if (other != null && !other.id().equals(ownId)) {
      throw taken(space);
    }
  }

  private static ApiException taken(OfficeSpace space) {
    return ApiException.conflict(
        "办公用房 "
            + space.building()
            + (space.room().isEmpty() ? "" : " " + space.room())
            + " 已在登记簿中");
  }

  private String holder(OfficeSpaceRow row) {
    if (row.unitCode() == null) {
      return "闲置，" + org.government(row.govCode()).name() + "机关事务管理部门";
    }
    return row.unitCode();
  }

  private String govOfInput(CurrentUser user, OfficeSpaceInput input) {
    if (!blank(input.unitCode())) {
      Unit unit = org.unit(input.unitCode().trim());
      return unit == null ? null : unit.govCode();
    }
    return blank(input.govCode()) ? user.govCode() : input.govCode().trim();
  }

  private OfficeSpace validate(CurrentUser user, OfficeSpaceInput in, OfficeSpace current) {
    Map<String, String> errors = new LinkedHashMap<>();
    String tenure = trim(in.tenure());
    if (tenure == null) {
      errors.put("tenure", "请选择权属");
    } else if (!OfficeSpace.TENURES.containsKey(tenure)) {
      errors.put("tenure", "权属应为自有、租用、借用或闲置之一");
      tenure = null;
    }
    boolean idle = OfficeSpace.IDLE.equals(tenure);
    String unitCode = trim(in.unitCode());
    String govCode;
    if (idle) {
      govCode =
          blank(in.govCode())
              ? current != null ? current.govCode() : user.govCode()
              : in.govCode().trim();
      if (unitCode != null) {
        errors.put("unitCode", "闲置办公用房由机关事务管理部门持有，不填使用单位");
      }
      if (org.government(govCode) == null) {
        errors.put("govCode", "没有政府 " + govCode);
      } else if (!user.keepsRegistersOf(govCode)) {
        throw ApiException.forbidden("只有本级机关事务管理部门可以登记闲置办公用房");
      }
      unitCode = null;
    } else {
      Unit unit = unitCode == null ? null : org.unit(unitCode);
      govCode =
          unit == null ? current == null ? user.govCode() : current.govCode() : unit.govCode();
      if (unitCode == null) {
        errors.put("unitCode", "请选择使用单位");
      } else if (unit == null) {
        errors.put("unitCode", "没有单位 " + unitCode);
      } else if (!user.keepsRegistersOf(unit.govCode())) {
        throw ApiException.forbidden("只有本级机关事务管理部门可以登记" + unit.name() + "的办公用房");
      } else if (!unit.isAgency()) {
        errors.put("unitCode", unit.name() + "不是申请单位，不登记办公用房");
      }
    }
    if (current != null && !govCode.equals(current.govCode())) {
      errors.put(idle ? "govCode" : "unitCode", "办公用房不能登记到其他政府");
    }
    String building = trim(in.building());
    if (building == null) {
      errors.put("building", "请填写楼宇名称");
    } else if (building.length() > 128) {
      errors.put("building", "楼宇名称不能超过128个字");
    }
    String room = blank(in.room()) ? "" : in.room().trim();
    if (room.length() > 64) {
      errors.put("room", "房间不能超过64个字");
    }
    BigDecimal usable = area(in.usableArea(), "usableArea", "使用面积", true, errors);
    BigDecimal built = area(in.buildingArea(), "buildingArea", "建筑面积", false, errors);
    if (usable != null && built != null && built.compareTo(usable) < 0) {
      errors.put("buildingArea", "建筑面积不能小于使用面积");
    }
    LocalDate end = null;
    if (!blank(in.endDate())) {
      try {
        end = LocalDate.parse(in.endDate().trim());
      } catch (DateTimeParseException e) {
        errors.put("endDate", "到期日期格式应为 年-月-日，例如 2027-12-31");
      }
      if (OfficeSpace.OWNED.equals(tenure) || idle) {
        errors.put("endDate", "自有和闲置办公用房没有到期日期，请留空");
      }
    } else if (OfficeSpace.LEASED.equals(tenure)) {
      errors.put("endDate", "租用办公用房须填写租期到期日期");
    }
    String source = current != null ? current.sourceApplication() : citedCase(in, unitCode, errors);
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new OfficeSpace(
        current == null ? null : current.id(),
        govCode,
        unitCode,
        building,
        room,
        usable,
        built,
        tenure,
        end,
        source);
  }

  /**
   * The approved case a new row registers the space of ({@code sourceApplication}), or null: a case
   * of the row's unit, of a family that brings space, approved and not yet registered.
   */
  private String citedCase(OfficeSpaceInput in, String unitCode, Map<String, String> errors) {
    String id = trim(in.sourceApplication());
    if (id == null) {
      return null;
    }
    OfficeSpaceMapper.CitedCase cited = spaces.citedCase(id);
    boolean bringsSpace =
        cited != null && families.stream().anyMatch(f -> f.processKey().equals(cited.processKey()));
    if (cited == null || !bringsSpace) {
      errors.put("sourceApplication", "没有办公用房审批案件 " + id);
    } else if (!cited.unitCode().equals(unitCode)) {
      errors.put("sourceApplication", "申请 " + id + " 不是该使用单位的申请");
    } else if (!"APPROVED".equals(cited.status())) {
      errors.put("sourceApplication", "申请 " + id + " 尚未批准");
    } else if (spaces.entryCount(id) > 0) {
      errors.put("sourceApplication", "申请 " + id + " 的办公用房已登记");
    }
    return id;
  }

  private static BigDecimal area(
      String text, String field, String label, boolean required, Map<String, String> errors) {
    if (blank(text)) {
      if (required) {
        errors.put(field, "请填写" + label + "（㎡）");
      }
      return null;
    }
    try {
      BigDecimal value = new BigDecimal(text.trim());
      if (value.signum() <= 0 || value.compareTo(MAX_AREA) > 0) {
        errors.put(field, label + "应大于0且不超过9999999999.99㎡");
      } else if (value.stripTrailingZeros().scale() > 2) {
        errors.put(field, label + "最多保留两位小数");
      }
      return value;
    } catch (NumberFormatException e) {
      errors.put(field, label + "应为数字（㎡）");
      return null;
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
