package cn.affairs.approval.org;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organisation as one snapshot of our tables: who may sign in, the groups roles make and who is
 * in them. Camunda's identity service ({@link OrgIdentityProvider}) and the sign-in ({@link
 * UserDirectory}) both derive groups here, so they cannot disagree.
 */
final class Organisation {

  /** A Camunda group: {@code <unit or government code>.<ROLE>}, or {@code camunda-admin}. */
  record GroupView(String id, String name, Role role) {}

  private final Map<String, OrgMapper.UserRow> users = new LinkedHashMap<>();
  private final Map<String, Set<Role>> roles = new LinkedHashMap<>();
  private final Map<String, GroupView> groups = new LinkedHashMap<>();

  private Organisation() {}

  /** Active users of active units, their roles, and the groups of every government and agency. */
  static Organisation load(OrgMapper org) {
    Organisation o = new Organisation();
    for (OrgMapper.UserRow user : org.activeUsers()) {
      o.users.put(user.id(), user);
    }
    for (OrgMapper.RoleRow row : org.allRoles()) {
      Role role = Role.ofCode(row.roleCode());
      if (role != null && o.users.containsKey(row.userId())) {
        o.roles.computeIfAbsent(row.userId(), k -> EnumSet.noneOf(Role.class)).add(role);
      }
    }
    for (Government government : org.governments()) {
      if (!government.active()) {
        continue;
      }
      for (Role role : EnumSet.range(Role.BUREAU_REVIEWER, Role.GOVERNMENT)) {
        o.add(
            new GroupView(
                role.group(government.code()), government.name() + " " + role.label(), role));
      }
    }
    for (Unit unit : org.units()) {
      if (unit.active() && unit.isAgency()) {
        for (Role role : List.of(Role.UNIT_STAFF, Role.UNIT_HEAD)) {
          o.add(new GroupView(role.group(unit.code()), unit.name() + " " + role.label(), role));
        }
      }
    }
    o.add(new GroupView(Role.ADMIN.group(null), "系统管理员", Role.ADMIN));
    return o;
  }

  private void add(GroupView group) {
    groups.put(group.id(), group);
  }

  /** The groups a user with these roles in this unit and government is a member of. */
  static List<String> groupsOf(Set<Role> roles, String unitCode, String govCode) {
    Set<String> ids = new LinkedHashSet<>();
    for (Role role : roles) {
      ids.add(role.group(role.perUnit() ? unitCode : govCode));
    }
    return List.copyOf(ids);
  }

  List<OrgMapper.UserRow> users() {
    return List.copyOf(users.values());
  }

  OrgMapper.UserRow user(String id) {
    return users.get(id);
  }

  List<GroupView> groups() {
    return List.copyOf(groups.values());
  }

  GroupView group(String id) {
    return groups.get(id);
  }

  Set<Role> rolesOf(String userId) {
    return roles.getOrDefault(userId, EnumSet.noneOf(Role.class));
  }

  List<String> groupsOf(String userId) {
    OrgMapper.UserRow user = users.get(userId);
    if (user == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (String id : groupsOf(rolesOf(userId), user.unitCode(), user.govCode())) {
      if (groups.containsKey(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}
