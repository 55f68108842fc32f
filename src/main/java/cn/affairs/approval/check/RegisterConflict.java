package cn.affairs.approval.check;

/**
 * A step cannot go on because another case changed a register since this case was checked (a plate
 * registered meanwhile, a car already replaced, an asset taken). Nothing of the step is written;
 * the user who acted gets a 409 with this Chinese message and may act again.
 */
public class RegisterConflict extends RuntimeException {

  public RegisterConflict(String message) {
    super(message);
  }
}
