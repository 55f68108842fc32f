package cn.affairs.approval.asset;

import cn.affairs.approval.asset.AssetRegister.AssetInput;
import cn.affairs.approval.asset.AssetRegister.AssetRow;
import cn.affairs.approval.org.CurrentUser;
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
 * {@code /api/registers/assets}: the asset register and the warehouse stock (api.md, Organisation
 * and registers), in the vehicle register's URL style.
 */
@RestController
class AssetRegisterController {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An import written: how many rows. */
  record Imported(int imported) {}

  /** An import refused: every wrong row, nothing written. */
  record ImportErrors(String error, String message, List<AssetWorkbook.RowError> errors) {}

  private final AssetRegister register;
  private final AssetWorkbook workbook;

  AssetRegisterController(AssetRegister register, AssetWorkbook workbook) {
    this.register = register;
    this.workbook = workbook;
  }

  @GetMapping("/api/registers/assets")
  Page<AssetRow> list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String warehouse,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return register.list(user, unit, warehouse, PageRequest.of(page, size));
  }

  @GetMapping(value = "/api/registers/assets/template.xlsx", produces = XLSX)
  ResponseEntity<byte[]> template() {
    return workbookResponse(workbook.template(), "资产登记簿模板.xlsx");
  }

  @GetMapping(value = "/api/registers/assets/export.xlsx", produces = XLSX)
  ResponseEntity<byte[]> export(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String warehouse) {
    return workbookResponse(
        workbook.export(user, unit, warehouse),
        warehouse == null || warehouse.isBlank() ? "资产登记簿.xlsx" : "公物仓登记簿.xlsx");
  }

  @PostMapping("/api/registers/assets/import")
  ResponseEntity<Object> importRows(
      @AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file)
      throws IOException {
    try (var in = file.getInputStream()) {
      return ResponseEntity.ok(new Imported(workbook.importRows(user, in)));
    } catch (AssetWorkbook.ImportRefused e) {
      return ResponseEntity.badRequest()
          .body(new ImportErrors("IMPORT_REFUSED", e.getMessage(), e.errors()));
    }
  }

  @PostMapping("/api/registers/assets")
  @ResponseStatus(HttpStatus.CREATED)
  AssetRow add(@AuthenticationPrincipal CurrentUser user, @RequestBody AssetInput input) {
    return register.add(user, input);
  }

  @PutMapping("/api/registers/assets/{code}")
  AssetRow change(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String code,
      @RequestBody AssetInput input) {
    return register.change(user, code, input);
  }

  @DeleteMapping("/api/registers/assets/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
    register.delete(user, code);
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
