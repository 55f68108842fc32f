package cn.affairs.approval.asset;

import cn.affairs.approval.asset.AssetRegister.AssetInput;
import cn.affairs.approval.asset.AssetRegister.AssetRow;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import cn.affairs.approval.workbook.SheetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The asset register and the warehouse stock as an Excel workbook (modelled on the vehicle
 * register's): a template, an export of a unit's or a warehouse's cards, and an import that
 * validates every row as the API does and writes nothing when any row is wrong. A row whose code is
 * already registered corrects that card, so an export re-imports to the same register.
 */
@Service
public class AssetWorkbook {

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
    "code",
    "category",
    "name",
    "originalValue",
    "purchaseDate",
    "unitCode",
    "warehouseGov",
    "status",
    "location"
  };
  static final String[] HEADERS = {
    "资产编号", "资产类别", "资产名称", "原值（万元）", "购置日期", "使用单位代码", "公物仓（政府代码）", "状态", "存放地点"
  };
  static final Map<String, String> CATEGORY_LABELS =
      Arrays.stream(AssetCategory.values())
          .collect(
              Collectors.toMap(
                  AssetCategory::name, AssetCategory::label, (a, b) -> a, LinkedHashMap::new));
  static final Map<String, String> STATUS_LABELS = new LinkedHashMap<>();

  static {
    for (String status : List.of(Asset.IN_USE, Asset.IDLE, Asset.IN_WAREHOUSE, Asset.DISPOSED)) {
      STATUS_LABELS.put(status, Asset.statusLabel(status));
    }
  }

  private final AssetRegister register;
  private final AssetMapper assets;

  AssetWorkbook(AssetRegister register, AssetMapper assets) {
    this.register = register;
    this.assets = assets;
  }

  public byte[] template() {
    return write(List.of());
  }

  @Transactional(readOnly = true)
  public byte[] export(CurrentUser user, String unitCode, String warehouseGov) {
    List<AssetRow> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found =
          register.list(user, unitCode, warehouseGov, PageRequest.of(page, PageRequest.MAX_SIZE));
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
      throw ApiException.forbidden("只有本级机关事务管理部门可以导入资产登记簿");
    }
    List<Map.Entry<Integer, AssetInput>> inputs = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
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
          if (SheetReader.hasControlCharacter(v[c])) {
            errors.add(new RowError(r + 1, FIELDS[c], "不能含有控制字符"));
          }
        }
        inputs.add(
            Map.entry(
                r + 1,
                new AssetInput(
                    v[0],
                    code(CATEGORY_LABELS, v[1]),
                    v[2],
                    v[3],
                    v[4],
                    v[5],
                    v[6],
                    code(STATUS_LABELS, v[7]),
                    v[8])));
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
    Map<String, Integer> codesSeen = new HashMap<>();
    List<Runnable> writes = new ArrayList<>();
    for (Map.Entry<Integer, AssetInput> entry : inputs) {
      int rowNumber = entry.getKey();
      AssetInput input = entry.getValue();
      String code = input.code() == null ? null : input.code().trim();
      if (code != null && codesSeen.containsKey(code)) {
        errors.add(
            new RowError(
                rowNumber, "code", "资产编号 " + code + " 与第 " + codesSeen.get(code) + " 行重复"));
        continue;
      }
      if (code != null) {
        codesSeen.put(code, rowNumber);
      }
      Asset existing = code == null ? null : assets.find(code);
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
              : () -> register.change(user, existing.code(), input));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
    for (int i = 0; i < writes.size(); i++) {
      try {
        writes.get(i).run();
      } catch (ApiException e) {
        // a card moving in a pending case: refuse the whole file, naming the row
        throw new ImportRefused(
            List.of(new RowError(inputs.get(i).getKey(), "status", e.getMessage())));
      }
    }
    return writes.size();
  }

  private static byte[] write(List<AssetRow> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("资产登记簿");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.length; c++) {
        header.createCell(c).setCellValue(HEADERS[c]);
        sheet.setColumnWidth(c, 16 * 256);
      }
      int r = 1;
      for (AssetRow a : rows) {
        Row row = sheet.createRow(r++);
        String[] values = {
          a.code(),
          CATEGORY_LABELS.getOrDefault(a.category(), a.category()),
          a.name(),
          plain(a.originalValue()),
          a.purchaseDate().toString(),
          a.unitCode() == null ? "" : a.unitCode(),
          a.warehouseGov() == null ? "" : a.warehouseGov(),
          STATUS_LABELS.getOrDefault(a.status(), a.status()),
          a.location() == null ? "" : a.location()
        };
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
        }
      }
      Sheet help = workbook.createSheet("填写说明");
      String[] notes = {
        "每行一件资产，第1行为表头；资产编号已在登记簿中的行将更正该资产，其余新增登记。",
        "资产类别：" + String.join("、", CATEGORY_LABELS.values()),
        "单位资产填写使用单位代码，状态为在用、闲置或已处置（留空为在用）；",
        "公物仓资产不填使用单位代码，填写公物仓所属政府代码（如 sx），状态为在公物仓或已处置（留空为在公物仓）。",
        "原值单位为万元；购置日期格式：2022-06-01。",
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

  /** A label users wrote (台式计算机) or the code itself (DESKTOP). */
  private static String code(Map<String, String> labels, String text) {
    if (text == null) {
      return null;
    }
    Map<String, String> byLabel = new LinkedHashMap<>();
    labels.forEach((code, label) -> byLabel.put(label, code));
    return byLabel.getOrDefault(text, text);
  }
}
