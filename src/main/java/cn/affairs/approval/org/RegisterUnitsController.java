package cn.affairs.approval.org;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/registers/units}: the units whose registers the user may read, their government
 * (code and Chinese name, for the 公物仓 of the government), and whether they keep them.
 */
@RestController
class RegisterUnitsController {

  record RegisterUnit(String code, String name, String govCode, String govName, boolean keeps) {}

  private final OrgMapper org;

  RegisterUnitsController(OrgMapper org) {
    this.org = org;
  }

  @GetMapping("/api/registers/units")
  List<RegisterUnit> units(@AuthenticationPrincipal CurrentUser user) {
    Map<String, String> govNames =
        org.governments().stream().collect(Collectors.toMap(Government::code, Government::name));
    return org.units().stream()
        .filter(u -> u.active() && u.isAgency() && user.readsRegistersOf(u))
        .map(
            u ->
                new RegisterUnit(
                    u.code(),
                    u.name(),
                    u.govCode(),
                    govNames.getOrDefault(u.govCode(), u.govCode()),
                    user.keepsRegistersOf(u.govCode())))
        .toList();
  }
}
