package cn.affairs.approval.orgadmin;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.orgadmin.OrganisationAdmin.GovernmentView;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UnitForm;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UnitView;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UserForm;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UserView;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/governments|units|users}: admins only (web.SecurityConfig guards
 * /api/admin/**).
 */
@RestController
class OrganisationAdminController {

  private final OrganisationAdmin admin;

  OrganisationAdminController(OrganisationAdmin admin) {
    this.admin = admin;
  }

  @GetMapping("/api/admin/governments")
  List<GovernmentView> governments() {
    return admin.governments();
  }

  @GetMapping("/api/admin/units")
  List<UnitView> units() {
    return admin.units();
  }

  @PostMapping("/api/admin/units")
  @ResponseStatus(HttpStatus.CREATED)
  UnitView createUnit(@AuthenticationPrincipal CurrentUser user, @RequestBody UnitForm form) {
    return admin.createUnit(user, form);
  }

  @PutMapping("/api/admin/units/{code}")
  UnitView updateUnit(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String code,
      @RequestBody UnitForm form) {
    return admin.updateUnit(user, code, form);
  }

  @GetMapping("/api/admin/users")
  List<UserView> users() {
    return admin.users();
  }

  @PostMapping("/api/admin/users")
  @ResponseStatus(HttpStatus.CREATED)
  UserView createUser(@AuthenticationPrincipal CurrentUser user, @RequestBody UserForm form) {
    return admin.createUser(user, form);
  }

  @PutMapping("/api/admin/users/{id}")
  UserView updateUser(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestBody UserForm form) {
    return admin.updateUser(user, id, form);
  }
}
