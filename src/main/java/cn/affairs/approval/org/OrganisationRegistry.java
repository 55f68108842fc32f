package cn.affairs.approval.org;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of the organisation tables besides the demo loader. Callers validate and audit
 * (the admin feature); the writes join their transaction, so a change and its audit row commit
 * together. Camunda sees a change at once: its identity service reads these tables.
 */
@Service
public class OrganisationRegistry {

  private final OrgMapper org;
  private final Passwords passwords;

  OrganisationRegistry(OrgMapper org, Passwords passwords) {
    this.org = org;
    this.passwords = passwords;
  }

  public List<Government> governments() {
    return org.governments();
  }

  public Government government(String code) {
    return org.government(code);
  }

  public List<Unit> units() {
    return org.units();
  }

  public Unit unit(String code) {
    return org.unit(code);
  }

  /** Staffing by rank, in the order of the ranks of the unit's level. */
  public Map<String, Integer> staffing(String unitCode) {
    Unit unit = org.unit(unitCode);
    List<String> ranks = unit == null ? List.of() : org.government(unit.govCode()).level().ranks();
    Map<String, Integer> staffing = new LinkedHashMap<>();
    List<StaffingEntry> entries = new java.util.ArrayList<>(org.staffing(unitCode));
    entries.sort(java.util.Comparator.comparingInt(e -> ranks.indexOf(e.rankName())));
    for (StaffingEntry entry : entries) {
      staffing.put(entry.rankName(), entry.headcount());
    }
    return staffing;
  }

  public List<UserAccount> users() {
    return org.users().stream().map(u -> account(u, org.roles(u.id()))).toList();
  }

  public UserAccount user(String id) {
    OrgMapper.UserRow row = org.user(id);
    return row == null ? null : account(row, org.roles(id));
  }

  /** Units of the government: all, and those active. */
  public int unitCount(String govCode, boolean activeOnly) {
    return activeOnly ? org.activeUnitCount(govCode) : org.unitCount(govCode);
  }

  /** Locks the government row for a change (null when there is no such government). */
  @Transactional(propagation = Propagation.MANDATORY)
  public Government lockGovernment(String code) {
    return org.lockGovernment(code) == null ? null : org.government(code);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void createGovernment(Government government) {
    org.insertGovernment(government);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void updateGovernment(Government government) {
    org.updateGovernment(government);
  }

  /** Sets a unit's staffing by rank (ranks with 0 posts not kept). */
  @Transactional(propagation = Propagation.MANDATORY)
  public void setStaffing(String unitCode, Map<String, Integer> staffing) {
    org.deleteStaffing(unitCode);
    staffing.forEach(
        (rank, count) -> {
          if (count > 0) {
            org.insertStaffing(unitCode, rank, count);
          }
        });
  }

  /** Locks the user row for a change (null when there is no such user). */
  @Transactional(propagation = Propagation.MANDATORY)
  public UserAccount lockUser(String id) {
    return org.lockUser(id) == null ? null : user(id);
  }

  /** Locks the unit row for a change (null when there is no such unit). */
  @Transactional(propagation = Propagation.MANDATORY)
  public Unit lockUnit(String code) {
    return org.lockUnit(code) == null ? null : org.unit(code);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void createUser(UserAccount user, String password) {
    Passwords.Hashed hashed = passwords.hash(password);
    org.insertUser(
        new OrgMapper.UserRow(
            user.id(),
            user.name(),
            user.email(),
            user.unitCode(),
            null,
            null,
            null,
            hashed.hash(),
            hashed.salt(),
            user.active()));
    for (Role role : user.roles()) {
      org.insertRole(user.id(), role.name());
    }
  }

  /** Changes a user; {@code newPassword} null keeps the password. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void updateUser(UserAccount user, String newPassword) {
    OrgMapper.UserRow current = org.user(user.id());
    String hash = current.passwordHash();
    String salt = current.passwordSalt();
    if (newPassword != null) {
      Passwords.Hashed hashed = passwords.hash(newPassword);
      hash = hashed.hash();
      salt = hashed.salt();
    }
    org.updateUser(
        new OrgMapper.UserRow(
            user.id(),
            user.name(),
            user.email(),
            user.unitCode(),
            null,
            null,
            null,
            hash,
            salt,
            user.active()));
    org.deleteRoles(user.id());
    for (Role role : user.roles()) {
      org.insertRole(user.id(), role.name());
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void createUnit(Unit unit, Map<String, Integer> staffing) {
    org.insertUnit(unit);
    staffing.forEach((rank, count) -> org.insertStaffing(unit.code(), rank, count));
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void updateUnit(Unit unit, Map<String, Integer> staffing) {
    org.updateUnit(unit);
    org.deleteStaffing(unit.code());
    staffing.forEach((rank, count) -> org.insertStaffing(unit.code(), rank, count));
  }

  private static UserAccount account(OrgMapper.UserRow row, List<String> codes) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : codes) {
      Role role = Role.ofCode(code);
      if (role != null) {
        roles.add(role);
      }
    }
    return new UserAccount(row.id(), row.name(), row.unitCode(), row.email(), row.active(), roles);
  }
}
