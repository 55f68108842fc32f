package cn.affairs.approval.home;

import cn.affairs.approval.org.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HomeController {

  private final HomePage home;

  HomeController(HomePage home) {
    this.home = home;
  }

  @GetMapping("/api/home")
  Home home(@AuthenticationPrincipal CurrentUser user) {
    return home.of(user);
  }
}
