package cn.affairs.approval.web;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused unchecked because wrong passwords came before it: try again later. */
class SignInThrottled extends AuthenticationException {

  private final long seconds;

  SignInThrottled(Duration wait) {
    super("密码错误次数过多，请 " + Math.max(1, (wait.toMillis() + 999) / 1000) + " 秒后再试");
    this.seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  long seconds() {
    return seconds;
  }
}
