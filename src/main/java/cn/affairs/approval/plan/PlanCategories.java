package cn.affairs.approval.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The categories an annual plan's items fall in (条例 第三十四条: 机关运行经费、用地、办公用房、周转住房、公务用车、公务接待、
 * 节能、后勤服务、资产配置), plus the items office-space-construction and office-repair enter; the names the
 * plan register and its workbook show.
 */
public final class PlanCategories {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("OPERATIONS", "机关运行经费");
    NAMES.put("LAND", "机关用地规划利用");
    NAMES.put("OFFICE_SPACE", "办公用房配置维修");
    NAMES.put("OFFICE_SPACE_CONSTRUCTION", "办公用房建设");
    NAMES.put("OFFICE_REPAIR", "办公用房维修改造");
    NAMES.put("HOUSING", "周转住房建设维修");
    NAMES.put("VEHICLES", "公务用车配备更新");
    NAMES.put("RECEPTION", "公务接待");
    NAMES.put("ENERGY", "节能改造");
    NAMES.put("SERVICES", "后勤服务购买");
    NAMES.put("ASSETS", "通用资产配置");
  }

  private PlanCategories() {}

  /** Code → name, in the order the register lists them. */
  public static Map<String, String> all() {
    return Collections.unmodifiableMap(NAMES);
  }

  public static String name(String category) {
    return NAMES.getOrDefault(category, category);
  }

  public static boolean known(String category) {
    return NAMES.containsKey(category);
  }
}
