package cn.affairs.approval.check;

import java.math.BigDecimal;

/**
 * How a figure reads in a verdict, a message, a basis or a title: no trailing zeros, no exponent
 * (500, 80.01, 0.65).
 */
public final class Numbers {

  private Numbers() {}

  public static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
