package cn.affairs.approval.org;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The signed-in user, with the unit and government that decide what they see and act on. */
public record CurrentUser(
    String id, String name, Unit unit, Government government, Set<Role> roles, List<String> groups)
    implements AuthenticatedPrincipal, java.io.Serializable {

  /** Spring Security and Camunda's webapps know the user by this id. */
  @Override
  public String getName() {
    return id;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }

  /** Bureau, finance, DRC, government and admin roles see every application of their government. */
  public boolean seesWholeGovernment() {
    return roles.stream().anyMatch(Role::seesGovernment);
  }

  /**
   * Keeps the registers of this government (enters and corrects them): the bureau (机关事务管理部门) of
   * that government, or an admin.
   */
  public boolean keepsRegistersOf(String govCode) {
    return isAdmin()
        || (government.code().equals(govCode) && roles.stream().anyMatch(Role::bureau));
  }

  /**
   * Reads a unit's register rows: the unit's own users, and those who see the unit's whole
   * government.
   */
  public boolean readsRegistersOf(Unit other) {
    return other.code().equals(unit.code())
        || isAdmin()
        || (other.govCode().equals(government.code()) && seesWholeGovernment());
  }

  public String unitCode() {
    return unit.code();
  }

  public String govCode() {
    return government.code();
  }
}
