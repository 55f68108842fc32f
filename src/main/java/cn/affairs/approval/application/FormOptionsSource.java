package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import java.util.Map;

/**
 * A register that form fields pick from ({@link FormField#withOptionsFrom}): a bean in the package
 * that owns the register, answering for the user's own unit or government only.
 */
public interface FormOptionsSource {

  /** The name fields refer to, e.g. {@code plan-items}. */
  String source();

  /**
   * The rows the user may choose; {@code parameters} are the values of the form fields the field's
   * {@link FormField.OptionsSource} names (missing when the user has not filled them yet). Bad
   * parameters are a 400 naming the field.
   */
  FormOptions options(CurrentUser user, Map<String, String> parameters);
}
