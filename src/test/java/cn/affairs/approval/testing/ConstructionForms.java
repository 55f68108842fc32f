package cn.affairs.approval.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Valid office-space-construction forms for tests of the platform (the API, tasks, security). */
public final class ConstructionForms {

  private ConstructionForms() {}

  /** An expansion of {@code addedOfficeRoomArea} ㎡ costing 300 万元: no DRC/finance opinions. */
  public static Map<String, Object> expansion(int addedOfficeRoomArea) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("projectType", "EXPANSION");
    form.put("projectName", "办公楼扩建工程");
    form.put("location", "太原市迎泽区");
    form.put("addedOfficeRoomArea", addedOfficeRoomArea);
    form.put("addedBasicOfficeArea", addedOfficeRoomArea);
    form.put("addedBuildingArea", addedOfficeRoomArea + 20);
    form.put("estimatedCost", 300);
    form.put("fundingSource", "FISCAL");
    form.put("necessity", "编制增加，现有用房不足");
    form.put("usesAgencyLand", false);
    return form;
  }

  public static Map<String, Object> request(Map<String, Object> form) {
    return Map.of("processKey", "office-space-construction", "form", form);
  }
}
