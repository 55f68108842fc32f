package cn.affairs.approval.admin;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 流程管理: versions, diagrams, deployments, suspension (ADMIN only, see SecurityConfig). */
@RestController
class AdminProcessController {

  private final ProcessDeployments deployments;
  private final CaseMigration migration;

  AdminProcessController(ProcessDeployments deployments, CaseMigration migration) {
    this.deployments = deployments;
    this.migration = migration;
  }

  /**
   * {@code dryRun: true}: the preview (each running case, where it stands, the activity mapping,
   * the problems); otherwise the migration itself, or 400 naming the steps that have no mapping.
   */
  @PostMapping("/api/admin/processes/{key}/migrate")
  CaseMigration.Result migrate(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String key,
      @org.springframework.web.bind.annotation.RequestBody CaseMigration.Request request) {
    return migration.migrate(user, key, request);
  }

  @GetMapping("/api/admin/processes")
  List<ProcessDeployments.FamilyVersions> processes() {
    return deployments.list();
  }

  @GetMapping(value = "/api/admin/processes/{key}/xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> xml(
      @PathVariable String key, @RequestParam(required = false) Integer version) {
    return ResponseEntity.ok()
        .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + key + (version == null ? "" : "-v" + version) + ".bpmn\"")
        .body(deployments.xml(key, version));
  }

  @GetMapping(
      value = "/api/admin/processes/{key}/packaged/xml",
      produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> packagedXml(@PathVariable String key) {
    return ResponseEntity.ok()
        .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
        .body(deployments.packagedXml(key));
  }

  @PostMapping("/api/admin/processes/{key}/packaged/adopt")
  ResponseEntity<ProcessDeployments.Deployed> adopt(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String key) {
    return ResponseEntity.status(HttpStatus.CREATED).body(deployments.adoptPackaged(user, key));
  }

  /**
   * One {@code .bpmn} file: 201 with the new version and any warnings, or 400 with every problem.
   * {@code dryRun=true} only validates (200), so the portal shows warnings before the admin
   * confirms.
   */
  /**
   * A diagram is a few hundred KB at most; the uploads of documents may be larger
   * (affairs.documents.max-size).
   */
  static final long MAX_DIAGRAM_BYTES = 5L * 1024 * 1024;

  @PostMapping(value = "/api/admin/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> deploy(
      @AuthenticationPrincipal CurrentUser user,
      @RequestPart("file") MultipartFile file,
      @RequestParam(defaultValue = "false") boolean dryRun) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    if (!name.toLowerCase().endsWith(".bpmn") && !name.toLowerCase().endsWith(".bpmn20.xml")) {
      throw ApiException.invalid("file", "只能上传一个 .bpmn 流程图文件");
    }
    if (file.isEmpty()) {
      throw ApiException.invalid("file", "上传的文件是空的");
    }
    if (file.getSize() > MAX_DIAGRAM_BYTES) {
      throw new ApiException(
          HttpStatus.PAYLOAD_TOO_LARGE,
          "PAYLOAD_TOO_LARGE",
          "流程图文件过大（不能超过 5 MB）",
          Map.of("file", "文件过大"));
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (dryRun) {
      return ResponseEntity.ok(deployments.preview(bytes));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(deployments.deployByAdmin(user, bytes));
  }

  @PostMapping("/api/admin/processes/{key}/versions/{version}/suspend")
  ProcessDeployments.Suspension suspend(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String key,
      @PathVariable int version) {
    return deployments.setSuspended(user, key, version, true);
  }

  @PostMapping("/api/admin/processes/{key}/versions/{version}/activate")
  ProcessDeployments.Suspension activate(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String key,
      @PathVariable int version) {
    return deployments.setSuspended(user, key, version, false);
  }

  @ExceptionHandler(DiagramRejected.class)
  ResponseEntity<Rejected> rejected(DiagramRejected e) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (DiagramValidator.Finding p : e.problems()) {
      fields.merge(
          p.elementId() == null ? "file" : p.elementId(), p.message(), (a, b) -> a + "；" + b);
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(new Rejected("DIAGRAM_INVALID", e.getMessage(), fields, e.problems(), e.warnings()));
  }

  /** 400 for a diagram with problems: our error shape plus every finding. */
  record Rejected(
      String error,
      String message,
      Map<String, String> fields,
      List<DiagramValidator.Finding> problems,
      List<DiagramValidator.Finding> warnings) {}
}
