package cn.affairs.approval.vehicle;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleInput;
import cn.affairs.approval.vehicle.VehicleRegister.VehicleRow;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import cn.affairs.approval.workbook.ImportResult;
import cn.affairs.approval.workbook.XlsxResponses;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/registers/vehicles}: the vehicle register (api.md, Organisation and registers). */
@RestController
class VehicleRegisterController {

  private final VehicleRegister register;
  private final VehicleWorkbook workbook;

  VehicleRegisterController(VehicleRegister register, VehicleWorkbook workbook) {
    this.register = register;
    this.workbook = workbook;
  }

  @GetMapping("/api/registers/vehicles")
  Page<VehicleRow> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return register.list(user, unit, PageRequest.of(page, size));
  }

  @GetMapping(value = "/api/registers/vehicles/template.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> template() {
    return XlsxResponses.attachment(workbook.template(), "公务用车登记簿模板.xlsx");
  }

  @GetMapping(value = "/api/registers/vehicles/export.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit) {
    return XlsxResponses.attachment(workbook.export(user, unit), "公务用车登记簿.xlsx");
  }

  @PostMapping("/api/registers/vehicles/import")
  ImportResult importRows(
      @AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
      throws IOException {
    try (var in = file.getInputStream()) {
      return new ImportResult(workbook.importRows(user, in));
    }
  }

  @PostMapping("/api/registers/vehicles")
  @ResponseStatus(HttpStatus.CREATED)
  VehicleRow add(@AuthenticationPrincipal CurrentUser user, @RequestBody VehicleInput input) {
    return register.add(user, input);
  }

  @PutMapping("/api/registers/vehicles/{id}")
  VehicleRow change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody VehicleInput input) {
    return register.change(user, id, input);
  }

  @DeleteMapping("/api/registers/vehicles/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    register.delete(user, id);
  }
}
