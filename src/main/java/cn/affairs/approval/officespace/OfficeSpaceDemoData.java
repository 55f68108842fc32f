package cn.affairs.approval.officespace;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

@Component
class OfficeSpaceDemoData implements DemoDataSection {

  private final OfficeSpaceMapper register;

  OfficeSpaceDemoData(OfficeSpaceMapper register) {
    this.register = register;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public void clearRegisters() {
    register.deleteAll();
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode s : demo.path("officeSpace")) {
      register.insert(
          new OfficeSpace(
              null,
              s.get("gov").asText(),
              s.hasNonNull("unit") ? s.get("unit").asText() : null,
              s.get("building").asText(),
              s.path("room").asText(""),
              s.get("area").decimalValue(),
              s.hasNonNull("buildingArea") ? s.get("buildingArea").decimalValue() : null,
              s.get("ownership").asText(),
              s.hasNonNull("endDate") ? LocalDate.parse(s.get("endDate").asText()) : null,
              null));
    }
  }
}
