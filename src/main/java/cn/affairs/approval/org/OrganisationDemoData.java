package cn.affairs.approval.org;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Governments, units, staffing and users of the demo set. Users, their role groups and memberships
 * go into Camunda's identity tables, so that Camunda Admin and the engine see them too.
 */
@Component
class OrganisationDemoData implements DemoDataSection {

  static final String DEMO_PASSWORD = "demo";

  private final OrgMapper org;
  private final IdentityService identity;

  OrganisationDemoData(OrgMapper org, IdentityService identity) {
    this.org = org;
    this.identity = identity;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode g : demo.path("governments")) {
      Government government = new Government(g.get("code").asText(), g.get("name").asText(),
          Level.valueOf(g.get("level").asText()));
      org.insertGovernment(government);
      for (Role role : EnumSet.range(Role.BUREAU_REVIEWER, Role.GOVERNMENT)) {
        group(role.group(government.code()), government.name() + " " + role.label(), role);
      }
    }
    group(Role.ADMIN.group(null), "系统管理员", Role.ADMIN);
    for (JsonNode u : demo.path("units")) {
      Unit unit = new Unit(u.get("code").asText(), u.get("name").asText(), u.get("gov").asText(),
          u.get("kind").asText(), u.path("vehicleQuota").asInt(0));
      org.insertUnit(unit);
      u.path("staffing").properties().forEach(rank ->
          org.insertStaffing(unit.code(), rank.getKey(), rank.getValue().asInt()));
      if ("AGENCY".equals(unit.kind())) {
        group(Role.UNIT_STAFF.group(unit.code()), unit.name() + " " + Role.UNIT_STAFF.label(), Role.UNIT_STAFF);
        group(Role.UNIT_HEAD.group(unit.code()), unit.name() + " " + Role.UNIT_HEAD.label(), Role.UNIT_HEAD);
      }
    }
    for (JsonNode u : demo.path("users")) {
      String id = u.get("id").asText();
      String unitCode = u.get("unit").asText();
      Unit unit = org.unit(unitCode);
      org.insertUser(id, u.get("name").asText(), unitCode);
      User user = identity.newUser(id);
      user.setFirstName(u.get("name").asText());
      user.setLastName(unit.name());
      user.setEmail(id + "@example.gov.cn");
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
      for (JsonNode r : u.path("roles")) {
        Role role = Role.valueOf(r.asText());
        identity.createMembership(id, role.group(role.perUnit() ? unitCode : unit.govCode()));
      }
    }
  }

  private void group(String id, String name, Role role) {
    Group group = identity.newGroup(id);
    group.setName(name);
    group.setType(role.name());
    identity.saveGroup(group);
  }
}
