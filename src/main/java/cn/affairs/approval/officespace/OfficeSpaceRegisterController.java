package cn.affairs.approval.officespace;

import cn.affairs.approval.officespace.OfficeSpaceRegister.HandoverInput;
import cn.affairs.approval.officespace.OfficeSpaceRegister.OfficeSpaceInput;
import cn.affairs.approval.officespace.OfficeSpaceRegister.OfficeSpaceRow;
import cn.affairs.approval.org.CurrentUser;
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

/**
 * {@code /api/registers/office-space}: the office-space register (api.md, Organisation and
 * registers). {@code idle=true} reads the government's idle space instead of a unit's rows.
 */
@RestController
class OfficeSpaceRegisterController {

  private final OfficeSpaceRegister register;
  private final OfficeSpaceWorkbook workbook;

  OfficeSpaceRegisterController(OfficeSpaceRegister register, OfficeSpaceWorkbook workbook) {
    this.register = register;
    this.workbook = workbook;
  }

  @GetMapping("/api/registers/office-space")
  Page<OfficeSpaceRow> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "false") boolean idle,
      @RequestParam(required = false) String government,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    PageRequest request = PageRequest.of(page, size);
    return idle ? register.idle(user, government, request) : register.list(user, unit, request);
  }

  @GetMapping(value = "/api/registers/office-space/template.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> template() {
    return XlsxResponses.attachment(workbook.template(), "办公用房登记簿模板.xlsx");
  }

  @GetMapping(value = "/api/registers/office-space/export.xlsx", produces = XlsxResponses.XLSX)
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "false") boolean idle,
      @RequestParam(required = false) String government) {
    return XlsxResponses.attachment(workbook.export(user, unit, idle, government), "办公用房登记簿.xlsx");
  }

  @PostMapping("/api/registers/office-space/import")
  ImportResult importRows(
      @AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
      throws IOException {
    try (var in = file.getInputStream()) {
      return new ImportResult(workbook.importRows(user, in));
    }
  }

  @PostMapping("/api/registers/office-space")
  @ResponseStatus(HttpStatus.CREATED)
  OfficeSpaceRow add(
      @AuthenticationPrincipal CurrentUser user, @RequestBody OfficeSpaceInput input) {
    return register.add(user, input);
  }

  @PutMapping("/api/registers/office-space/{id}")
  OfficeSpaceRow change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody OfficeSpaceInput input) {
    return register.change(user, id, input);
  }

  /** 移交 (腾退, 办法 第十九条第一款): the row becomes idle space of the bureau. */
  @PostMapping("/api/registers/office-space/{id}/handover")
  OfficeSpaceRow handOver(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody HandoverInput input) {
    return register.handOver(user, id, input);
  }

  @DeleteMapping("/api/registers/office-space/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
    register.delete(user, id);
  }
}
