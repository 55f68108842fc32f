package cn.affairs.approval.vehicle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number plates in one canonical form, 省简称 + 发牌机关代号 + "·" + 序号 (晋A·J0001), so that "晋aj0001", "晋A
 * J0001" and "晋A.J0001" name the same register entry.
 */
final class LicencePlate {

  /**
   * Province character, issuing-office letter, optional separator, then 5–6 letters or digits
   * (new-energy plates have 6), or 4–5 and a suffix such as 警.
   */
  private static final Pattern PLATE =
      Pattern.compile("^(\\p{IsHan})([A-Z])[\\s·.・•\\-]?([A-Z0-9]{5,6}|[A-Z0-9]{4,5}\\p{IsHan})$");

  private LicencePlate() {}

  /** The canonical plate, or null when the text is not a plate. */
  static String canonical(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = PLATE.matcher(text.trim().toUpperCase(Locale.ROOT));
    return m.matches() ? m.group(1) + m.group(2) + "·" + m.group(3) : null;
  }
}
