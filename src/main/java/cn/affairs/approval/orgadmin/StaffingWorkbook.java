package cn.affairs.approval.orgadmin;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrganisationRegistry;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import cn.affairs.approval.workbook.ImportErrors;
import cn.affairs.approval.workbook.SheetReader;
import cn.affairs.approval.workbook.SheetReader.SheetRow;
import cn.affairs.approval.workbook.SheetWriter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staffing by rank (编制定员) as an Excel workbook for the admin: one row per unit and rank. An import
 * validates every row (the unit exists, the rank is one of its level's, the count a whole number)
 * and writes nothing when any row is wrong; each unit in the file then has exactly the staffing the
 * file gives it (ranks not listed: 0), audited per unit that changed. Units not in the file keep
 * theirs, so an export re-imports to the same staffing.
 */
@Service
class StaffingWorkbook {

  static final String[] HEADERS = {"单位代码", "单位名称", "职级", "编制人数"};
  static final String[] FIELDS = {"unitCode", "unitName", "rank", "headcount"};
  private static final int MAX_POSTS = 100000;

  private final OrganisationRegistry org;
  private final OrganisationAdmin admin;

  StaffingWorkbook(OrganisationRegistry org, OrganisationAdmin admin) {
    this.org = org;
    this.admin = admin;
  }

  byte[] template() {
    return write(List.of());
  }

  /** Every unit's staffing, or the units of {@code govCode}. */
  @Transactional(readOnly = true)
  byte[] export(String govCode) {
    if (govCode != null && !govCode.isBlank() && org.government(govCode.trim()) == null) {
      throw ApiException.notFound("没有政府 " + govCode);
    }
    List<String[]> rows = new ArrayList<>();
    for (Unit unit : org.units()) {
      if (govCode != null && !govCode.isBlank() && !unit.govCode().equals(govCode.trim())) {
        continue;
      }
      org.staffing(unit.code())
          .forEach(
              (rank, count) ->
                  rows.add(new String[] {unit.code(), unit.name(), rank, String.valueOf(count)}));
    }
    return write(rows);
  }

  /** Imports every row or none; returns how many rows were read. */
  @Transactional
  int importRows(CurrentUser actor, InputStream file) {
    ImportErrors errors = new ImportErrors();
    Map<String, Map<String, Integer>> byUnit = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<SheetRow> rows = SheetReader.read(file, FIELDS, errors);
    for (SheetRow row : rows) {
      int number = row.number();
      String code = row.cell(0);
      String rank = row.cell(2);
      Unit unit = code == null ? null : org.unit(code);
      if (code == null) {
        errors.add(number, "unitCode", "请填写单位代码");
      } else if (unit == null) {
        errors.add(number, "unitCode", "没有单位 " + code);
      }
      Integer count = null;
      if (row.cell(3) == null) {
        errors.add(number, "headcount", "请填写编制人数");
      } else {
        try {
          count = Integer.valueOf(row.cell(3));
          if (count < 0 || count > MAX_POSTS) {
            errors.add(number, "headcount", "编制人数应在0至" + MAX_POSTS + "之间");
          }
        } catch (NumberFormatException e) {
          errors.add(number, "headcount", "编制人数应为整数");
        }
      }
      if (rank == null) {
        errors.add(number, "rank", "请填写职级");
      } else if (unit != null) {
        Government government = org.government(unit.govCode());
        if (!government.level().ranks().contains(rank)) {
          errors.add(
              number,
              "rank",
              government.level().label()
                  + "没有职级“"
                  + rank
                  + "”，应为"
                  + String.join("、", government.level().ranks())
                  + "之一");
        }
      }
      if (code != null && rank != null) {
        String key = code + "|" + rank;
        if (seen.containsKey(key)) {
          errors.add(number, "rank", code + " 的" + rank + "与第 " + seen.get(key) + " 行重复");
        }
        seen.putIfAbsent(key, number);
      }
      if (unit != null && rank != null && count != null) {
        byUnit.computeIfAbsent(unit.code(), k -> new LinkedHashMap<>()).put(rank, count);
      }
    }
    errors.throwIfAny();
    byUnit.forEach((code, staffing) -> admin.importStaffing(actor, code, staffing));
    return rows.size();
  }

  private static byte[] write(List<String[]> rows) {
    return SheetWriter.write(
        "编制定员",
        HEADERS,
        rows,
        List.of(
            "每行一个单位的一个职级，第1行为表头；单位名称仅供阅读，导入时以单位代码为准。",
            "职级：省级为 省级正职、省级副职、正厅局级、副厅局级、正处级、副处级、处级以下；"
                + "市级为 市级正职、市级副职、正局处级、副局处级、局处级以下；"
                + "县级为 县级正职、县级副职、正科级、副科级、科级以下。",
            "文件中出现的单位，其编制以文件为准（未列出的职级为0）；未出现的单位不变。",
            "任一行有误时不导入任何数据，并逐行列出错误。"));
  }
}
