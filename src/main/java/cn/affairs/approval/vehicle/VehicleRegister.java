package cn.affairs.approval.vehicle;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicle register as the bureau keeps it (公务用车登记簿, 办法 第二十二条): reading a unit's rows (the unit
 * itself, and whoever sees its whole government), and adding, correcting and deleting rows (the
 * bureau of the unit's government, or an admin), each change audited in its transaction.
 */
@Service
public class VehicleRegister {

  static final String AUDIT_TYPE = "REGISTER_VEHICLE";
  static final Set<String> CATEGORIES =
      Set.of("CONFIDENTIAL", "EMERGENCY", "LAW_ENFORCEMENT", "SPECIAL", "OTHER");
  static final Set<String> ENERGY_TYPES = Set.of("BEV", "PHEV", "FCEV", "ICE");
  static final Set<String> STATUSES = Set.of(Vehicle.ACTIVE, Vehicle.TO_DISPOSE, Vehicle.DISPOSED);

  /** A row as the API takes it: text, so that every wrong field gets its own Chinese message. */
  public record VehicleInput(
      String plate,
      String unitCode,
      String category,
      String brand,
      String model,
      String energyType,
      String displacement,
      String price,
      String purchaseDate,
      String mileageKm,
      String status) {}

  /** A row as the API shows it, with the words users read. */
  public record VehicleRow(
      long id,
      String plate,
      String unitCode,
      String category,
      String brand,
      String model,
      String energyType,
      BigDecimal displacement,
      BigDecimal price,
      LocalDate purchaseDate,
      int mileageKm,
      String status,
      String statusLabel,
      String sourceApplication,
      String replacedByApplication) {

    static VehicleRow of(Vehicle v) {
      return new VehicleRow(
          v.id(),
          v.plate(),
          v.unitCode(),
          v.category(),
          v.brand(),
          v.model(),
          v.energyType(),
          v.displacement(),
          v.price(),
          v.purchaseDate(),
          v.mileageKm() == null ? 0 : v.mileageKm(),
          v.status(),
          Vehicle.statusLabel(v.status()),
          v.sourceApplication(),
          v.replacedByApplication());
    }
  }

  private final VehicleMapper vehicles;
  private final OrganisationRegistry org;
  private final AuditLog audit;
  private final Clock clock;

  VehicleRegister(VehicleMapper vehicles, OrganisationRegistry org, AuditLog audit, Clock clock) {
    this.vehicles = vehicles;
    this.org = org;
    this.audit = audit;
    this.clock = clock;
  }

  /** The rows of {@code unitCode} (default: the user's own unit). */
  @Transactional(readOnly = true)
  public Page<VehicleRow> list(CurrentUser user, String unitCode, PageRequest page) {
    Unit unit = readable(user, unitCode == null || unitCode.isBlank() ? user.unitCode() : unitCode);
    return new Page<>(
        vehicles.pageOfUnit(unit.code(), page.size(), page.offset()).stream()
            .map(VehicleRow::of)
            .toList(),
        vehicles.countOfUnit(unit.code()),
        page.page(),
        page.size());
  }

  @Transactional
  public VehicleRow add(CurrentUser user, VehicleInput input) {
    Vehicle vehicle = validate(user, input, null);
    if (vehicles.byPlate(vehicle.plate()) != null) {
      throw ApiException.conflict("号牌 " + vehicle.plate() + " 已在登记簿中");
    }
    try {
      vehicles.insert(vehicle);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("号牌 " + vehicle.plate() + " 已在登记簿中");
    }
    VehicleRow row = VehicleRow.of(vehicles.byPlate(vehicle.plate()));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(row.unitCode()),
        "vehicle:" + row.plate(),
        "登记车辆 " + row.plate() + "（" + row.unitCode() + "）",
        null,
        row);
    return row;
  }

  @Transactional
  public VehicleRow change(CurrentUser user, long id, VehicleInput input) {
    Vehicle current = keptRow(user, id);
    Vehicle changed = validate(user, input, current);
    Vehicle other = vehicles.byPlate(changed.plate());
    if (other != null && !other.id().equals(current.id())) {
      throw ApiException.conflict("号牌 " + changed.plate() + " 已在登记簿中");
    }
    vehicles.update(changed);
    VehicleRow before = VehicleRow.of(current);
    VehicleRow after = VehicleRow.of(vehicles.byId(id));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(after.unitCode()),
        "vehicle:" + after.plate(),
        "修改车辆 " + after.plate(),
        before,
        after);
    return after;
  }

  @Transactional
  public void delete(CurrentUser user, long id) {
    Vehicle current = keptRow(user, id);
    if (current.sourceApplication() != null || current.replacedByApplication() != null) {
      throw ApiException.conflict("车辆 " + current.plate() + " 由审批案件登记或更新，不能删除；如已处置请将状态改为已处置");
    }
    vehicles.delete(id);
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(current.unitCode()),
        "vehicle:" + current.plate(),
        "删除车辆 " + current.plate(),
        VehicleRow.of(current),
        null);
  }

  /**
   * Validates a row as {@link #add} or {@link #change} would (for imports); throws with every wrong
   * field.
   */
  void validateRow(CurrentUser user, VehicleInput input, Vehicle current) {
    if (current != null && !user.keepsRegistersOf(govOf(current.unitCode()))) {
      throw ApiException.forbidden("号牌 " + current.plate() + " 属于其他政府的登记簿");
    }
    validate(user, input, current);
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

  /** The row, locked, when the user keeps its government's registers; 404 or 403 otherwise. */
  private Vehicle keptRow(CurrentUser user, long id) {
    Vehicle current = vehicles.lockById(id);
    if (current == null) {
      throw ApiException.notFound("登记簿中没有该车辆");
    }
    if (!user.keepsRegistersOf(govOf(current.unitCode()))) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以修改登记簿");
    }
    return current;
  }

  private String govOf(String unitCode) {
    return org.unit(unitCode).govCode();
  }

  private Vehicle validate(CurrentUser user, VehicleInput in, Vehicle current) {
    Map<String, String> errors = new LinkedHashMap<>();
    String unitCode =
        current != null && blank(in.unitCode()) ? current.unitCode() : trim(in.unitCode());
    Unit unit = unitCode == null ? null : org.unit(unitCode);
    if (unitCode == null) {
      errors.put("unitCode", "请选择使用单位");
    } else if (unit == null) {
      errors.put("unitCode", "没有单位 " + unitCode);
    } else if (!user.keepsRegistersOf(unit.govCode())) {
      throw ApiException.forbidden("只有" + "本级机关事务管理部门可以登记" + unit.name() + "的车辆");
    } else if (current != null && !unit.govCode().equals(govOf(current.unitCode()))) {
      errors.put("unitCode", "车辆不能登记到其他政府的单位");
    } else if (!unit.isAgency()) {
      errors.put("unitCode", unit.name() + "不是申请单位，不配备公务用车");
    }
    String plate = LicencePlate.canonical(in.plate());
    if (blank(in.plate())) {
      errors.put("plate", "请填写号牌");
    } else if (plate == null) {
      errors.put("plate", "号牌格式不正确，例如 晋A·J0001");
    }
    String category = trim(in.category());
    if (category == null || !CATEGORIES.contains(category)) {
      errors.put("category", "车辆类别应为机要通信、应急保障、执法执勤、特种专业技术或其他用车之一");
    }
    if (blank(in.brand())) {
      errors.put("brand", "请填写品牌");
    } else if (in.brand().trim().length() > 64) {
      errors.put("brand", "品牌不能超过64个字");
    }
    if (blank(in.model())) {
      errors.put("model", "请填写型号");
    } else if (in.model().trim().length() > 64) {
      errors.put("model", "型号不能超过64个字");
    }
    String energy = trim(in.energyType());
    if (energy == null || !ENERGY_TYPES.contains(energy)) {
      errors.put("energyType", "能源类型应为纯电动、插电式混合动力、燃料电池或燃油之一");
    }
    BigDecimal displacement = null;
    if (!blank(in.displacement())) {
      displacement = decimal(in.displacement(), "displacement", "排气量", errors);
      if ("BEV".equals(energy) || "FCEV".equals(energy)) {
        errors.put("displacement", "纯电动和燃料电池汽车没有排气量，请留空");
      } else if (displacement != null
          && (displacement.signum() <= 0 || displacement.compareTo(BigDecimal.TEN) >= 0)) {
        errors.put("displacement", "排气量应大于0且小于10升");
      }
    } else if ("ICE".equals(energy) || "PHEV".equals(energy)) {
      errors.put("displacement", "请填写排气量（升）");
    }
    BigDecimal price = blank(in.price()) ? null : decimal(in.price(), "price", "价格", errors);
    if (blank(in.price())) {
      errors.put("price", "请填写价格（万元）");
    } else if (price != null
        && (price.signum() < 0 || price.compareTo(new BigDecimal("99999999")) > 0)) {
      errors.put("price", "价格应在0至99999999万元之间");
    }
    LocalDate purchased = null;
    if (blank(in.purchaseDate())) {
      errors.put("purchaseDate", "请填写购置日期");
    } else {
      try {
        purchased = LocalDate.parse(in.purchaseDate().trim());
        if (purchased.isAfter(LocalDate.now(clock))) {
          errors.put("purchaseDate", "购置日期不能晚于今天");
        }
      } catch (DateTimeParseException e) {
        errors.put("purchaseDate", "购置日期格式应为 年-月-日，例如 2022-06-01");
      }
    }
    Integer mileage = null;
    if (blank(in.mileageKm())) {
      mileage = 0;
    } else {
      try {
        mileage = Integer.valueOf(in.mileageKm().trim());
        if (mileage < 0 || mileage > 5_000_000) {
          errors.put("mileageKm", "行驶里程应在0至5000000公里之间");
        }
      } catch (NumberFormatException e) {
        errors.put("mileageKm", "行驶里程应为整数（公里）");
      }
    }
    String status =
        blank(in.status())
            ? current == null ? Vehicle.ACTIVE : current.status()
            : in.status().trim();
    if (!STATUSES.contains(status)) {
      errors.put("status", "状态应为在用、待处置或已处置之一");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    return new Vehicle(
        current == null ? null : current.id(),
        plate,
        unitCode,
        category,
        in.brand().trim(),
        in.model().trim(),
        energy,
        displacement,
        price,
        purchased,
        mileage,
        status,
        current == null ? null : current.sourceApplication(),
        current == null ? null : current.replacedByApplication());
  }

  private static BigDecimal decimal(
      String text, String field, String label, Map<String, String> errors) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      errors.put(field, label + "应为数字");
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
