package cn.affairs.approval.vehicle;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleInput;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleRow;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import cn.affairs.approval.workbook.ImportErrors;
import cn.affairs.approval.workbook.SheetReader;
import cn.affairs.approval.workbook.SheetReader.SheetRow;
import cn.affairs.approval.workbook.SheetWriter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicle register as an Excel workbook: a template, an export of a unit's rows, and an import
 * that validates every row as the API does and writes nothing when any row is wrong. A row whose
 * plate is already registered corrects that row, so an export re-imports to the same register.
 */
@Service
public class VehicleWorkbook {

  static final String[] FIELDS = {
    "plate",
    "unitCode",
    "category",
    "brand",
    "model",
    "energyType",
    "displacement",
    "price",
    "purchaseDate",
    "mileageKm",
    "status"
  };
  static final String[] HEADERS = {
    "号牌", "使用单位代码", "类别", "品牌", "型号", "能源类型", "排气量（升）", "价格（万元）", "购置日期", "行驶里程（公里）", "状态"
  };
  static final Map<String, String> CATEGORY_LABELS =
      Map.of(
          "CONFIDENTIAL",
          "机要通信用车",
          "EMERGENCY",
          "应急保障用车",
          "LAW_ENFORCEMENT",
          "执法执勤用车",
          "SPECIAL",
          "特种专业技术用车",
          "OTHER",
          "其他用车");
  static final Map<String, String> ENERGY_LABELS =
      Map.of("BEV", "纯电动", "PHEV", "插电式混合动力", "FCEV", "燃料电池", "ICE", "燃油");
  static final Map<String, String> STATUS_LABELS =
      Map.of(Vehicle.ACTIVE, "在用", Vehicle.TO_DISPOSE, "待处置", Vehicle.DISPOSED, "已处置");

  private final VehicleRegister register;
  private final VehicleMapper vehicles;

  VehicleWorkbook(VehicleRegister register, VehicleMapper vehicles) {
    this.register = register;
    this.vehicles = vehicles;
  }

  public byte[] template() {
    return write(List.of());
  }

  @Transactional(readOnly = true)
  public byte[] export(CurrentUser user, String unitCode) {
    List<VehicleRow> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found = register.list(user, unitCode, PageRequest.of(page, PageRequest.MAX_SIZE));
      rows.addAll(found.items());
      if (rows.size() >= found.total() || found.items().isEmpty()) {
        break;
      }
    }
    return write(rows);
  }

  /** Imports every row or none; returns how many rows were written. */
  @Transactional
  public int importRows(CurrentUser user, InputStream file) {
    if (!user.keepsRegistersOf(user.govCode())) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以导入登记簿");
    }
    ImportErrors errors = new ImportErrors();
    Map<String, Integer> platesSeen = new HashMap<>();
    List<Runnable> writes = new ArrayList<>();
    for (SheetRow row : SheetReader.read(file, FIELDS, errors)) {
      int rowNumber = row.number();
      VehicleInput input =
          new VehicleInput(
              row.cell(0),
              row.cell(1),
              SheetReader.code(CATEGORY_LABELS, row.cell(2)),
              row.cell(3),
              row.cell(4),
              SheetReader.code(ENERGY_LABELS, row.cell(5)),
              row.cell(6),
              row.cell(7),
              row.cell(8),
              row.cell(9),
              SheetReader.code(STATUS_LABELS, row.cell(10)));
      String plate = LicencePlate.canonical(input.plate());
      if (plate != null && platesSeen.containsKey(plate)) {
        errors.add(rowNumber, "plate", "号牌 " + plate + " 与第 " + platesSeen.get(plate) + " 行重复");
        continue;
      }
      if (plate != null) {
        platesSeen.put(plate, rowNumber);
      }
      Vehicle existing = plate == null ? null : vehicles.byPlate(plate);
      try {
        register.validateRow(user, input, existing);
      } catch (ApiException e) {
        errors.add(rowNumber, e, "unitCode");
        continue;
      }
      writes.add(
          existing == null
              ? () -> register.add(user, input)
              : () -> register.change(user, existing.id(), input));
    }
    errors.throwIfAny();
    writes.forEach(Runnable::run);
    return writes.size();
  }

  private static byte[] write(List<VehicleRow> rows) {
    List<String[]> values = new ArrayList<>();
    for (VehicleRow v : rows) {
      values.add(
          new String[] {
            v.plate(),
            v.unitCode(),
            CATEGORY_LABELS.getOrDefault(v.category(), v.category()),
            v.brand(),
            v.model(),
            ENERGY_LABELS.getOrDefault(v.energyType(), v.energyType()),
            SheetWriter.plain(v.displacement()),
            SheetWriter.plain(v.price()),
            v.purchaseDate().toString(),
            String.valueOf(v.mileageKm()),
            STATUS_LABELS.getOrDefault(v.status(), v.status())
          });
    }
    return SheetWriter.write(
        "公务用车登记簿",
        HEADERS,
        values,
        List.of(
            "每行一辆车，第1行为表头；号牌已在登记簿中的行将更正该车辆，其余新增登记。",
            "类别：" + String.join("、", CATEGORY_LABELS.values()),
            "能源类型：" + String.join("、", ENERGY_LABELS.values()),
            "状态：" + String.join("、", STATUS_LABELS.values()) + "（留空为在用）",
            "购置日期格式：2022-06-01；纯电动、燃料电池汽车的排气量留空。",
            "任一行有误时不导入任何数据，并逐行列出错误。"));
  }
}
