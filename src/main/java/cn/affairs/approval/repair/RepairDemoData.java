package cn.affairs.approval.repair;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The repair register's demo rows (config/demo/repair.yml): repairs recorded before the system. */
@Component
class RepairDemoData implements DemoDataSection {

  private final RepairProjectMapper register;

  RepairDemoData(RepairProjectMapper register) {
    this.register = register;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void clearRegisters() {
    register.deleteAll();
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode r : demo.path("repairProjects")) {
      LocalDate completedOn = date(r, "completedOn");
      LocalDate acceptedOn = date(r, "acceptedOn");
      LocalDate lastChange = acceptedOn != null ? acceptedOn : completedOn;
      register.insert(
          new RepairProject(
              null,
              r.get("gov").asText(),
              r.get("unit").asText(),
              r.get("building").asText(),
              r.get("type").asText(),
              r.get("area").decimalValue(),
              r.get("estimatedCost").decimalValue(),
              r.hasNonNull("planYear") ? r.get("planYear").asInt() : null,
              r.get("status").asText(),
              completedOn,
              r.hasNonNull("actualCost") ? r.get("actualCost").decimalValue() : null,
              acceptedOn,
              null,
              (lastChange != null ? lastChange : LocalDate.of(r.get("planYear").asInt(), 1, 1))
                  .atStartOfDay()));
    }
  }

  private static LocalDate date(JsonNode row, String field) {
    return row.hasNonNull(field) ? LocalDate.parse(row.get(field).asText()) : null;
  }
}
