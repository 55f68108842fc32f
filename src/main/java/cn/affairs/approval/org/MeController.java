package cn.affairs.approval.org;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  /** Who is signed in: their unit and government, roles as codes and as Chinese names. */
  record Me(
      String id,
      String name,
      Place unit,
      Place government,
      List<Role> roles,
      List<String> roleNames) {}

  /** A unit or a government, with the level of government it belongs to. */
  record Place(String code, String name, Level level) {}

  @GetMapping("/api/me")
  Me me(@AuthenticationPrincipal CurrentUser user) {
    Level level = user.government().level();
    return new Me(
        user.id(),
        user.name(),
        new Place(user.unit().code(), user.unit().name(), level),
        new Place(user.government().code(), user.government().name(), level),
        List.copyOf(user.roles()),
        user.roles().stream().map(Role::label).toList());
  }
}
