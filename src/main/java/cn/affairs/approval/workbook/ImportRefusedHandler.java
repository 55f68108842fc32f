package cn.affairs.approval.workbook;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a refused import with 400 and every bad row (before the generic handlers). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportRefusedHandler {

  /** The body of a refused import. */
  record ImportRefusal(String error, String message, List<RowError> errors) {}

  @ExceptionHandler(ImportRefused.class)
  ResponseEntity<ImportRefusal> refused(ImportRefused e) {
    return ResponseEntity.badRequest()
        .body(new ImportRefusal("IMPORT_REFUSED", e.getMessage(), e.errors()));
  }
}
