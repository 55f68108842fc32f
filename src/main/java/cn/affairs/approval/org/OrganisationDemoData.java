package cn.affairs.approval.org;

import cn.affairs.approval.demo.DemoDataSection;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/**
 * Governments, units, staffing, users and their roles of the demo set, into our organisation tables
 * (Camunda's identity service reads them there, {@link OrgIdentityProvider}).
 */
@Component
class OrganisationDemoData implements DemoDataSection {

  static final String DEMO_PASSWORD = "demo";

  private final OrgMapper org;
  private final Passwords passwords;

  OrganisationDemoData(OrgMapper org, Passwords passwords) {
    this.org = org;
    this.passwords = passwords;
  }

  @Override
  public int order() {
    return 0;
  }

  @Override
  public void load(JsonNode demo) {
    for (JsonNode g : demo.path("governments")) {
      org.insertGovernment(
          new Government(
              g.get("code").asText(),
              g.get("name").asText(),
              Level.valueOf(g.get("level").asText())));
    }
    for (JsonNode u : demo.path("units")) {
      Unit unit =
          new Unit(
              u.get("code").asText(),
              u.get("name").asText(),
              u.get("gov").asText(),
              u.get("kind").asText(),
              u.path("vehicleQuota").asInt(0),
              true);
      org.insertUnit(unit);
      u.path("staffing")
          .properties()
          .forEach(rank -> org.insertStaffing(unit.code(), rank.getKey(), rank.getValue().asInt()));
    }
    // one salted hash of the shared demo password serves every demo account
    Passwords.Hashed demoPassword = passwords.hash(DEMO_PASSWORD);
    for (JsonNode u : demo.path("users")) {
      String id = u.get("id").asText();
      org.insertUser(
          new OrgMapper.UserRow(
              id,
              u.get("name").asText(),
              id + "@example.gov.cn",
              u.get("unit").asText(),
              null,
              null,
              null,
              demoPassword.hash(),
              demoPassword.salt(),
              true));
      for (JsonNode r : u.path("roles")) {
        org.insertRole(id, Role.valueOf(r.asText()).name());
      }
    }
  }
}
