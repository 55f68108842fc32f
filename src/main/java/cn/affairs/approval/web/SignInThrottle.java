package cn.affairs.approval.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows sign-in down after wrong passwords, per account from one address, per address and per
 * account. Nothing is ever locked: the account's own wait is capped at a few seconds ({@link
 * SignInProperties#accountMaxWait()}), so a stranger who knows an approver's user name slows the
 * approver down by seconds at most, while his own address waits up to a quarter of an hour. The
 * counters live in this node's memory: each node of a cluster throttles on its own, which at most
 * doubles an attacker's attempts (the waits grow exponentially).
 */
@Component
class SignInThrottle {

  /** Failures of one key and until when its next attempt must wait. */
  private record Failures(int count, Instant waitUntil, Instant last) {}

  private static final int MAX_KEYS = 100_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final SignInProperties properties;
  private final Clock clock;

  SignInThrottle(SignInProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /** How long this attempt must still wait (zero when it may go ahead). */
  Duration waitFor(String account, String address) {
    Instant now = clock.instant();
    Instant until =
        latest(now, pairKey(account, address), addressKey(address), accountKey(account));
    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
  }

  void failed(String account, String address) {
    Instant now = clock.instant();
    if (failures.size() > MAX_KEYS) {
      forgetOld(now);
    }
    count(
        pairKey(account, address),
        now,
        properties.freeFailures(),
        properties.accountFromAddressMaxWait());
    count(addressKey(address), now, properties.addressFreeFailures(), properties.addressMaxWait());
    count(accountKey(account), now, properties.freeFailures(), properties.accountMaxWait());
  }

  void succeeded(String account, String address) {
    failures.remove(pairKey(account, address));
    failures.remove(accountKey(account));
  }

  private void count(String key, Instant now, int free, Duration max) {
    failures.compute(
        key,
        (k, old) -> {
          int count = old == null || expired(old, now) ? 1 : old.count() + 1;
          Duration wait = Duration.ZERO;
          if (count > free) {
            int doublings = Math.min(count - free - 1, 30);
            wait = Duration.ofSeconds(1L << doublings);
            if (wait.compareTo(max) > 0) {
              wait = max;
            }
          }
          return new Failures(count, now.plus(wait), now);
        });
  }

  private Instant latest(Instant now, String... keys) {
    Instant latest = now;
    for (String key : keys) {
      Failures f = failures.get(key);
      if (f != null && f.waitUntil().isAfter(latest)) {
        latest = f.waitUntil();
      }
    }
    return latest;
  }

  private boolean expired(Failures f, Instant now) {
    return f.last().plus(properties.forgetAfter()).isBefore(now);
  }

  private void forgetOld(Instant now) {
    failures
        .entrySet()
        .removeIf(e -> expired(e.getValue(), now) || e.getValue().waitUntil().isBefore(now));
  }

  private static String pairKey(String account, String address) {
    return "p:" + normal(account) + "@" + address;
  }

  private static String addressKey(String address) {
    return "a:" + address;
  }

  private static String accountKey(String account) {
    return "u:" + normal(account);
  }

  private static String normal(String account) {
    return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
  }
}
