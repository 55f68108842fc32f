package cn.affairs.approval.plan;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.plan.PlanRegister.PlanInput;
import cn.affairs.approval.plan.PlanRegister.PlanRow;
import cn.affairs.approval.web.Page;
import cn.affairs.approval.web.PageRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * {@code /api/registers/plans}: the annual plans register (api.md, Organisation and registers), in
 * the vehicle register's URL style.
 */
@RestController
class PlanRegisterController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An import written: how many item rows. */
  record Imported(int imported) {}

  /** An import refused: every wrong row, nothing written. */
  record ImportErrors(String error, String message, List<PlanWorkbook.RowError> errors) {}

  private final PlanRegister register;
  private final PlanWorkbook workbook;

  PlanRegisterController(PlanRegister register, PlanWorkbook workbook) {
    this.register = register;
    this.workbook = workbook;
  }

  @GetMapping("/api/registers/plans")
  Page<PlanRow> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return register.list(user, unit, PageRequest.of(page, size));
  }

  @GetMapping(value = "/api/registers/plans/template.xlsx", produces = XLSX)
  ResponseEntity<byte[]> template() {
    return workbookResponse(workbook.template(), "保障年度计划模板.xlsx");
  }

  @GetMapping(value = "/api/registers/plans/export.xlsx", produces = XLSX)
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) Integer year) {
    return workbookResponse(workbook.export(user, unit, year), "保障年度计划.xlsx");
  }

  @PostMapping("/api/registers/plans/import")
  ResponseEntity<Object> importRows(
      @AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
      throws IOException {
    try (var in = file.getInputStream()) {
      return ResponseEntity.ok(new Imported(workbook.importRows(user, in)));
    } catch (PlanWorkbook.ImportRefused e) {
      return ResponseEntity.badRequest()
          .body(new ImportErrors("IMPORT_REFUSED", e.getMessage(), e.errors()));
    }
  }

  @PostMapping("/api/registers/plans")
  @ResponseStatus(HttpStatus.CREATED)
  PlanRow create(@AuthenticationPrincipal CurrentUser user, @RequestBody PlanInput input) {
    return register.create(user, input);
  }

  @PutMapping("/api/registers/plans/{id}")
  PlanRow correct(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable long id,
      @RequestBody PlanInput input) {
    return register.correct(user, id, input);
  }

  private static ResponseEntity<byte[]> workbookResponse(byte[] bytes, String name) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.parseMediaType(XLSX))
        .body(bytes);
  }
}
