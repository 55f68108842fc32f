package cn.affairs.approval.org;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/** Builds a {@link CurrentUser} from our user table and the user's Camunda group memberships. */
@Service
public class UserDirectory {

  private final OrgMapper org;
  private final IdentityService identity;

  UserDirectory(OrgMapper org, IdentityService identity) {
    this.org = org;
    this.identity = identity;
  }

  public CurrentUser load(String userId) {
    String unitCode = org.userUnit(userId);
    if (unitCode == null) {
      return null;
    }
    Unit unit = org.unit(unitCode);
    Government government = org.government(unit.govCode());
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String group : groups) {
      Role role = Role.ofGroup(group);
      if (role != null) {
        roles.add(role);
      }
    }
    return new CurrentUser(userId, org.userName(userId), unit, government, roles, groups);
  }

  public boolean checkPassword(String userId, String password) {
    return identity.checkPassword(userId, password);
  }
}
