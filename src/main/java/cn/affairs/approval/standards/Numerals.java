package cn.affairs.approval.standards;

/** Chinese numerals as the regulations number their paragraphs and items (一 … 九十九). */
final class Numerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private Numerals() {}

  static String chinese(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("out of range: " + n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }
}
