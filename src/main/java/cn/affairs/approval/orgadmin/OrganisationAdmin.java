package cn.affairs.approval.orgadmin;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.org.UserAccount;
import cn.affairs.approval.web.ApiException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and deactivates units and users; every change validated, audited, in one
 * transaction.
 */
@Service
public class OrganisationAdmin {

  static final String AUDIT_USER = "ORG_USER";
  static final String AUDIT_UNIT = "ORG_UNIT";
  static final String AUDIT_GOVERNMENT = "ORG_GOVERNMENT";

  /** Camunda's resource whitelist for ids (application.yml), which our ids must also pass. */
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9._-]{2,64}");

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> KINDS =
      Set.of("AGENCY", "BUREAU", "FINANCE", "DRC", "GOVERNMENT");
  static final int MIN_PASSWORD = 6;
  // BCrypt reads 72 bytes; a longer password would only cost hashing time
  static final int MAX_PASSWORD = 72;

  /** A user to add, or the fields to change (null keeps a field as it is). */
  public record UserForm(
      String id,
      String name,
      String unitCode,
      List<String> roles,
      String password,
      String email,
      Boolean active) {}

  /** A unit to add, or the fields to change (null keeps a field as it is). */
  public record UnitForm(
      String code,
      String name,
      String govCode,
      String kind,
      Integer vehicleQuota,
      Map<String, Integer> staffing,
      Boolean active) {}

  public record UserView(
      String id,
      String name,
      String unitCode,
      String unitName,
      String govCode,
      String email,
      List<Role> roles,
      List<String> roleNames,
      boolean active) {}

  public record UnitView(
      String code,
      String name,
      String govCode,
      String govName,
      String level,
      String levelName,
      String kind,
      int vehicleQuota,
      Map<String, Integer> staffing,
      List<String> ranks,
      boolean active) {}

  /** A government to add, or the fields to change (null keeps a field as it is). */
  public record GovernmentForm(String code, String name, String level, Boolean active) {}

  public record GovernmentView(
      String code,
      String name,
      String level,
      String levelName,
      List<String> ranks,
      boolean active,
      int units) {}

  private final OrganisationRegistry org;
  private final AuditLog audit;

  OrganisationAdmin(OrganisationRegistry org, AuditLog audit) {
    this.org = org;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<GovernmentView> governments() {
    return org.governments().stream().map(this::view).toList();
  }

  @Transactional
  public GovernmentView createGovernment(CurrentUser actor, GovernmentForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = trim(form.code());
    if (code == null) {
      errors.put("code", "请填写政府代码");
    } else if (!ID.matcher(code).matches() || code.contains(".")) {
      errors.put("code", "政府代码只能由字母、数字、连字符和下划线组成，长度2至64位");
    }
    Government government = validateGovernment(form, code, null, errors);
    if (org.government(code) != null) {
      throw ApiException.conflict("政府代码 " + code + " 已存在");
    }
    try {
      org.createGovernment(government);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw ApiException.conflict("政府代码 " + code + " 已存在");
    }
    GovernmentView view = view(org.government(code));
    audit.record(
        AUDIT_GOVERNMENT,
        actor.id(),
        code,
        "government:" + code,
        "新增政府 " + code + "（" + view.name() + "）",
        null,
        view);
    return view;
  }

  @Transactional
  public GovernmentView updateGovernment(CurrentUser actor, String code, GovernmentForm form) {
    Government current = org.lockGovernment(code);
    if (current == null) {
      throw ApiException.notFound("没有政府 " + code);
    }
    GovernmentView before = view(current);
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.code() != null && !form.code().equals(code)) {
      errors.put("code", "政府代码不能修改");
    }
    Government government = validateGovernment(form, code, current, errors);
    org.updateGovernment(government);
    GovernmentView after = view(org.government(code));
    String summary =
        before.active() && !after.active()
            ? "停用政府 " + code
            : !before.active() && after.active() ? "启用政府 " + code : "修改政府 " + code;
    audit.record(
        AUDIT_GOVERNMENT,
        actor.id(),
        code,
        "government:" + code,
        summary + "（" + after.name() + "）",
        before,
        after);
    return after;
  }

  private Government validateGovernment(
      GovernmentForm form, String code, Government current, Map<String, String> errors) {
    String name = form.name() == null && current != null ? current.name() : trim(form.name());
    if (name == null) {
      errors.put("name", "请填写政府名称");
    } else if (name.length() > 64) {
      errors.put("name", "政府名称不能超过64个字");
    }
    Level level = current == null ? null : current.level();
    if (form.level() != null || current == null) {
      level = null;
      for (Level l : Level.values()) {
        if (l.name().equals(trim(form.level()))) {
          level = l;
        }
      }
      if (level == null) {
        errors.put("level", "级别应为省级、市级或县级之一");
      } else if (current != null && level != current.level() && org.unitCount(code, false) > 0) {
        errors.put("level", "已有所属单位的政府不能改变级别（其单位的编制按本级职级核定）");
      }
    }
    boolean active = form.active() == null ? current == null || current.active() : form.active();
    if (current != null && current.active() && !active) {
      int units = org.unitCount(code, true);
      if (units > 0) {
        errors.put("active", current.name() + "还有 " + units + " 个启用中的单位，请先停用其所属单位");
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Government(code, name, level, active);
  }

  /**
   * Sets the staffing of a unit from an import, audited when it changes; returns whether it
   * changed.
   */
  @Transactional
  public boolean importStaffing(CurrentUser actor, String code, Map<String, Integer> staffing) {
    Unit unit = org.lockUnit(code);
    UnitView before = view(unit);
    Map<String, Integer> kept = new LinkedHashMap<>();
    staffing.forEach(
        (rank, count) -> {
          if (count > 0) {
            kept.put(rank, count);
          }
        });
    if (kept.equals(before.staffing())) {
      return false;
    }
    org.setStaffing(code, kept);
    UnitView after = view(org.unit(code));
    audit.record(
        AUDIT_UNIT,
        actor.id(),
        after.govCode(),
        "unit:" + code,
        "导入编制 " + code + "（" + after.name() + "）",
        before,
        after);
    return true;
  }

  private GovernmentView view(Government g) {
    return new GovernmentView(
        g.code(),
        g.name(),
        g.level().name(),
        g.level().label(),
        g.level().ranks(),
        g.active(),
        org.unitCount(g.code(), false));
  }

  @Transactional(readOnly = true)
  public List<UnitView> units() {
    return org.units().stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public List<UserView> users() {
    return org.users().stream().map(this::view).toList();
  }

  @Transactional
  public UserView createUser(CurrentUser actor, UserForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String id = trim(form.id());
    if (id == null) {
      errors.put("id", "请填写账号");
    } else if (!ID.matcher(id).matches()) {
      errors.put("id", "账号只能由字母、数字、点、连字符和下划线组成，长度2至64位");
    }
    if (form.password() == null || form.password().isEmpty()) {
      errors.put("password", "请设置初始密码");
    }
    UserAccount user = validateUser(form, id, null, errors);
    if (id != null && errors.isEmpty() && org.user(id) != null) {
      throw ApiException.conflict("账号 " + id + " 已存在");
    }
    try {
      org.createUser(user, form.password());
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw ApiException.conflict("账号 " + id + " 已存在");
    }
    UserView view = view(org.user(id));
    audit.record(
        AUDIT_USER,
        actor.id(),
        view.govCode(),
        "user:" + id,
        "新增用户 " + id + "（" + view.name() + "）",
        null,
        view);
    return view;
  }

  @Transactional
  public UserView updateUser(CurrentUser actor, String id, UserForm form) {
    UserAccount current = org.lockUser(id);
    if (current == null) {
      throw ApiException.notFound("没有账号 " + id);
    }
    UserView before = view(current);
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.id() != null && !form.id().equals(id)) {
      errors.put("id", "账号不能修改");
    }
    UserAccount user = validateUser(form, id, current, errors);
    if (id.equals(actor.id()) && (!user.active() || !user.roles().contains(Role.ADMIN))) {
      throw ApiException.invalid(user.active() ? "roles" : "active", "不能停用自己的账号或取消自己的管理员角色");
    }
    org.updateUser(user, form.password());
    UserView after = view(org.user(id));
    String summary =
        before.active() && !after.active()
            ? "停用用户 " + id
            : !before.active() && after.active() ? "启用用户 " + id : "修改用户 " + id;
    audit.record(
        AUDIT_USER,
        actor.id(),
        after.govCode(),
        "user:" + id,
        summary + "（" + after.name() + "）",
        before,
        after);
    return after;
  }

  /**
   * The user the form describes, on top of {@code current} (null when adding); throws with every
   * wrong field.
   */
  private UserAccount validateUser(
      UserForm form, String id, UserAccount current, Map<String, String> errors) {
    String name = form.name() == null && current != null ? current.name() : trim(form.name());
    if (name == null) {
      errors.put("name", "请填写姓名");
    } else if (name.length() > 64) {
      errors.put("name", "姓名不能超过64个字");
    }
    String unitCode =
        form.unitCode() == null && current != null ? current.unitCode() : trim(form.unitCode());
    Unit unit = unitCode == null ? null : org.unit(unitCode);
    if (unitCode == null) {
      errors.put("unitCode", "请选择所在单位");
    } else if (unit == null) {
      errors.put("unitCode", "没有单位 " + unitCode);
    } else if (!unit.active() && (current == null || !unitCode.equals(current.unitCode()))) {
      errors.put("unitCode", unit.name() + " 已停用，不能新增或调入用户");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (form.roles() == null && current != null) {
      roles.addAll(current.roles());
    } else if (form.roles() == null || form.roles().isEmpty()) {
      errors.put("roles", "请至少选择一个角色");
    } else {
      for (String code : form.roles()) {
        Role role = Role.ofCode(code);
        if (role == null) {
          errors.put("roles", "没有角色 " + code);
        } else {
          roles.add(role);
        }
      }
    }
    if (unit != null && !unit.isAgency()) {
      for (Role role : roles) {
        if (role.perUnit()) {
          errors.put("roles", role.label() + "只能由申请单位（党政机关）的用户担任，" + unit.name() + "不是申请单位");
        }
      }
    }
    if (form.password() != null && form.password().length() < MIN_PASSWORD) {
      errors.put("password", "密码至少" + MIN_PASSWORD + "位");
    } else if (form.password() != null && form.password().length() > MAX_PASSWORD) {
      errors.put("password", "密码不能超过" + MAX_PASSWORD + "位");
    }
    String email = form.email() == null && current != null ? current.email() : trim(form.email());
    if (email != null && (email.length() > 128 || !EMAIL.matcher(email).matches())) {
      errors.put("email", "电子邮箱格式不正确");
    }
    boolean active = form.active() == null ? current == null || current.active() : form.active();
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new UserAccount(id, name, unitCode, email, active, roles);
  }

  @Transactional
  public UnitView createUnit(CurrentUser actor, UnitForm form) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = trim(form.code());
    if (code == null) {
      errors.put("code", "请填写单位代码");
    } else if (!ID.matcher(code).matches()) {
      errors.put("code", "单位代码只能由字母、数字、点、连字符和下划线组成，长度2至64位");
    }
    Unit unit = validateUnit(form, code, null, errors);
    if (org.unit(code) != null) {
      throw ApiException.conflict("单位代码 " + code + " 已存在");
    }
    try {
      org.createUnit(unit, staffingOf(form, null));
    } catch (org.springframework.dao.DuplicateKeyException e) {
      throw ApiException.conflict("单位代码 " + code + " 已存在");
    }
    UnitView view = view(org.unit(code));
    audit.record(
        AUDIT_UNIT,
        actor.id(),
        view.govCode(),
        "unit:" + code,
        "新增单位 " + code + "（" + view.name() + "）",
        null,
        view);
    return view;
  }

  @Transactional
  public UnitView updateUnit(CurrentUser actor, String code, UnitForm form) {
    Unit current = org.lockUnit(code);
    if (current == null) {
      throw ApiException.notFound("没有单位 " + code);
    }
    UnitView before = view(current);
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.code() != null && !form.code().equals(code)) {
      errors.put("code", "单位代码不能修改");
    }
    Unit unit = validateUnit(form, code, current, errors);
    org.updateUnit(unit, staffingOf(form, current));
    UnitView after = view(org.unit(code));
    String summary =
        before.active() && !after.active()
            ? "停用单位 " + code
            : !before.active() && after.active() ? "启用单位 " + code : "修改单位 " + code;
    audit.record(
        AUDIT_UNIT,
        actor.id(),
        after.govCode(),
        "unit:" + code,
        summary + "（" + after.name() + "）",
        before,
        after);
    return after;
  }

  private Unit validateUnit(UnitForm form, String code, Unit current, Map<String, String> errors) {
    String name = form.name() == null && current != null ? current.name() : trim(form.name());
    if (name == null) {
      errors.put("name", "请填写单位名称");
    } else if (name.length() > 64) {
      errors.put("name", "单位名称不能超过64个字");
    }
    String govCode =
        form.govCode() == null && current != null ? current.govCode() : trim(form.govCode());
    Government government = govCode == null ? null : org.government(govCode);
    if (govCode == null) {
      errors.put("govCode", "请选择所属政府");
    } else if (government == null) {
      errors.put("govCode", "没有政府 " + govCode);
    } else if (current != null && !govCode.equals(current.govCode())) {
      errors.put("govCode", "单位不能改属其他政府（其登记簿与案件属于本级）");
    } else if (current == null && !government.active()) {
      errors.put("govCode", government.name() + " 已停用，不能新增单位");
    }
    String kind = form.kind() == null && current != null ? current.kind() : trim(form.kind());
    if (kind == null || !KINDS.contains(kind)) {
      errors.put("kind", "单位类型应为申请单位、机关事务管理部门、财政部门、发展改革部门或本级政府之一");
    }
    int quota =
        form.vehicleQuota() == null
            ? current == null ? 0 : current.vehicleQuota()
            : form.vehicleQuota();
    if (quota < 0 || quota > 1000) {
      errors.put("vehicleQuota", "公务用车编制应在0至1000辆之间");
    }
    if (form.staffing() != null && government != null) {
      for (Map.Entry<String, Integer> rank : form.staffing().entrySet()) {
        if (!government.level().ranks().contains(rank.getKey())) {
          errors.put(
              "staffing." + rank.getKey(),
              government.level().label()
                  + "没有职级“"
                  + rank.getKey()
                  + "”，应为"
                  + String.join("、", government.level().ranks())
                  + "之一");
        } else if (rank.getValue() == null || rank.getValue() < 0 || rank.getValue() > 100000) {
          errors.put("staffing." + rank.getKey(), rank.getKey() + "编制人数应在0至100000之间");
        }
      }
    }
    boolean active = form.active() == null ? current == null || current.active() : form.active();
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Unit(code, name, govCode, kind, quota, active);
  }

  /**
   * The staffing the form gives (ranks with 0 posts dropped), or the current one when it gives
   * none.
   */
  private Map<String, Integer> staffingOf(UnitForm form, Unit current) {
    if (form.staffing() == null) {
      return current == null ? Map.of() : org.staffing(current.code());
    }
    Map<String, Integer> staffing = new LinkedHashMap<>();
    form.staffing()
        .forEach(
            (rank, count) -> {
              if (count > 0) {
                staffing.put(rank, count);
              }
            });
    return staffing;
  }

  private UserView view(UserAccount user) {
    Unit unit = org.unit(user.unitCode());
    List<Role> roles = List.copyOf(user.roles());
    return new UserView(
        user.id(),
        user.name(),
        user.unitCode(),
        unit.name(),
        unit.govCode(),
        user.email(),
        roles,
        roles.stream().map(Role::label).toList(),
        user.active());
  }

  private UnitView view(Unit unit) {
    Government government = org.government(unit.govCode());
    return new UnitView(
        unit.code(),
        unit.name(),
        unit.govCode(),
        government.name(),
        government.level().name(),
        government.level().label(),
        unit.kind(),
        unit.vehicleQuota(),
        org.staffing(unit.code()),
        government.level().ranks(),
        unit.active());
  }

  private static String trim(String value) {
    if (value == null) {
      return null;
    }
    String t = value.trim();
    return t.isEmpty() ? null : t;
  }
}
