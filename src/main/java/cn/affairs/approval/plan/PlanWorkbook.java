package cn.affairs.approval.plan;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.plan.PlanRegister.ItemInput;
import cn.affairs.approval.plan.PlanRegister.PlanInput;
import cn.affairs.approval.plan.PlanRegister.PlanRow;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.PageRequest;
import cn.affairs.approval.workbook.SheetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of the annual plans as an Excel workbook (modelled on the vehicle register's): one row
 * per item, with its plan's unit, year and ceiling. An import validates every row as the API does
 * and writes nothing when any row is wrong; rows of a plan that does not exist yet create it (with
 * the ceiling they name), rows with an item number correct that item, rows without add one. Items a
 * file leaves out stay in the plan, and a plan the file does not change gets no new version, so an
 * export re-imports to the same plans.
 */
@Service
public class PlanWorkbook {

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
    "unitCode", "year", "ceiling", "itemId", "category", "description", "amount"
  };
  static final String[] HEADERS = {"单位代码", "计划年度", "预算控制数（万元）", "项目编号", "项目类别", "项目说明", "金额（万元）"};

  private final PlanRegister register;

  PlanWorkbook(PlanRegister register) {
    this.register = register;
  }

  public byte[] template() {
    return write(List.of());
  }

  @Transactional(readOnly = true)
  public byte[] export(CurrentUser user, String unitCode, Integer year) {
    List<PlanRow> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      var found = register.list(user, unitCode, PageRequest.of(page, PageRequest.MAX_SIZE));
      rows.addAll(found.items());
      if (rows.size() >= found.total() || found.items().isEmpty()) {
        break;
      }
    }
    return write(rows.stream().filter(p -> year == null || p.year() == year).toList());
  }

  private record Line(int row, String[] v) {
    String unit() {
      return v[0];
    }

    String year() {
      return v[1];
    }

    boolean hasItem() {
      return v[3] != null || v[4] != null || v[5] != null || v[6] != null;
    }
  }

  /** Imports every row or none; returns how many item rows were written. */
  @Transactional
  public int importRows(CurrentUser user, InputStream file) {
    if (!user.keepsRegistersOf(user.govCode())) {
      throw ApiException.forbidden("只有本级机关事务管理部门可以导入保障年度计划");
    }
    Map<String, List<Line>> byPlan = new LinkedHashMap<>();
    List<RowError> errors = new ArrayList<>();
    try (Workbook workbook = new XSSFWorkbook(file)) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        String[] v = new String[FIELDS.length];
        boolean blank = true;
        for (int c = 0; c < FIELDS.length; c++) {
          String text = row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c));
          v[c] = text.isBlank() ? null : text.trim();
          blank &= v[c] == null;
          if (SheetReader.hasControlCharacter(v[c])) {
            errors.add(new RowError(r + 1, FIELDS[c], "不能含有控制字符"));
          }
        }
        if (blank) {
          continue;
        }
        Line line = new Line(r + 1, v);
        if (line.unit() == null) {
          errors.add(new RowError(line.row(), "unitCode", "请填写单位代码"));
          continue;
        }
        if (line.year() == null) {
          errors.add(new RowError(line.row(), "year", "请填写计划年度"));
          continue;
        }
        byPlan.computeIfAbsent(line.unit() + "|" + line.year(), k -> new ArrayList<>()).add(line);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiException api) {
        throw api;
      }
      throw ApiException.invalid("file", "无法读取该文件，请使用下载的 Excel 模板（.xlsx）");
    }
    if (byPlan.isEmpty() && errors.isEmpty()) {
      throw ApiException.invalid("file", "文件中没有数据行");
    }
    List<Runnable> writes = new ArrayList<>();
    int[] written = {0};
    for (List<Line> lines : byPlan.values()) {
      Line first = lines.get(0);
      String ceiling = first.v()[2];
      for (Line line : lines) {
        if (!Objects.equals(line.v()[2], ceiling)) {
          errors.add(
              new RowError(
                  line.row(),
                  "ceiling",
                  "同一计划的预算控制数应一致（第 " + first.row() + " 行为 " + ceiling + "）"));
        }
      }
      AnnualPlan plan = null;
      try {
        plan = register.plan(first.unit(), Integer.parseInt(first.year()));
      } catch (NumberFormatException e) {
        plan = null;
      }
      // the whole item list after the import: the plan's items, corrected or added to by the rows
      List<ItemInput> items = new ArrayList<>();
      List<Integer> rowOfItem = new ArrayList<>();
      Map<Long, Integer> indexOf = new LinkedHashMap<>();
      if (plan != null) {
        for (PlanItem item : register.items(plan)) {
          indexOf.put(item.id(), items.size());
          items.add(
              new ItemInput(
                  item.id(), item.category(), item.description(), item.amount().toPlainString()));
          rowOfItem.add(first.row());
        }
      }
      Map<Long, Integer> idSeen = new LinkedHashMap<>();
      for (Line line : lines) {
        if (!line.hasItem()) {
          continue;
        }
        Long id = null;
        if (line.v()[3] != null) {
          try {
            id = Long.valueOf(line.v()[3]);
          } catch (NumberFormatException e) {
            errors.add(new RowError(line.row(), "itemId", "项目编号应为导出文件中的数字，新增项目请留空"));
            continue;
          }
          if (idSeen.containsKey(id)) {
            errors.add(
                new RowError(
                    line.row(), "itemId", "项目编号 " + id + " 与第 " + idSeen.get(id) + " 行重复"));
            continue;
          }
          idSeen.put(id, line.row());
        }
        ItemInput input = new ItemInput(id, category(line.v()[4]), line.v()[5], line.v()[6]);
        if (id != null && indexOf.containsKey(id)) {
          items.set(indexOf.get(id), input);
          rowOfItem.set(indexOf.get(id), line.row());
        } else {
          items.add(input);
          rowOfItem.add(line.row());
        }
      }
      PlanInput input = new PlanInput(first.unit(), first.year(), ceiling, items);
      PlanRegister.Valid valid;
      try {
        valid = register.validate(user, input, plan);
      } catch (ApiException e) {
        if (e.fields() == null || e.fields().isEmpty()) {
          errors.add(new RowError(first.row(), "unitCode", e.getMessage()));
          continue;
        }
        e.fields()
            .forEach(
                (field, message) -> {
                  int row = first.row();
                  String name = field;
                  if (field.startsWith("items[")) {
                    int i = Integer.parseInt(field.substring(6, field.indexOf(']')));
                    row = rowOfItem.get(i);
                    name = field.substring(field.indexOf('.') + 1);
                  }
                  errors.add(new RowError(row, name, message));
                });
        continue;
      }
      if (plan != null && register.unchanged(plan, valid)) {
        continue;
      }
      long changedRows = lines.stream().filter(Line::hasItem).count();
      AnnualPlan existing = plan;
      writes.add(
          () -> {
            if (existing == null) {
              register.create(user, input);
            } else {
              register.correct(
                  user, existing.id(), new PlanInput(null, null, input.ceiling(), input.items()));
            }
            written[0] += (int) changedRows;
          });
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(RowError::row));
      throw new ImportRefused(errors);
    }
    writes.forEach(Runnable::run);
    return written[0];
  }

  private static byte[] write(List<PlanRow> plans) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("保障年度计划");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.length; c++) {
        header.createCell(c).setCellValue(HEADERS[c]);
        sheet.setColumnWidth(c, (c == 5 ? 30 : 16) * 256);
      }
      int r = 1;
      for (PlanRow plan : plans) {
        if (plan.items().isEmpty()) {
          Row row = sheet.createRow(r++);
          row.createCell(0).setCellValue(plan.unitCode());
          row.createCell(1).setCellValue(String.valueOf(plan.year()));
          row.createCell(2).setCellValue(plain(plan.ceiling()));
        }
        for (PlanRegister.ItemRow item : plan.items()) {
          Row row = sheet.createRow(r++);
          String[] values = {
            plan.unitCode(),
            String.valueOf(plan.year()),
            plain(plan.ceiling()),
            String.valueOf(item.id()),
            item.categoryLabel(),
            item.description(),
            plain(item.amount())
          };
          for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
          }
        }
      }
      Sheet help = workbook.createSheet("填写说明");
      String[] notes = {
        "每行一个计划项目，第1行为表头；同一单位同一年度的行属于同一计划，预算控制数应一致。",
        "计划不存在时按各行新建（须填写预算控制数，单位万元）；项目编号为导出时的编号，填写则更正该项目，留空则新增项目。",
        "文件中没有列出的已有项目保持不变；只填单位、年度和预算控制数的行只修改预算控制数。",
        "项目类别：" + String.join("、", PlanCategories.all().values()),
        "计划项目合计不能超过预算控制数（条例 第三十七条）。",
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

  /** A category name users wrote (机关运行经费) or the code itself (OPERATIONS). */
  private static String category(String text) {
    if (text == null) {
      return null;
    }
    for (Map.Entry<String, String> e : PlanCategories.all().entrySet()) {
      if (e.getValue().equals(text)) {
        return e.getKey();
      }
    }
    return text;
  }
}
