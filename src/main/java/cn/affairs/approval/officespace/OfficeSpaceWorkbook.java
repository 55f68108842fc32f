package cn.affairs.approval.officespace;

import cn.affairs.approval.officespace.OfficeSpaceRegister.OfficeSpaceInput;
import cn.affairs.approval.officespace.OfficeSpaceRegister.OfficeSpaceRow;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.web.Page;
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
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office-space register as an Excel workbook: a template, an export of a unit's rows or of the
 * idle space, and an import that validates every row as the API does and writes nothing when any
 * row is wrong. A row with a 登记编号, or whose building and room are already registered, corrects that
 * row; the others are added, so an export re-imports to the same register.
 */
@Service
public class OfficeSpaceWorkbook {

  static final String[] HEADERS = {
    "登记编号", "使用单位代码", "楼宇名称", "房间", "权属", "使用面积（㎡）", "建筑面积（㎡）", "到期日期"
  };

  /** The field of each column, as an import's errors name them. */
  static final String[] FIELDS = {
    "id", "unitCode", "building", "room", "tenure", "usableArea", "buildingArea", "endDate"
  };

  private final OfficeSpaceRegister register;

  OfficeSpaceWorkbook(OfficeSpaceRegister register) {
    this.register = register;
  }

  public byte[] template() {
    return write(List.of());
  }

  /** A unit's rows, or with {@code idle} the idle space of the government. */
  @Transactional(readOnly = true)
  public byte[] export(CurrentUser user, String unitCode, boolean idle, String govCode) {
    Function<PageRequest, Page<OfficeSpaceRow>> pages =
        idle ? p -> register.idle(user, govCode, p) : p -> register.list(user, unitCode, p);
    List<OfficeSpaceRow> rows = new ArrayList<>();
    for (int page = 0; ; page++) {
      Page<OfficeSpaceRow> found = pages.apply(PageRequest.of(page, PageRequest.MAX_SIZE));
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
    Map<String, Integer> placesSeen = new HashMap<>();
    Map<Long, Integer> idsSeen = new HashMap<>();
    List<Runnable> writes = new ArrayList<>();
    for (SheetRow row : SheetReader.read(file, FIELDS, errors)) {
      int number = row.number();
      OfficeSpaceInput input =
          new OfficeSpaceInput(
              row.cell(1),
              null,
              row.cell(2),
              row.cell(3),
              SheetReader.code(OfficeSpace.TENURES, row.cell(4)),
              row.cell(5),
              row.cell(6),
              row.cell(7),
              null);
      Long id = null;
      if (row.cell(0) != null) {
        try {
          id = Long.valueOf(row.cell(0));
        } catch (NumberFormatException e) {
          errors.add(number, "id", "登记编号应为导出文件中的数字，新增的行请留空");
          continue;
        }
        if (idsSeen.containsKey(id)) {
          errors.add(number, "id", "登记编号 " + id + " 与第 " + idsSeen.get(id) + " 行重复");
          continue;
        }
        idsSeen.put(id, number);
      }
      String place =
          (row.cell(1) == null ? "" : row.cell(1)) + "|" + row.cell(2) + "|" + row.cell(3);
      if (row.cell(2) != null && placesSeen.containsKey(place)) {
        errors.add(number, "room", "楼宇和房间与第 " + placesSeen.get(place) + " 行重复");
        continue;
      }
      placesSeen.put(place, number);
      OfficeSpace existing = register.existing(user, id, input);
      if (id != null && existing == null) {
        errors.add(number, "id", "登记簿中没有登记编号 " + id);
        continue;
      }
      try {
        register.validateRow(user, input, existing);
      } catch (ApiException e) {
        errors.add(number, e, "unitCode");
        continue;
      }
      long existingId = existing == null ? -1 : existing.id();
      writes.add(
          existing == null
              ? () -> register.add(user, input)
              : () -> register.change(user, existingId, input));
    }
    errors.throwIfAny();
    writes.forEach(Runnable::run);
    return writes.size();
  }

  private static byte[] write(List<OfficeSpaceRow> rows) {
    List<String[]> values = new ArrayList<>();
    for (OfficeSpaceRow s : rows) {
      values.add(
          new String[] {
            String.valueOf(s.id()),
            s.unitCode(),
            s.building(),
            s.room(),
            s.tenureLabel(),
            SheetWriter.plain(s.usableArea()),
            SheetWriter.plain(s.buildingArea()),
            s.endDate() == null ? "" : s.endDate().toString()
          });
    }
    return SheetWriter.write(
        "办公用房登记簿",
        HEADERS,
        values,
        List.of(
            "每行一处办公用房（一栋楼宇或其中的房间），第1行为表头。",
            "登记编号：导出文件中已有的编号用于更正该行；新增的行请留空（楼宇和房间已登记的行将更正该行）。",
            "使用单位代码：本级申请单位的代码；闲置办公用房（由机关事务管理部门持有）留空。",
            "权属：" + String.join("、", List.of("自有", "租用", "借用", "闲置")) + "。",
            "使用面积为办公室用房使用面积，计入核定标准；建筑面积可留空，填写时不能小于使用面积。",
            "到期日期格式：2027-12-31；租用必填，借用有约定期限时填写，自有和闲置留空。",
            "任一行有误时不导入任何数据，并逐行列出错误。"));
  }
}
