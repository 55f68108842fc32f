package cn.affairs.approval.org;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

  @GetMapping("/api/me")
  Map<String, Object> me(@AuthenticationPrincipal CurrentUser user) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("id", user.id());
    me.put("name", user.name());
    me.put("unit", Map.of("code", user.unit().code(), "name", user.unit().name(), "level", user.government().level()));
    me.put("government", Map.of("code", user.government().code(), "name", user.government().name(),
        "level", user.government().level()));
    me.put("roles", user.roles());
    me.put("roleNames", user.roles().stream().map(Role::label).toList());
    return me;
  }
}
