package cn.affairs.approval.repair;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Application forms of office-repair used by the tests. */
final class RepairForms {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private RepairForms() {}

  static int thisYear() {
    return LocalDate.now(ZONE).getYear();
  }

  /**
   * A major repair of a building completed 30 years ago, never repaired since: the interval is met,
   * cost 0.1 万元/㎡ is under the cap, and the cost decides tendering and 本级政府.
   */
  static Map<String, Object> major(Object estimatedCost) {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "综合办公楼");
    form.put("repairType", "MAJOR");
    form.put("reasons", List.of("AGING", "SAFETY"));
    form.put("items", "屋面防水、外墙保温、电梯更换");
    form.put("affectedArea", 10000);
    form.put("estimatedCost", estimatedCost);
    form.put("buildingCompletedYear", thisYear() - 30);
    return form;
  }

  static Map<String, Object> routine(Object estimatedCost) {
    Map<String, Object> form = major(estimatedCost);
    form.put("repairType", "ROUTINE");
    form.put("reasons", List.of("WEAR"));
    form.put("items", "更换走廊灯具、维修卫生间水龙头");
    form.put("affectedArea", 800);
    return form;
  }

  static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(form);
    if (value == null) {
      copy.remove(field);
    } else {
      copy.put(field, value);
    }
    return copy;
  }
}
