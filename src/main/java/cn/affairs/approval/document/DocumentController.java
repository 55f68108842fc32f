package cn.affairs.approval.document;

import cn.affairs.approval.org.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class DocumentController {

  private final Attachments attachments;
  private final RequiredDocuments required;
  private final ApprovalFormPdf approvalForm;

  DocumentController(
      Attachments attachments, RequiredDocuments required, ApprovalFormPdf approvalForm) {
    this.attachments = attachments;
    this.required = required;
    this.approvalForm = approvalForm;
  }

  /**
   * (added) An applicant's upload for a form not yet submitted; the submission names it in {@code
   * attachments}.
   */
  @PostMapping("/api/attachments")
  @ResponseStatus(HttpStatus.CREATED)
  Attachments.AttachmentView stage(
      @AuthenticationPrincipal CurrentUser user,
      @RequestPart("file") MultipartFile file,
      @RequestParam String processKey,
      @RequestParam(required = false) String documentType) {
    return attachments.stage(user, processKey, documentType, file);
  }

  @PostMapping("/api/applications/{id}/attachments")
  @ResponseStatus(HttpStatus.CREATED)
  Attachments.AttachmentView upload(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String id,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String taskId,
      @RequestParam(required = false) String documentType) {
    return attachments.upload(user, id, taskId, documentType, file);
  }

  @GetMapping("/api/applications/{id}/attachments")
  List<Attachments.AttachmentView> list(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return attachments.list(user, id);
  }

  @GetMapping("/api/attachments/{id}")
  ResponseEntity<InputStreamResource> download(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    Attachments.Download download = attachments.download(user, id);
    Attachment a = download.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.contentType()))
        .contentLength(a.sizeBytes())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(a.name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("X-Checksum-SHA256", a.sha256())
        .body(new InputStreamResource(download.content()));
  }

  @DeleteMapping("/api/attachments/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    attachments.delete(user, id);
    return ResponseEntity.noContent().build();
  }

  /**
   * (added) What may be uploaded: the size limit and the file types, for the upload area to state.
   */
  @GetMapping("/api/attachments/limits")
  Attachments.Limits limits() {
    return attachments.limits();
  }

  @GetMapping("/api/processes/{key}/documents")
  List<RequiredDocuments.Needed> required(@PathVariable String key) {
    return required.required(key);
  }

  @GetMapping("/api/applications/{id}/approval-form.pdf")
  ResponseEntity<byte[]> approvalForm(
      @AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    byte[] pdf = approvalForm.render(user, id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("审批单-" + id + ".pdf", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(pdf);
  }
}
