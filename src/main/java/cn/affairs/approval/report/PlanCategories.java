package cn.affairs.approval.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The categories of the annual guarantee plan (条例 第三十四条) as the reports name them: the kinds of
 * need a plan-change may add, plus the items office-space-construction (纳入年度计划) and office-repair
 * (纳入年度维修计划) enter. Reports list categories in this order.
 */
final class PlanCategories {

  static final String CONSTRUCTION = "OFFICE_SPACE_CONSTRUCTION";
  static final String REPAIR = "OFFICE_REPAIR";
  static final String OFFICE_SPACE = "OFFICE_SPACE";
  static final String VEHICLES = "VEHICLES";
  static final String ASSETS = "ASSETS";

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("OPERATIONS", "机关运行经费");
    NAMES.put("LAND", "机关用地规划利用");
    NAMES.put(OFFICE_SPACE, "办公用房配置维修");
    NAMES.put(CONSTRUCTION, "办公用房建设");
    NAMES.put(REPAIR, "办公用房维修改造");
    NAMES.put("HOUSING", "周转住房建设维修");
    NAMES.put(VEHICLES, "公务用车配备更新");
    NAMES.put("RECEPTION", "公务接待");
    NAMES.put("ENERGY", "节能改造");
    NAMES.put("SERVICES", "后勤服务购买");
    NAMES.put(ASSETS, "通用资产配置");
  }

  private PlanCategories() {}

  static String name(String category) {
    return NAMES.getOrDefault(category, category);
  }

  /** Sort position: the order above, unknown categories last. */
  static int order(String category) {
    int i = 0;
    for (String key : NAMES.keySet()) {
      if (key.equals(category)) {
        return i;
      }
      i++;
    }
    return NAMES.size();
  }
}
