package cn.affairs.approval.org;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Builds a {@link CurrentUser} from our organisation tables: the user (active, in an active unit),
 * the roles of {@code user_role}, and the Camunda groups those roles make ({@link Organisation}).
 */
@Service
public class UserDirectory {

  private final OrgMapper org;
  private final Passwords passwords;

  UserDirectory(OrgMapper org, Passwords passwords) {
    this.org = org;
    this.passwords = passwords;
  }

  /**
   * The user, or null when there is none or they may not sign in (deactivated, or their unit is).
   */
  public CurrentUser load(String userId) {
    OrgMapper.UserRow row = org.user(userId);
    if (row == null || !row.active()) {
      return null;
    }
    Unit unit = org.unit(row.unitCode());
    if (!unit.active()) {
      return null;
    }
    Government government = org.government(unit.govCode());
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : org.roles(userId)) {
      Role role = Role.ofCode(code);
      if (role != null) {
        roles.add(role);
      }
    }
    List<String> groups = Organisation.groupsOf(roles, unit.code(), government.code());
    return new CurrentUser(userId, row.name(), unit, government, roles, groups);
  }

  public boolean checkPassword(String userId, String password) {
    OrgMapper.UserRow row = userId == null ? null : org.user(userId);
    return row != null && row.active() && passwords.matches(password, row);
  }
}
