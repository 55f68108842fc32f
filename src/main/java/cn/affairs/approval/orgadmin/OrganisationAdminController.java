package cn.affairs.approval.orgadmin;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.orgadmin.OrganisationAdmin.GovernmentForm;
import cn.affairs.approval.orgadmin.OrganisationAdmin.GovernmentView;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UnitForm;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UnitView;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UserForm;
import cn.affairs.approval.orgadmin.OrganisationAdmin.UserView;
import cn.affairs.approval.workbook.ImportResult;
import cn.affairs.approval.workbook.XlsxResponses;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/admin/governments|units|users}: admins only (web.SecurityConfig guards
 * /api/admin/**).
 */
@RestController
class OrganisationAdminController {

  private final OrganisationAdmin admin;
  private final StaffingWorkbook staffing;

  OrganisationAdminController(OrganisationAdmin admin, StaffingWorkbook staffing) {
    this.admin = admin;
    this.staffing = staffing;
  }

  @GetMapping("/api/admin/governments")
  List<GovernmentView> governments() {
    return admin.governments();
  }

  @PostMapping("/api/admin/governments")
  @ResponseStatus(HttpStatus.CREATED)
  GovernmentView createGovernment(
      @AuthenticationPrincipal CurrentUser user, @RequestBody GovernmentForm form) {
    return admin.createGovernment(user, form);
  }

  @PutMapping("/api/admin/governments/{code}")
  GovernmentView updateGovernment(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String code,
      @RequestBody GovernmentForm form) {
    return admin.updateGovernment(user, code, form);
  }

  @GetMapping(value = "/api/admin/staffing/template.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> staffingTemplate() {
    return XlsxResponses.attachment(staffing.template(), "编制定员模板.xlsx");
  }

  @GetMapping(value = "/api/admin/staffing/export.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> staffingExport(@RequestParam(required = false) String government) {
    return XlsxResponses.attachment(staffing.export(government), "编制定员.xlsx");
  }

  @PostMapping("/api/admin/staffing/import")
  ImportResult staffingImport(
      @AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
      throws IOException {
    try (var in = file.getInputStream()) {
      return new ImportResult(staffing.importRows(user, in));
    }
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
