package cn.affairs.approval.asset;

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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The asset register (资产账卡, 办法 第十四条) and the stock of the public-asset warehouse (公物仓, 条例 第二十六条) as
 * the bureau keeps them: reading a unit's cards (the unit itself, and whoever sees its whole
 * government) or a warehouse's (the users of that government), and adding, correcting and deleting
 * cards (the bureau of the government, or an admin), each change audited in its transaction. A card
 * that a pending case is moving keeps its holder and status until that case ends.
 */
@Service
public class AssetRegister {

  static final String AUDIT_TYPE = "REGISTER_ASSET";
  static final Set<String> UNIT_STATUSES = Set.of(Asset.IN_USE, Asset.IDLE, Asset.DISPOSED);
  static final Set<String> WAREHOUSE_STATUSES = Set.of(Asset.IN_WAREHOUSE, Asset.DISPOSED);
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
  private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");

  /**
   * A card as the API takes it: text, so that every wrong field gets its own Chinese message. A
   * card is held by a unit ({@code unitCode}) or by the warehouse of a government ({@code
   * warehouseGov}), never both.
   */
  public record AssetInput(
      String code,
      String category,
      String name,
      String originalValue,
      String purchaseDate,
      String unitCode,
      String warehouseGov,
      String status,
      String location) {}

  /** A card as the API shows it, with the words users read. */
  public record AssetRow(
      String code,
      String category,
      String categoryLabel,
      String name,
      BigDecimal originalValue,
      LocalDate purchaseDate,
      String unitCode,
      String warehouseGov,
      String status,
      String statusLabel,
      String location,
      LocalDate disposedOn,
      String pendingCase) {

    static AssetRow of(Asset a, String pendingCase) {
      return new AssetRow(
          a.code(),
          a.category(),
          a.categoryEnum().label(),
          a.name(),
          a.originalValue(),
          a.purchaseDate(),
          a.holderUnit(),
          a.warehouseGov(),
          a.status(),
          Asset.statusLabel(a.status()),
          a.location(),
          a.disposedOn(),
          pendingCase);
    }
  }

  private final AssetMapper assets;
  private final OrganisationRegistry org;
  private final AuditLog audit;
  private final Clock clock;

  AssetRegister(AssetMapper assets, OrganisationRegistry org, AuditLog audit, Clock clock) {
    this.assets = assets;
    this.org = org;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The cards of {@code unitCode} (default: the user's own unit), or of the warehouse of {@code
   * warehouseGov} when that is given.
   */
  @Transactional(readOnly = true)
  public Page<AssetRow> list(
      CurrentUser user, String unitCode, String warehouseGov, PageRequest page) {
    if (!blank(warehouseGov)) {
      Government gov = readableWarehouse(user, warehouseGov.trim());
      return new Page<>(
          assets.pageOfWarehouse(gov.code(), page.size(), page.offset()).stream()
              .map(this::row)
              .toList(),
          assets.countOfWarehouse(gov.code()),
          page.page(),
          page.size());
    }
    Unit unit = readableUnit(user, blank(unitCode) ? user.unitCode() : unitCode.trim());
    return new Page<>(
        assets.pageOfUnit(unit.code(), page.size(), page.offset()).stream().map(this::row).toList(),
        assets.countOfUnit(unit.code()),
        page.page(),
        page.size());
  }

  @Transactional
  public AssetRow add(CurrentUser user, AssetInput input) {
    Asset asset = validate(user, input, null);
    if (assets.find(asset.code()) != null) {
      throw ApiException.conflict("资产编号 " + asset.code() + " 已在登记簿中");
    }
    try {
      assets.insert(asset);
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("资产编号 " + asset.code() + " 已在登记簿中");
    }
    AssetRow row = row(assets.find(asset.code()));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(asset),
        "asset:" + row.code(),
        "登记资产 " + row.code() + "（" + holderText(asset) + "）",
        null,
        row);
    return row;
  }

  @Transactional
  public AssetRow change(CurrentUser user, String code, AssetInput input) {
    Asset current = keptCard(user, code);
    Asset changed = validate(user, input, current);
    String pending = assets.pendingCase(current.code());
    if (pending != null
        && (!Objects.equals(current.holderUnit(), changed.holderUnit())
            || !Objects.equals(current.warehouseGov(), changed.warehouseGov())
            || !current.status().equals(changed.status()))) {
      throw ApiException.conflict(
          "资产 " + current.code() + " 正在申请 " + pending + " 中办理，该申请结束前不能修改保管方或状态");
    }
    assets.update(changed);
    AssetRow before = row(current);
    AssetRow after = row(assets.find(current.code()));
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(changed),
        "asset:" + after.code(),
        "修改资产 " + after.code(),
        before,
        after);
    return after;
  }

  @Transactional
  public void delete(CurrentUser user, String code) {
    Asset current = keptCard(user, code);
    String pending = assets.pendingCase(current.code());
    if (pending != null) {
      throw ApiException.conflict("资产 " + current.code() + " 正在申请 " + pending + " 中办理，不能删除");
    }
    if (assets.countMovements(current.code()) > 0) {
      throw ApiException.conflict("资产 " + current.code() + " 有调剂或处置记录（使用档案），不能删除；如已处置请将状态改为已处置");
    }
    assets.delete(current.code());
    audit.record(
        AUDIT_TYPE,
        user.id(),
        govOf(current),
        "asset:" + current.code(),
        "删除资产 " + current.code(),
        row(current),
        null);
  }

  /**
   * Validates a card as {@link #add} or {@link #change} would (for imports); throws with every
   * wrong field.
   */
  void validateRow(CurrentUser user, AssetInput input, Asset current) {
    if (current != null && !user.keepsRegistersOf(govOf(current))) {
      throw ApiException.forbidden("资产 " + current.code() + " 属于其他政府的登记簿");
    }
    validate(user, input, current);
  }

  private AssetRow row(Asset asset) {
    return AssetRow.of(asset, asset.reservedBy() == null ? null : assets.pendingCase(asset.code()));
  }

  private Unit readableUnit(CurrentUser user, String unitCode) {
    Unit unit = org.unit(unitCode);
    if (unit == null) {
      throw ApiException.notFound("没有单位 " + unitCode);
    }
    if (!user.readsRegistersOf(unit)) {
      throw ApiException.forbidden("无权查看" + unit.name() + "的资产登记簿");
    }
    return unit;
  }

  /** A warehouse is read by the users of its government (units see what they may ask for). */
  private Government readableWarehouse(CurrentUser user, String govCode) {
    Government gov = org.government(govCode);
    if (gov == null) {
      throw ApiException.notFound("没有政府 " + govCode);
    }
    if (!user.isAdmin() && !user.govCode().equals(gov.code())) {
      throw ApiException.forbidden("只能查看本级公物仓");
    }
    return gov;
  }

  /** The card, locked, when the user keeps its government's registers; 404 or 403 otherwise. */
  private Asset keptCard(CurrentUser user, String code) {
    Asset current = code == null ? null : assets.lockByCode(code.trim());
    if (current == null) {
      throw ApiException.notFound("登记簿中没有资产 " + code);
    }
    if (!user.keepsRegistersOf(govOf(current))) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以修改资产登记簿");
    }
    return current;
  }

  private String govOf(Asset asset) {
    return asset.holderUnit() != null
        ? org.unit(asset.holderUnit()).govCode()
        : asset.warehouseGov();
  }

  private String holderText(Asset asset) {
    return asset.holderUnit() != null ? asset.holderUnit() : "公物仓 " + asset.warehouseGov();
  }

  private Asset validate(CurrentUser user, AssetInput in, Asset current) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = current != null ? current.code() : trim(in.code());
    if (current != null && !blank(in.code()) && !in.code().trim().equals(current.code())) {
      errors.put("code", "资产编号不能修改");
    } else if (code == null) {
      errors.put("code", "请填写资产编号");
    } else if (!CODE.matcher(code).matches()) {
      errors.put("code", "资产编号应为1至32位字母、数字、-或_，以字母或数字开头");
    }
    String unitCode = trim(in.unitCode());
    String warehouseGov = trim(in.warehouseGov());
    if (current != null && unitCode == null && warehouseGov == null) {
      unitCode = current.holderUnit();
      warehouseGov = current.warehouseGov();
    }
    String holderGov = null;
    if (unitCode == null && warehouseGov == null) {
      errors.put("unitCode", "请填写使用单位代码；公物仓的资产填写公物仓所属政府代码");
    } else if (unitCode != null && warehouseGov != null) {
      errors.put("unitCode", "资产由一个单位或一个公物仓保管，使用单位代码和公物仓只能填写一项");
    } else if (unitCode != null) {
      Unit unit = org.unit(unitCode);
      if (unit == null) {
        errors.put("unitCode", "没有单位 " + unitCode);
      } else if (!user.keepsRegistersOf(unit.govCode())) {
        throw ApiException.forbidden("只有本级机关事务管理部门可以登记" + unit.name() + "的资产");
      } else {
        holderGov = unit.govCode();
      }
    } else {
      Government gov = org.government(warehouseGov);
      if (gov == null) {
        errors.put("warehouseGov", "没有政府 " + warehouseGov);
      } else if (!user.keepsRegistersOf(gov.code())) {
        throw ApiException.forbidden("只有本级机关事务管理部门可以登记" + gov.name() + "公物仓的资产");
      } else {
        holderGov = gov.code();
      }
    }
    if (current != null && holderGov != null && !holderGov.equals(govOf(current))) {
      errors.put(unitCode != null ? "unitCode" : "warehouseGov", "资产不能登记到其他政府");
    }
    AssetCategory category = null;
    try {
      category = blank(in.category()) ? null : AssetCategory.valueOf(in.category().trim());
    } catch (IllegalArgumentException e) {
      category = null;
    }
    if (category == null) {
      errors.put(
          "category",
          "资产类别应为"
              + Arrays.stream(AssetCategory.values())
                  .map(AssetCategory::label)
                  .collect(Collectors.joining("、"))
              + "之一");
    }
    if (blank(in.name())) {
      errors.put("name", "请填写资产名称");
    } else if (in.name().trim().length() > 128) {
      errors.put("name", "资产名称不能超过128个字");
    }
    BigDecimal value = null;
    if (blank(in.originalValue())) {
      errors.put("originalValue", "请填写原值（万元）");
    } else {
      try {
        value = new BigDecimal(in.originalValue().trim());
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0 || value.scale() > 2) {
          errors.put("originalValue", "原值应在0至9999999999.99万元之间，最多两位小数");
        }
      } catch (NumberFormatException e) {
        errors.put("originalValue", "原值应为数字（万元）");
      }
    }
    LocalDate purchased = null;
    LocalDate today = LocalDate.now(clock);
    if (blank(in.purchaseDate())) {
      errors.put("purchaseDate", "请填写购置日期");
    } else {
      try {
        purchased = LocalDate.parse(in.purchaseDate().trim());
        if (purchased.isAfter(today)) {
          errors.put("purchaseDate", "购置日期不能晚于今天");
        }
      } catch (DateTimeParseException e) {
        errors.put("purchaseDate", "购置日期格式应为 年-月-日，例如 2022-06-01");
      }
    }
    boolean inWarehouse = warehouseGov != null && unitCode == null;
    String status = trim(in.status());
    if (status == null) {
      boolean sameHolder =
          current != null
              && Objects.equals(current.holderUnit(), unitCode)
              && Objects.equals(current.warehouseGov(), warehouseGov);
      status = sameHolder ? current.status() : inWarehouse ? Asset.IN_WAREHOUSE : Asset.IN_USE;
    }
    if (inWarehouse && !WAREHOUSE_STATUSES.contains(status)) {
      errors.put("status", "公物仓资产的状态应为在公物仓或已处置");
    } else if (!inWarehouse && !UNIT_STATUSES.contains(status)) {
      errors.put("status", "单位资产的状态应为在用、闲置或已处置之一");
    }
    String location = trim(in.location());
    if (location != null && location.length() > 128) {
      errors.put("location", "存放地点不能超过128个字");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    LocalDate disposedOn =
        !Asset.DISPOSED.equals(status)
            ? null
            : current != null && current.disposedOn() != null ? current.disposedOn() : today;
    return new Asset(
        code,
        category.name(),
        in.name().trim(),
        value,
        purchased,
        unitCode,
        inWarehouse ? warehouseGov : null,
        status,
        current == null ? null : current.reservedBy(),
        disposedOn,
        location);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.trim();
  }
}
