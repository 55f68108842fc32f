package cn.affairs.approval.vehicle;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleInput;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleRow;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vehicle register as an Excel workbook: a template, an export of a unit's rows, and an import
 * that validates every row as the API does and writes nothing when any row is wrong. A row whose
 * plate is already registered corrects that row, so an export re-imports to the same register.
 */
@Service
public class VehicleWorkbook {

  /** One wrong cell of an import: the sheet row number users see (header is row 1). */
  public record RowError(int row, String field, String message) {}

  /** An import refused: every wrong row, nothing written. */
  public static class ImportRefused extends RuntimeException {
    private final transient List<RowError> errors;

    ImportRefused(List<RowError> errors) {
      super("导入文件中有 " + errors.size() + " 处错误，未导入任何数据");
      this.errors = errors;
    }

    public List<RowError> errors() {
      return errors;
    }
  }

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
    List<RowError> errors = new ArrayList<>();
    List<Map.Entry<Integer, VehicleInput>> inputs = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(file)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null || blankRow(row, formatter)) {
          continue;
        }
        String[] v = new String[FIELDS.length];
        for (int c = 0; c < FIELDS.length; c++) {
          v[c] = cell(row.getCell(c), formatter);
        }
        inputs.add(
            Map.entry(
                r + 1,
                new VehicleInput(
                    v[0],
                    v[1],
                    code(CATEGORY_LABELS, v[2]),
                    v[3],
                    v[4],
                    code(ENERGY_LABELS, v[5]),
                    v[6],
                    v[7],
                    v[8],
                    v[9],
                    code(STATUS_LABELS, v[10]))));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw ApiException.invalid("file", "无法读取该文件，请使用下载的 Excel 模板（.xlsx）");
    }
    if (inputs.isEmpty()) {
      throw ApiException.invalid("file", "文件中没有数据行");
    }
    Map<String, Integer> platesSeen = new HashMap<>();
    List<Runnable> writes = new ArrayList<>();
    for (Map.Entry<Integer, VehicleInput> entry : inputs) {
      int rowNumber = entry.getKey();
      VehicleInput input = entry.getValue();
      String plate = LicencePlate.canonical(input.plate());
      if (plate != null && platesSeen.containsKey(plate)) {
        errors.add(
            new RowError(
                rowNumber, "plate", "号牌 " + plate + " 与第 " + platesSeen.get(plate) + " 行重复"));
        continue;
      }
      if (plate != null) {
        platesSeen.put(plate, rowNumber);
      }
      Vehicle existing = plate == null ? null : vehicles.byPlate(plate);
      try {
        register.validateRow(user, input, existing);
      } catch (ApiException e) {
        if (e.fields() != null && !e.fields().isEmpty()) {
          e.fields()
              .forEach((field, message) -> errors.add(new RowError(rowNumber, field, message)));
        } else {
          errors.add(new RowError(rowNumber, "unitCode", e.getMessage()));
        }
        continue;
      }
      writes.add(
          existing == null
              ? () -> register.add(user, input)
              : () -> register.change(user, existing.id(), input));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    writes.forEach(Runnable::run);
    return writes.size();
  }

  private static byte[] write(List<VehicleRow> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("公务用车登记簿");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.length; c++) {
        header.createCell(c).setCellValue(HEADERS[c]);
        sheet.setColumnWidth(c, 16 * 256);
      }
      int r = 1;
      for (VehicleRow v : rows) {
        Row row = sheet.createRow(r++);
        String[] values = {
          v.plate(),
          v.unitCode(),
          CATEGORY_LABELS.getOrDefault(v.category(), v.category()),
          v.brand(),
          v.model(),
          ENERGY_LABELS.getOrDefault(v.energyType(), v.energyType()),
          plain(v.displacement()),
          plain(v.price()),
          v.purchaseDate().toString(),
          String.valueOf(v.mileageKm()),
          STATUS_LABELS.getOrDefault(v.status(), v.status())
        };
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
        }
      }
      Sheet help = workbook.createSheet("填写说明");
      String[] notes = {
        "每行一辆车，第1行为表头；号牌已在登记簿中的行将更正该车辆，其余新增登记。",
        "类别：" + String.join("、", CATEGORY_LABELS.values()),
        "能源类型：" + String.join("、", ENERGY_LABELS.values()),
        "状态：" + String.join("、", STATUS_LABELS.values()) + "（留空为在用）",
        "购置日期格式：2022-06-01；纯电动、燃料电池汽车的排气量留空。",
        "任一行有误时不导入任何数据，并逐行列出错误。"
      };
      for (int i = 0; i < notes.length; i++) {
        help.createRow(i).createCell(0).setCellValue(notes[i]);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String cell(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return null;
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    String text = formatter.formatCellValue(cell).trim();
    return text.isEmpty() ? null : text;
  }

  private static boolean blankRow(Row row, DataFormatter formatter) {
    for (int c = 0; c < FIELDS.length; c++) {
      if (cell(row.getCell(c), formatter) != null) {
        return false;
      }
    }
    return true;
  }

  /** A label users wrote (其他用车) or the code itself (OTHER). */
  private static String code(Map<String, String> labels, String text) {
    if (text == null) {
      return null;
    }
    Map<String, String> byLabel = new LinkedHashMap<>();
    labels.forEach((code, label) -> byLabel.put(label, code));
    return byLabel.getOrDefault(text, text);
  }
}
