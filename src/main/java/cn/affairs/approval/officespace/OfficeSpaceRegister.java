package cn.affairs.approval.officespace;

import org.springframework.stereotype.Service;

/**
 * Writes to the office-space register on behalf of the process families (the register is this
 * package's).
 */
@Service
public class OfficeSpaceRegister {

  private final OfficeSpaceMapper register;

  OfficeSpaceRegister(OfficeSpaceMapper register) {
    this.register = register;
  }

  /**
   * Enters the space a case brought to its unit, once: a retried job finds the row of the same case
   * and enters nothing. Returns whether a row was written.
   */
  public boolean enterOnce(OfficeSpace space) {
    boolean entered =
        register.ofUnit(space.unitCode()).stream()
            .anyMatch(s -> space.sourceApplication().equals(s.sourceApplication()));
    if (entered) {
      return false;
    }
    register.insert(space);
    return true;
  }
}
