package cn.affairs.approval.asset;

import java.util.List;

/**
 * Lists in check messages: long lists are cut so that a message stays readable (the facts keep
 * all).
 */
final class Listing {

  static final int SHOWN = 8;

  private Listing() {}

  /** {@code a、b、c} or {@code a、b、c 等 12 件}. */
  static String join(List<String> items) {
    if (items.size() <= SHOWN) {
      return String.join("、", items);
    }
    return String.join("、", items.subList(0, SHOWN)) + " 等 " + items.size() + " 件";
  }
}
