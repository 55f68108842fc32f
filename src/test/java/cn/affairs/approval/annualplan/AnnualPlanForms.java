package cn.affairs.approval.annualplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Annual-plan forms for tests: the next year's needs of a demo unit (which has no plan of it). */
public final class AnnualPlanForms {

  private AnnualPlanForms() {}

  public static int nextYear() {
    return LocalDate.now().getYear() + 1;
  }

  public static Map<String, Object> need(
      String category, String description, String amount, String basis) {
    Map<String, Object> need = new LinkedHashMap<>();
    need.put("category", category);
    need.put("description", description);
    need.put("amount", new BigDecimal(amount));
    need.put("basis", basis);
    return need;
  }

  public static Map<String, Object> vehicles(int added, String amount) {
    Map<String, Object> need = need("VEHICLES", "公务用车更新", amount, "《党政机关公务用车管理办法》配备标准");
    need.put("quantity", added);
    return need;
  }

  public static Map<String, Object> desktops(int quantity, String amount) {
    Map<String, Object> need = need("ASSETS", "台式计算机配置", amount, "《中央行政单位通用办公设备家具配置标准》台式计算机");
    need.put("quantity", quantity);
    need.put("equipment", "DESKTOP");
    return need;
  }

  /**
   * Next year's needs: operations 300, office-building renovation 150, one car renewed 30 → 480.
   */
  public static Map<String, Object> nextYearsNeeds() {
    return form(
        nextYear(),
        need("OPERATIONS", "机关运行经费", "300", "机关运行经费定额标准"),
        need("OFFICE_SPACE", "办公楼改造", "150", "《党政机关办公用房建设标准》"),
        vehicles(0, "30"));
  }

  @SafeVarargs
  public static Map<String, Object> form(int year, Map<String, Object>... needs) {
    Map<String, Object> form = new HashMap<>();
    form.put("year", year);
    form.put("needs", new ArrayList<>(List.of(needs)));
    form.put("situation", "现有办公用房 850㎡，在用公务用车 6 辆；下一年度按定额安排运行经费并改造办公楼");
    return form;
  }
}
