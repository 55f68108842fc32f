package cn.affairs.approval.standards;

import cn.affairs.approval.org.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Editing the 本级规定 figures of the catalogue (ADMIN only, see SecurityConfig). */
@RestController
class StandardsAdminController {

  record Change(BigDecimal value, String reason) {}

  private final StandardsAdministration administration;

  StandardsAdminController(StandardsAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/api/admin/standards")
  List<StandardsAdministration.EditableFigure> standards() {
    return administration.list();
  }

  @PutMapping("/api/admin/standards/{key}")
  StandardsAdministration.Changed change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String key,
      @RequestBody Change change) {
    return administration.change(user, key, change.value(), change.reason());
  }
}
